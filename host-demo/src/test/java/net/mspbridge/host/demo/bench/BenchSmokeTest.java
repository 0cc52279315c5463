package net.mspbridge.host.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.mspbridge.host.plugins.BuiltPlugin;

/**
 * The whole benchmark at a tiny size, through the packaged plugin loaded by PF4J: the figures are
 * produced and agree with each other and with the sandbox's own bookkeeping. Never timings.
 */
class BenchSmokeTest {

    @TempDir
    static Path pluginsDir;

    private static JsonNode result;
    private static JsonNode daily;
    private static String table;

    @BeforeAll
    static void runTheBenchmarkTwice() throws Exception {
        BuiltPlugin.installInto(pluginsDir);
        String[] tiny = {"--customers", "6", "--hosts", "300", "--apps", "4", "--latency-ms", "1", "--ksc-latency-ms", "1",
                "--seed", "5"};
        result = new ObjectMapper().readTree(run(concat(tiny, "--json")));
        table = run(tiny);
        daily = new ObjectMapper().readTree(run("--customers", "6", "--hosts", "300", "--apps", "4", "--latency-ms", "1",
                "--seed", "5", "--daily", "20", "--no-baseline", "--json"));
    }

    private static String run(String... args) {
        return BenchCli.run(pluginsDir, args);
    }

    private static String[] concat(String[] args, String more) {
        return BenchCli.concat(args, more);
    }

    private static JsonNode phase(String name) {
        return result.get(name);
    }

    @Nested
    class Preview {

        @Test
        void createsNothingAndPlansEveryChangeTheSandboxExpects() {
            assertThat(phase("preview").at("/autotask/creates").asLong()).isZero();
            assertThat(phase("preview").get("planned").asInt()).isEqualTo(result.at("/workload/changes").asInt()).isPositive();
        }

        @Test
        void readsUsageFromKscInPagesNotHostByHost() {
            JsonNode ksc = phase("preview").get("ksc");
            assertThat(ksc.get("logins").asLong()).isPositive();
            assertThat(ksc.get("hostChunks").asLong()).isPositive().isLessThan(300);
            assertThat(ksc.get("calls").asLong()).isGreaterThan(ksc.get("hostChunks").asLong());
        }

        @Test
        void countsKscCallsPerMethodAndPerVirtualServerConsistently() {
            JsonNode ksc = phase("preview").get("ksc");
            long sum = 0;
            var methods = ksc.get("byMethod").fields();
            while (methods.hasNext()) {
                var method = methods.next();
                sum += method.getValue().asLong();
                assertThat(ksc.at("/byMethodPerVirtualServer/" + method.getKey()).asDouble()).as(method.getKey())
                        .isCloseTo(method.getValue().asLong() / 6.0, org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(sum).isEqualTo(ksc.get("calls").asLong());
            assertThat(ksc.get("virtualServers").asInt()).as("one per customer").isEqualTo(6);
            assertThat(ksc.at("/byMethod/login").asLong()).isEqualTo(ksc.get("logins").asLong());
            assertThat(ksc.at("/byMethod/ChunkAccessor.GetItemsChunk").asLong()).isEqualTo(ksc.get("hostChunks").asLong());
            assertThat(ksc.get("maxCallsPerVirtualServer").asDouble())
                    .isGreaterThanOrEqualTo(ksc.get("callsPerVirtualServer").asDouble());
            // At most the plugin's default of virtual servers read at once (8), and never more than the 6 there are.
            assertThat(ksc.get("peakSessions").asInt()).isBetween(1, 6);
            assertThat(ksc.get("callsPerVirtualServer").asDouble() * 6 + ksc.get("unboundCalls").asLong())
                    .isCloseTo(ksc.get("calls").asDouble(), org.assertj.core.data.Offset.offset(0.1));
            assertThat(ksc.get("unboundCalls").asLong()).as("the main server's session lists the virtual servers")
                    .isPositive().isLessThan(ksc.get("calls").asLong() / 6);
        }

        @Test
        void readsEachKscSessionOneCallAtATimeAndReleasesWhatItOpened() {
            JsonNode ksc = phase("preview").get("ksc");
            assertThat(ksc.get("peakCallsPerSession").asInt()).isEqualTo(1);
            assertThat(ksc.get("leftOpen").asInt()).isZero();
        }
    }

    @Nested
    class Apply {

        @Test
        void makesOneCreatePerChangeAndLeavesEveryPairAtItsExpectedUnits() {
            assertThat(phase("apply").at("/autotask/creates").asInt()).isEqualTo(result.at("/workload/changes").asInt());
            assertThat(phase("apply").get("mismatches").asInt()).isZero();
        }

        @Test
        void makesAtLeastTheMinimumOfCallsAndCountsThemConsistently() {
            JsonNode autotask = phase("apply").get("autotask");
            long calls = autotask.get("calls").asLong();
            assertThat(calls).isGreaterThanOrEqualTo(result.at("/workload/minimumApplyCalls").asLong());
            assertThat(autotask.get("minimumCalls").asLong()).isEqualTo(result.at("/workload/minimumApplyCalls").asLong());
            assertThat(autotask.get("overMinimum").asLong()).isEqualTo(calls - autotask.get("minimumCalls").asLong());
            long byEndpoint = 0;
            for (JsonNode n : autotask.get("byEndpoint")) {
                byEndpoint += n.asLong();
            }
            assertThat(byEndpoint).isEqualTo(calls);
            assertThat(autotask.get("reads").asLong()).isEqualTo(calls - autotask.get("creates").asLong());
        }

        @Test
        void neverHasMoreThanThreeCreatesInFlightAndIsNeverTurnedAway() {
            assertThat(phase("apply").at("/autotask/peakCreatesInFlight").asInt()).isBetween(1, 3);
            assertThat(phase("apply").at("/autotask/throttled").asInt()).isZero();
        }

        @Test
        void timesTheUsageReadAndTheAutotaskPart() {
            JsonNode apply = phase("apply");
            long wall = apply.get("wallMs").asLong();
            long usageRead = stepAt(apply, "Read usage");
            long firstAutotask = stepAt(apply, "Autotask");
            assertThat(apply.get("usageMs").asLong()).isEqualTo(usageRead).isBetween(0L, wall);
            assertThat(apply.get("autotaskMs").asLong()).isEqualTo(wall - firstAutotask);
        }

        /** When the plugin first reported a step whose name holds {@code text}. */
        private static long stepAt(JsonNode phase, String text) {
            for (JsonNode step : phase.get("steps")) {
                if (step.get("step").asText().contains(text)) {
                    return step.get("atMs").asLong();
                }
            }
            throw new AssertionError("no step with '" + text + "' in " + phase.get("steps"));
        }

        @Test
        void hasAnIdealFromItsOwnCallsAtTheLatency() {
            JsonNode autotask = phase("apply").get("autotask");
            long creates = autotask.get("creates").asLong();
            long expected = (autotask.get("calls").asLong() - creates) + (creates + 2) / 3;
            assertThat(phase("apply").get("idealMs").asLong()).isEqualTo(expected);
        }
    }

    @Nested
    class PhysicalLimits {

        @Test
        void areTheBusiestAutotaskEndpointAtThreeInFlightOrTheKscCallsOverTheSessionsWhicheverIsLonger() {
            for (String name : new String[] {"preview", "apply", "baseline"}) {
                JsonNode p = phase(name);
                long busiest = 0;
                var endpoints = p.at("/autotask/byEndpoint").fields();
                while (endpoints.hasNext()) {
                    var e = endpoints.next();
                    if (!e.getKey().equalsIgnoreCase("zoneInformation")) {
                        busiest = Math.max(busiest, (e.getValue().asLong() + 2) / 3);
                    }
                }
                JsonNode limit = p.get("physicalLimit");
                assertThat(limit.get("autotaskMs").asLong()).as(name).isEqualTo(busiest * 1);
                long sessions = Math.max(1, p.at("/ksc/peakSessions").asLong());
                assertThat(limit.get("kscSessions").asLong()).as(name).isEqualTo(sessions);
                assertThat(limit.get("kscMs").asLong()).as(name).isEqualTo(p.at("/ksc/calls").asLong() * 1 / sessions);
                assertThat(limit.get("limitMs").asLong()).as(name)
                        .isEqualTo(Math.max(limit.get("autotaskMs").asLong(), limit.get("kscMs").asLong())).isPositive();
            }
        }

        @Test
        void withoutKscLatencyTheKscSideIsFree() {
            assertThat(daily.at("/case/kscLatencyMs").asLong()).isZero();
            assertThat(daily.at("/apply/physicalLimit/kscMs").asLong()).isZero();
            assertThat(daily.at("/apply/ksc/calls").asLong()).isPositive();
        }
    }

    @Nested
    class Daily {

        @Test
        void changesOnlyTheDrawnShareOfThePairsAndBringsEveryPairToItsUnits() {
            assertThat(daily.at("/case/dailyChangePercent").asDouble()).isEqualTo(20.0);
            assertThat(result.at("/case/dailyChangePercent").isNull()).isTrue();
            int pairs = daily.at("/workload/mappedPairs").asInt();
            int changes = daily.at("/workload/changes").asInt();
            assertThat(changes).isPositive().isLessThan(pairs / 2);
            assertThat(result.at("/workload/changes").asInt()).as("a first bill changes far more").isGreaterThan(changes);
            assertThat(daily.at("/apply/autotask/creates").asInt()).isEqualTo(changes);
            assertThat(daily.at("/apply/mismatches").asInt()).isZero();
        }
    }

    @Nested
    class Baseline {

        @Test
        void makesTheSameChangesOneAtATimeAndReachesTheSameUnits() {
            JsonNode baseline = phase("baseline");
            assertThat(baseline.at("/autotask/creates").asInt()).isEqualTo(phase("apply").at("/autotask/creates").asInt());
            assertThat(baseline.at("/autotask/peakCreatesInFlight").asInt()).isEqualTo(1);
            assertThat(baseline.get("mismatches").asInt()).isZero();
            assertThat(baseline.at("/autotask/byEndpoint/ContractServiceUnits").asInt()).as("one query per contract").isEqualTo(6);
            assertThat(baseline.get("idealMs").asLong()).isEqualTo(baseline.at("/autotask/calls").asLong());
            assertThat(baseline.at("/ksc/calls").asLong()).isZero();
        }

        @Test
        void isComparedWithApply() {
            double expected = phase("baseline").get("wallMs").asDouble() / Math.max(1, phase("apply").get("wallMs").asLong());
            assertThat(result.get("baselineOverApply").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void reportsHeapFiguresThatHangTogether() {
        for (String name : new String[] {"preview", "apply", "baseline"}) {
            JsonNode heap = phase(name).get("heapMiB");
            assertThat(heap.get("liveAtStart").asLong()).as(name).isPositive();
            assertThat(heap.get("peakAfterGc").asLong()).as(name)
                    .isGreaterThanOrEqualTo(Math.max(heap.get("liveAtStart").asLong(), heap.get("liveAtEnd").asLong()) - 1);
            assertThat(heap.get("peakUsed").asLong()).as(name).isGreaterThanOrEqualTo(heap.get("peakAfterGc").asLong());
            // Pools peak at different times: their summed peaks may exceed the maximum, the live heap may not.
            assertThat(heap.get("max").asLong()).as(name).isGreaterThanOrEqualTo(heap.get("liveAtEnd").asLong());
        }
    }

    @Test
    void judgesEveryTargetOfTheIssue() {
        assertThat(result.get("targets")).hasSize(9);
        for (JsonNode target : result.get("targets")) {
            assertThat(target.get("measured").asText()).isNotBlank();
            assertThat(target.has("met")).isTrue();
        }
        assertThat(result.get("targets").get(2).get("met").asBoolean()).as("preview creates nothing").isTrue();
        assertThat(result.get("targets").get(3).get("met").asBoolean()).as("apply reaches the expected units").isTrue();
    }

    @Test
    void printsTheSameFiguresAsATable() {
        assertThat(table).contains("preview", "apply", "baseline", "Autotask calls", "Heap peak after GC (MiB)",
                "Targets (issues 8 and 17):", "Creates made by preview: 0", "Physical limit (ms)",
                "KSC calls by method (per virtual server read):", "KSC calls per virtual server, apply (issue 17)");
    }
}
