package net.mspbridge.host.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;
import net.mspbridge.host.runs.Continuation;
import net.mspbridge.host.runs.RunService;
import net.mspbridge.host.runs.DailySchedule;
import net.mspbridge.host.runs.ReportCsv;
import net.mspbridge.host.runs.Attention;
import net.mspbridge.host.runs.ReportTotals;
import net.mspbridge.host.runs.ShortNote;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunRequest;
import net.mspbridge.host.runs.ScheduleSettings;
import net.mspbridge.host.runs.Trigger;
import net.mspbridge.host.runs.UnitsChart;

/** Billing runs: start, follow, cancel, history, the chart and the daily schedule. */
final class RunRoutes {

    private final RunService runs;
    private final DailySchedule schedule;
    private final ExtensionSource extensions;
    private final Clock clock;

    RunRoutes(RunService runs, DailySchedule schedule, ExtensionSource extensions, Clock clock) {
        this.runs = runs;
        this.schedule = schedule;
        this.extensions = extensions;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/runs", this::start);
        routes.get("/api/runs", this::history);
        routes.get("/api/runs/{runId}", this::run);
        routes.get("/api/runs/{runId}/report.csv", this::csv);
        routes.post("/api/runs/{runId}/cancel", ctx -> ctx.json(PanelJson.of("run", json(runs.cancel(ctx.pathParam("runId"))))));
        routes.post("/api/runs/{runId}/confirm-drops", this::confirmDrops);
        routes.get("/api/charts/units", this::chart);
        routes.get("/api/attention", this::attention);
        routes.get("/api/continuations", this::continuations);
        routes.post("/api/continuations/{id}/cancel", this::cancelContinuation);
        routes.get("/api/schedule", ctx -> ctx.json(schedule(schedule.settings(), clock)));
        routes.put("/api/schedule", this::updateSchedule);
    }

    private void start(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("pluginId", "mode", "effectiveDate"));
        String pluginId = body.has("pluginId") ? body.requiredText("pluginId") : onlyBillingPlugin();
        RunMode mode = mode(body.requiredText("mode"));
        LocalDate date = body.has("effectiveDate") ? date(body.requiredText("effectiveDate")) : LocalDate.now(clock);
        RunRecord run = runs.start(new RunRequest(pluginId, mode, date, Trigger.PAGE, Security.session(ctx).user()));
        ctx.status(202);
        ctx.json(PanelJson.of("run", json(run)));
    }

    /**
     * One run; with its report, {@code confirmations}: per held line a person confirmed, its index
     * ({@code line}), who and when, and what became of it ({@code status} MADE, WAITING or LAPSED, and
     * {@code appliedRunId}); and its continuation, if deferred ({@code continuation}), or the
     * continuation that started it ({@code continues}).
     */
    private void run(Context ctx) {
        RunRecord run = runs.find(ctx.pathParam("runId"))
                .orElseThrow(() -> ApiError.notFound("there is no billing run '" + ctx.pathParam("runId") + "'"));
        ObjectNode json = json(run);
        if (run.report().isPresent()) {
            json.set("confirmations", WebJson.MAPPER.valueToTree(runs.confirmationsOf(run.runId())));
        }
        ContinuationJson.add(json, Optional.ofNullable(runs.continuationsOf(List.of(run.runId())).get(run.runId())),
                runs.continuationThatStarted(run.runId()));
        ctx.json(PanelJson.of("run", json));
    }

    /**
     * Confirms held drops of a finished run as the signed-in user: {@code line} (a report line's
     * index) for one, else all; {@code apply: true} then starts an apply run that makes them
     * ("Confirm and apply"). Answers how many confirmations are new and the run started, if any.
     */
    private void confirmDrops(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("line", "apply"));
        OptionalInt line = OptionalInt.empty();
        if (body.has("line")) {
            long index = body.requiredLong("line");
            if (index < 0 || index > Integer.MAX_VALUE) {
                throw ApiError.badRequest("'line' must be the index of a held line of the run's report");
            }
            line = OptionalInt.of((int) index);
        }
        boolean apply = body.has("apply") && body.requiredBoolean("apply");
        String user = Security.session(ctx).user();
        RunRecord held = runs.find(ctx.pathParam("runId"))
                .orElseThrow(() -> ApiError.notFound("there is no billing run '" + ctx.pathParam("runId") + "'"));
        int confirmed = runs.confirmDrops(held.runId(), line, user);
        ObjectNode json = PanelJson.object();
        json.put("confirmed", confirmed);
        if (apply) {
            RunRecord run = runs.start(new RunRequest(held.pluginId(), RunMode.APPLY, held.effectiveDate(), Trigger.PAGE, user));
            json.set("run", json(run));
            ctx.status(202);
        }
        ctx.json(json);
    }

    private String onlyBillingPlugin() {
        List<String> billing = extensions.plugins().stream().filter(p -> p.billing().isPresent()).map(HostedPlugin::id).toList();
        if (billing.size() == 1) {
            return billing.get(0);
        }
        throw ApiError.badRequest(billing.isEmpty() ? "no installed plugin does billing"
                : "name the plugin ('pluginId'): one of " + billing);
    }

    private static RunMode mode(String mode) {
        try {
            return RunMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'mode' must be PREVIEW or APPLY, not \"" + abbreviate(mode) + "\"");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'effectiveDate' must be a date as YYYY-MM-DD, not \"" + abbreviate(text) + "\"");
        }
    }

    /** The history; each deferred run with its continuation ({@code continuation}: when, or what became of it). */
    private void history(Context ctx) {
        int limit = limit(ctx, 50, 500);
        ObjectNode json = PanelJson.object();
        ArrayNode list = json.putArray("runs");
        List<RunRecord> history = runs.history(limit);
        Map<String, Continuation> continued = runs.continuationsOf(history.stream().map(RunRecord::runId).toList());
        for (RunRecord run : history) {
            ObjectNode entry = json(run);
            ContinuationJson.add(entry, Optional.ofNullable(continued.get(run.runId())), Optional.empty());
            list.add(entry);
        }
        ctx.json(json);
    }

    /** The continuations waiting for their time, soonest first. */
    private void continuations(Context ctx) {
        ObjectNode json = PanelJson.object();
        ArrayNode list = json.putArray("continuations");
        runs.scheduledContinuations().forEach(c -> list.add(ContinuationJson.of(c)));
        ctx.json(json);
    }

    private void cancelContinuation(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("there is no continuation '" + abbreviate(ctx.pathParam("id")) + "'");
        }
        ctx.json(PanelJson.of("continuation", ContinuationJson.of(runs.cancelContinuation(id, Security.session(ctx).user()))));
    }

    /** What needs a person, for the dashboard: the latest runs' problems and failed scheduled runs. */
    private void attention(Context ctx) {
        Attention attention = Attention.of(runs);
        ObjectNode json = PanelJson.object();
        ArrayNode problems = json.putArray("problems");
        for (Attention.RunProblems run : attention.problems()) {
            ObjectNode entry = problems.addObject();
            entry.set("run", json(run.run()));
            entry.set("problems", WebJson.MAPPER.valueToTree(run.problems()));
        }
        ArrayNode failed = json.putArray("failedSchedules");
        attention.failedSchedules().forEach(run -> failed.add(json(run)));
        ctx.json(json);
    }

    private void chart(Context ctx) {
        ctx.json(WebJson.MAPPER.valueToTree(UnitsChart.of(runs.appliedReports(limit(ctx, 20, 100)))));
    }

    private void updateSchedule(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("enabled", "time"));
        ctx.json(schedule(schedule.update(body.requiredBoolean("enabled"), body.requiredText("time")), clock));
    }

    /**
     * The schedule for the page. {@code nextRun} is an ISO date-time with its offset
     * ("2026-12-07T23:59:00Z"), which browsers parse; a ZonedDateTime's own text adds the region in
     * brackets ("...Z[Etc/UTC]"), which they do not. {@code zone} is the host's time zone, the one
     * {@code time} is in.
     */
    private static ObjectNode schedule(ScheduleSettings settings, Clock clock) {
        ObjectNode json = PanelJson.object();
        json.put("enabled", settings.enabled());
        json.put("time", settings.time().toString());
        json.put("zone", clock.getZone().getId());
        json.put("nextRun", settings.nextRun().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
        json.put("lastRunDate", settings.lastRunDate().map(Object::toString).orElse(null));
        return json;
    }

    /** The run's report as a CSV download (columns in README); 404 while the run has no report. */
    private void csv(Context ctx) {
        String runId = ctx.pathParam("runId");
        RunRecord run = runs.find(runId).orElseThrow(() -> ApiError.notFound("there is no billing run '" + runId + "'"));
        net.mspbridge.api.billing.BillingReport report = run.report().orElseThrow(() ->
                ApiError.notFound("billing run '" + runId + "' has no report" + (run.state().isFinished() ? "" : " yet")));
        ctx.contentType("text/csv; charset=utf-8");
        // The run id is the host's own ("run-17"), so it is safe in the header as it is.
        ctx.header("Content-Disposition", "attachment; filename=\"billing-" + runId + "-" + run.effectiveDate() + ".csv\"");
        ctx.result(ReportCsv.of(report));
    }

    static ObjectNode json(RunRecord run) {
        ObjectNode json = WebJson.MAPPER.valueToTree(run);
        json.put("triggerDescription", run.trigger().description());
        json.put("finished", run.state().isFinished());
        run.report().ifPresent(report -> {
            json.set("totals", WebJson.MAPPER.valueToTree(ReportTotals.of(report)));
            // The table's short notes come from the one rule the terminal uses too.
            json.set("shortNotes", WebJson.MAPPER.valueToTree(ShortNote.of(report)));
        });
        return json;
    }

    private static int limit(Context ctx, int otherwise, int max) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return otherwise;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiError.badRequest("'limit' must be a whole number from 1 to " + max);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
