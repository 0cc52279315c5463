package net.mspbridge.host.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.host.evidence.EvidenceCsv;
import net.mspbridge.host.evidence.EvidencePage;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunService;

/**
 * The evidence of a run, read-only: what it holds, a report line's devices, a customer's devices
 * not counted, a search by device name, and the CSV export. Pages hold at most
 * {@link EvidenceStore#MAX_PAGE} rows, so a line of 5,000 devices is read a page at a time.
 */
final class EvidenceRoutes {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_SEARCH = 100;

    private final RunService runs;

    EvidenceRoutes(RunService runs) {
        this.runs = runs;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/runs/{runId}/evidence", ctx -> {
            RunRecord run = run(ctx);
            // Customers the report says were not read (billing off, on Security Center) have no device here: add them.
            ctx.json(WebJson.MAPPER.valueToTree(runs.evidence().summary(run.runId())
                    .withNotRead(run.report().map(BillingReport::notCounted).orElse(List.of()))));
        });
        routes.get("/api/runs/{runId}/evidence/devices", this::lineDevices);
        routes.get("/api/runs/{runId}/evidence/not-counted", this::notCounted);
        routes.get("/api/runs/{runId}/evidence/search", this::search);
        routes.get("/api/runs/{runId}/evidence.csv", this::csv);
    }

    private void lineDevices(Context ctx) {
        String runId = run(ctx).runId();
        String contract = required(ctx, "contract");
        String service = required(ctx, "service");
        page(ctx, runs.evidence().line(runId, contract, service, offset(ctx), limit(ctx, EvidenceStore.MAX_PAGE)));
    }

    private void notCounted(Context ctx) {
        String runId = run(ctx).runId();
        String customer = required(ctx, "customer");
        String reason = ctx.queryParam("reason") == null ? "" : ctx.queryParam("reason");
        page(ctx, runs.evidence().notCounted(runId, customer, reason, offset(ctx), limit(ctx, EvidenceStore.MAX_PAGE)));
    }

    private void search(Context ctx) {
        String runId = run(ctx).runId();
        String name = required(ctx, "name").strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiError.badRequest("'name' must be 1 to 100 characters of a device's name");
        }
        page(ctx, runs.evidence().search(runId, name, offset(ctx), limit(ctx, MAX_SEARCH)));
    }

    private void csv(Context ctx) {
        RunRecord run = run(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        // The run id is the host's own ("run-17"), so it is safe in the header as it is.
        ctx.header("Content-Disposition", "attachment; filename=\"evidence-" + run.runId() + "-"
                + run.effectiveDate() + ".csv\"");
        // Streamed: the rows go out as the database hands them over, never all in memory.
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            EvidenceCsv.write(runs.evidence(), run.runId(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(Context ctx, EvidencePage page) {
        ctx.json(WebJson.MAPPER.valueToTree(page));
    }

    private RunRecord run(Context ctx) {
        String runId = ctx.pathParam("runId");
        return runs.find(runId).orElseThrow(() -> ApiError.notFound("there is no billing run '" + runId + "'"));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("'" + name + "' is required");
        }
        return value;
    }

    private static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    private static int limit(Context ctx, int max) {
        return number(ctx, "limit", Math.min(DEFAULT_PAGE, max), 1, max);
    }

    private static int number(Context ctx, String name, int otherwise, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiError.badRequest("'" + name + "' must be a whole number from " + min + " to " + max);
    }
}
