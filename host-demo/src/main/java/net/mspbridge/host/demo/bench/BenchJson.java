package net.mspbridge.host.demo.bench;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A benchmark result as JSON: every figure, with units in the names ({@code Ms}, {@code MiB}). The
 * shape is documented in {@code docs/benchmarks.md}.
 */
final class BenchJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJson() {
    }

    /** Where the case ran, as the object {@code environment} of {@code root}. */
    static void environment(ObjectNode root, Environment env) {
        root.putObject("environment")
                .put("processors", env.processors())
                .put("maxHeapMiB", BenchResult.mib(env.maxHeap()))
                .put("java", env.java())
                .put("jvmArguments", env.jvmArguments())
                .put("loadAverageBefore", env.loadBefore())
                .put("loadAverageAfter", env.loadAfter());
    }

    static String render(BenchResult result) {
        ObjectNode root = JSON.createObjectNode();
        BenchSpec spec = result.spec();
        root.putObject("case")
                .put("customers", spec.customers())
                .put("hosts", spec.hosts())
                .put("applications", spec.applications())
                .put("latencyMs", spec.latency().toMillis())
                .put("threadLimit", spec.threadLimit())
                .put("requestThreshold", spec.requestThreshold())
                .put("seed", spec.seed())
                .put("effectiveDate", spec.date().toString())
                .put("kscLatencyMs", spec.kscLatency().toMillis());
        if (spec.kscSessions() != null) {
            ((ObjectNode) root.get("case")).put("kscSessions", spec.kscSessions());
        } else {
            ((ObjectNode) root.get("case")).putNull("kscSessions");
        }
        if (spec.daily()) {
            ((ObjectNode) root.get("case")).put("dailyChangePercent", spec.dailyChangePercent());
        } else {
            ((ObjectNode) root.get("case")).putNull("dailyChangePercent");
        }
        environment(root, result.environment());
        Workload workload = result.workload();
        ObjectNode w = root.putObject("workload")
                .put("mappedPairs", workload.expected().size())
                .put("changes", workload.changes())
                .put("minimumReads", workload.minimumReads())
                .put("constant", Workload.CONSTANT)
                .put("minimumPreviewCalls", workload.minimumPreviewCalls())
                .put("minimumApplyCalls", workload.minimumApplyCalls())
                .put("kscVirtualServers", workload.kscKeysWithHosts().size())
                .put("kscKeysWithHosts", workload.kscKeysWithHosts().values().stream().mapToLong(Integer::longValue).sum());
        ObjectNode reads = w.putObject("reads");
        workload.readIds().forEach((entity, ids) -> {
            long rows = workload.readRows().get(entity);
            reads.putObject(entity).put("ids", ids).put("rows", rows).put("minimumPages", Workload.minimumPages(ids, rows));
        });
        root.set("preview", phase(result.preview()));
        root.set("apply", phase(result.apply()));
        if (result.baseline() != null) {
            root.set("baseline", phase(result.baseline()));
        } else {
            root.putNull("baseline");
        }
        result.speedup().ifPresentOrElse(s -> root.put("baselineOverApply", round(s)), () -> root.putNull("baselineOverApply"));
        ArrayNode targets = root.putArray("targets");
        for (BenchResult.Target t : result.targets()) {
            ObjectNode node = targets.addObject().put("target", t.name()).put("measured", t.measured()).put("limit", t.limit());
            t.met().ifPresentOrElse(m -> node.put("met", m), () -> node.putNull("met"));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode phase(PhaseFigures p) {
        ObjectNode node = JSON.createObjectNode()
                .put("wallMs", p.wallMillis())
                .put("usageMs", p.usageMillis())
                .put("autotaskMs", p.autotaskMillis())
                .put("idealMs", p.idealMillis());
        if (p.idealMillis() > 0) {
            node.put("wallOverIdeal", round(p.wallMillis() / (double) p.idealMillis()));
        } else {
            node.putNull("wallOverIdeal");
        }
        PhysicalLimit limit = p.limit();
        ObjectNode physical = node.putObject("physicalLimit")
                .put("limitMs", limit.millis())
                .put("autotaskMs", limit.autotaskMillis())
                .put("kscMs", limit.kscMillis())
                .put("kscSessions", limit.kscSessions());
        if (limit.millis() > 0) {
            physical.put("wallOverLimit", round(p.wallMillis() / (double) limit.millis()));
        } else {
            physical.putNull("wallOverLimit");
        }
        node.put("outcome", p.outcome());
        if (p.planned() >= 0) {
            node.put("planned", p.planned());
        }
        if (p.mismatches() >= 0) {
            node.put("mismatches", p.mismatches());
        }
        PhaseFigures.AutotaskFigures at = p.autotask();
        ObjectNode autotask = node.putObject("autotask")
                .put("calls", at.calls())
                .put("minimumCalls", p.minimumCalls())
                .put("overMinimum", at.calls() - p.minimumCalls())
                .put("creates", at.creates())
                .put("reads", at.reads())
                .put("throttled", at.throttled())
                .put("peakCreatesInFlight", at.peakCreatesInFlight());
        ObjectNode byEndpoint = autotask.putObject("byEndpoint");
        for (Map.Entry<String, Long> e : at.byEndpoint().entrySet()) {
            byEndpoint.put(e.getKey(), e.getValue());
        }
        PhaseFigures.KscFigures ksc = p.ksc();
        ObjectNode kscNode = node.putObject("ksc")
                .put("calls", ksc.calls())
                .put("logins", ksc.logins())
                .put("hostChunks", ksc.hostChunks())
                .put("iteratorPages", ksc.iteratorPages())
                .put("peakCallsPerSession", ksc.peakCallsPerSession())
                .put("peakSessions", ksc.peakSessions())
                .put("leftOpen", ksc.leftOpen())
                .put("virtualServers", ksc.virtualServers())
                .put("callsPerVirtualServer", round(ksc.boundPerVirtualServer()))
                .put("unboundCalls", ksc.unbound())
                .put("maxCallsPerVirtualServer", ksc.maxPerVirtualServer());
        ObjectNode byMethod = kscNode.putObject("byMethod");
        ObjectNode perVs = kscNode.putObject("byMethodPerVirtualServer");
        new java.util.TreeMap<>(ksc.byMethod()).forEach((method, calls) -> {
            byMethod.put(method, calls);
            perVs.put(method, round(ksc.perVirtualServer(calls)));
        });
        HeapMeter.Figures heap = p.heap();
        node.putObject("heapMiB")
                .put("liveAtStart", BenchResult.mib(heap.liveAtStart()))
                .put("peakAfterGc", BenchResult.mib(heap.peakAfterGc()))
                .put("peakUsed", BenchResult.mib(heap.peakUsed()))
                .put("liveAtEnd", BenchResult.mib(heap.liveAtEnd()))
                .put("collections", heap.collections())
                .put("max", BenchResult.mib(heap.max()));
        ArrayNode steps = node.putArray("steps");
        for (StepLog.Step step : p.steps()) {
            steps.addObject().put("step", step.name()).put("atMs", step.atMillis());
        }
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
