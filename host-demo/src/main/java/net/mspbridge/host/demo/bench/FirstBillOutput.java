package net.mspbridge.host.demo.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A first bill's windows ({@link FirstBillWindows}) as JSON or as a table; the JSON is described in docs/benchmarks.md. */
final class FirstBillOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FirstBillOutput() {
    }

    static String json(FirstBillWindows.Result result) {
        BenchSpec spec = result.spec();
        ObjectNode root = JSON.createObjectNode();
        root.putObject("case")
                .put("customers", spec.customers())
                .put("hosts", spec.hosts())
                .put("applications", spec.applications())
                .put("latencyMs", spec.latency().toMillis())
                .put("kscLatencyMs", spec.kscLatency().toMillis())
                .put("requestThreshold", spec.requestThreshold())
                .put("sharePercent", FirstBillWindows.SHARE_PERCENT)
                .put("seed", spec.seed())
                .put("effectiveDate", spec.date().toString());
        BenchJson.environment(root, result.environment());
        ObjectNode bill = root.putObject("firstBill")
                .put("changes", result.changes())
                .put("minimumCallsOneRun", result.minimumCalls())
                .put("share", result.share())
                .put("calls", result.calls())
                .put("windows", result.windows().size())
                .put("leastWindows", result.leastWindows())
                .put("runMs", result.runMillis())
                .put("spanMinutes", result.span().toMinutes())
                .put("mismatches", result.mismatches());
        ArrayNode runs = bill.putArray("runs");
        for (FirstBillWindows.Window w : result.windows()) {
            ObjectNode run = runs.addObject()
                    .put("number", w.number())
                    .put("startedAt", w.startedAt().toString())
                    .put("wallMs", w.wallMillis())
                    .put("calls", w.calls())
                    .put("creates", w.creates())
                    .put("status", w.status().name());
            w.resumeAfter().ifPresentOrElse(t -> run.put("resumeAfter", t.toString()), () -> run.putNull("resumeAfter"));
        }
        root.putObject("target")
                .put("target", "First bill complete, unattended, in ceil(calls / share) windows (issue 17)")
                .put("measured", result.windows().size() + " windows, " + result.mismatches() + " pairs off")
                .put("limit", result.leastWindows() + " windows, 0 pairs off")
                .put("met", result.windows().size() == result.leastWindows() && result.mismatches() == 0);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a first bill's result cannot be written as JSON", e);
        }
    }

    static String table(FirstBillWindows.Result result) {
        StringBuilder out = new StringBuilder();
        line(out, "First bill of %,d customers, %,d hosts: %,d changes; %,d requests an hour, a share of %,d",
                result.spec().customers(), result.spec().hosts(), result.changes(), result.spec().requestThreshold(),
                result.share());
        line(out, "%-4s %-26s %10s %8s %8s  %s", "run", "started (plugin's clock)", "wall ms", "calls", "creates",
                "outcome");
        for (FirstBillWindows.Window w : result.windows()) {
            line(out, "%-4d %-26s %,10d %,8d %,8d  %s%s", w.number(), seconds(w.startedAt()), w.wallMillis(), w.calls(),
                    w.creates(), w.status(), w.resumeAfter().map(t -> ", goes on at " + seconds(t)).orElse(""));
        }
        line(out, "Calls %,d (one run at least %,d); windows %d, least the budget allows ceil(%,d / %,d) = %d; "
                        + "pairs off their units at the end: %d; runs took %,d ms over %d minutes of the plugin's clock",
                result.calls(), result.minimumCalls(), result.windows().size(), result.calls(), result.share(),
                result.leastWindows(), result.mismatches(), result.runMillis(), result.span().toMinutes());
        return out.toString();
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
