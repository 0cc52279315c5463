package net.mspbridge.host.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.mspbridge.host.plugins.BuiltPlugin;

/**
 * {@code bench --first-bill-windows} at a small size, through the packaged plugin: a first bill larger
 * than the hourly budget's share goes on at the time each report gives, on a clock that skips the
 * waits, until it is complete, in the least windows the budget allows. Never timings.
 */
class FirstBillWindowsTest {

    @TempDir
    static Path pluginsDir;

    private static JsonNode result;
    private static String table;

    @BeforeAll
    static void billFirstUnderASmallBudget() throws Exception {
        BuiltPlugin.installInto(pluginsDir);
        // 200 requests an hour (Autotask's 10,000 scaled down by 50), so a share of 100 calls a window.
        String[] small = {"--first-bill-windows", "--customers", "30", "--hosts", "600", "--apps", "4",
                "--latency-ms", "1", "--request-threshold", "200", "--seed", "5"};
        result = new ObjectMapper().readTree(run(concat(small, "--json")));
        table = run(small);
    }

    @Test
    void theBillIsCompleteInTheLeastWindowsTheBudgetAllows() {
        JsonNode bill = result.get("firstBill");
        assertThat(bill.get("share").asInt()).isEqualTo(100);
        assertThat(bill.get("windows").asInt()).as("the budget stopped the first run").isGreaterThan(1)
                .isEqualTo(bill.get("leastWindows").asInt());
        assertThat(bill.get("leastWindows").asLong())
                .isEqualTo((bill.get("calls").asLong() + 99) / 100);
        assertThat(bill.get("mismatches").asInt()).as("every mapped pair at its usage").isZero();
        assertThat(result.at("/target/met").asBoolean()).isTrue();
    }

    @Test
    void eachRunStaysWithinItsShareAndTheNextStartsWhenTheReportSays() {
        List<JsonNode> runs = new ArrayList<>();
        result.at("/firstBill/runs").forEach(runs::add);
        long calls = 0;
        long creates = 0;
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            calls += run.get("calls").asLong();
            creates += run.get("creates").asLong();
            assertThat(run.get("calls").asLong()).as("run %d", i + 1).isBetween(1L, 100L);
            if (i < runs.size() - 1) {
                assertThat(run.get("resumeAfter").isNull()).as("run %d says when the rest may go on", i + 1).isFalse();
                Instant resume = Instant.parse(run.get("resumeAfter").asText());
                assertThat(Instant.parse(runs.get(i + 1).get("startedAt").asText())).isAfterOrEqualTo(resume);
                // A run the budget stopped says the rest may go on once its calls left the rolling hour.
                assertThat(resume).isAfter(Instant.parse(run.get("startedAt").asText()).plusSeconds(3600));
            } else {
                assertThat(run.get("resumeAfter").isNull()).as("the last run completes").isTrue();
                assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
            }
        }
        assertThat(calls).isEqualTo(result.at("/firstBill/calls").asLong());
        assertThat(creates).isEqualTo(result.at("/firstBill/changes").asLong());
    }

    @Test
    void theTableSaysEachRunAndTheWindowsAgainstTheLeast() {
        assertThat(table).contains("goes on at", "COMPLETED", "least the budget allows ceil(",
                "pairs off their units at the end: 0");
    }

    private static String run(String... args) {
        return BenchCli.run(pluginsDir, args);
    }

    private static String[] concat(String[] args, String more) {
        return BenchCli.concat(args, more);
    }
}
