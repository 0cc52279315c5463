package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.HostMain;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.BuiltPlugin;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * A host process killed in the middle of an apply, then started again on the same data folder: a
 * real child JVM serving the real plugin zip and the demo sandboxes (whose state is in the data
 * folder, each adjustment saved before it is answered, so they die and come back with the host). The
 * killed run must not block billing for long, and a run after the restart must bring every mapped
 * pair to its usage with each change made once.
 */
class KilledHostTest {

    private static final String PASSWORD = "killed-host-admin-password";
    private static final Pattern SLOW_HOST_PORT = Pattern.compile("^host-port (\\d+)$");
    private static final Pattern HOST_READY = Pattern.compile("Host ready at http://127\\.0\\.0\\.1:(\\d+)/");

    private final Figures figures = new Figures("killed-host");

    @Test
    @Timeout(300)
    void aHostKilledWhileCreatingAdjustmentsBillsAgainSoonAfterARestartWithNothingLostOrDoubled(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Path plugins = dir.resolve("plugins");
        BuiltPlugin.installInto(plugins);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> env = Map.of(HostMain.ADMIN_PASSWORD_VARIABLE, PASSWORD);

        String killedRun;
        int madeBeforeKill;
        long killedAt;
        java.util.List<String> printed = new java.util.ArrayList<>();
        try (ChildJvm slow = ChildJvm.start("killed-host-first", SlowSandboxHost.class, env, data.toString(),
                plugins.toString(), "1000")) {
            int port = Integer.parseInt(slow.await(SLOW_HOST_PORT, Duration.ofSeconds(90)).group(1));
            ApiClient client = new ApiClient(port);
            assertThat(client.login(PASSWORD).status()).isEqualTo(200);
            ApiClient.Answer started = HostRuns.startApply(client);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            killedRun = started.json().get("run").get("runId").asText();

            int made = HostRuns.awaitFirstAdjustment(client, Duration.ofSeconds(90));
            slow.kill();
            killedAt = System.nanoTime();
            printed.addAll(slow.lines());
            figures.add("adjustments seen before the kill", made);
        }
        madeBeforeKill = adjustmentsOnDisk(data);
        figures.add("adjustments saved when the host was killed", madeBeforeKill);
        assertThat(madeBeforeKill).as("the kill came while the run was creating adjustments").isPositive();

        try (ChildJvm restarted = ChildJvm.start("killed-host-restarted", HostMain.class, env, "--data-dir", data.toString(),
                "--plugins-dir", plugins.toString(), "--port", "0")) {
            int port = Integer.parseInt(restarted.await(HOST_READY, Duration.ofSeconds(90)).group(1));
            ApiClient client = new ApiClient(port);
            assertThat(client.login(PASSWORD).status()).isEqualTo(200);

            JsonNode run = HostRuns.billUntilAccepted(client, killedAt, figures);
            assertThat(run.get("state").asText()).as(run.toString()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
            figures.add("lines applied by the run after the restart", HostRuns.count(run, "APPLIED"));

            JsonNode killed = client.get("/api/runs/" + killedRun).json().get("run");
            assertThat(killed.get("state").asText()).isEqualTo("INTERRUPTED");
            JsonNode again = HostRuns.finish(client, HostRuns.startApply(client).json().get("run").get("runId").asText());
            assertThat(HostRuns.count(again, "APPLIED")).as("a second run after the restart changes nothing").isZero();
            restarted.stop();
            printed.addAll(restarted.lines());
        }
        // What both processes printed (their logs) carries none of the secrets they used.
        String credentials = java.nio.file.Files.readString(Sandboxes.stateDir(data).resolve("credentials.json"));
        JsonNode stored = new com.fasterxml.jackson.databind.ObjectMapper().readTree(credentials);
        java.util.List<String> secrets = new java.util.ArrayList<>(java.util.List.of(PASSWORD));
        secrets.add(stored.get("autotaskSecret").asText());
        secrets.add(stored.get("kscPassword").asText());
        assertThat(secrets).allMatch(secret -> secret.length() >= 12);
        figures.add("lines printed by the two host processes, scanned for secrets", printed.size());
        assertThat(printed).noneMatch(line -> secrets.stream().anyMatch(line::contains));

        try (Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().dataDir(data).build())) {
            Map<Pair, Integer> targets = Pair.targets(sandboxes.expectedUnits(day));
            AutotaskData now = sandboxes.autotask().snapshot();
            Ledger ledger = new Ledger(DemoData.build(day).autotask(), day, targets.keySet());
            ledger.afterCleanRun(now, targets);
            Map<Pair, Integer> creates = new java.util.TreeMap<>();
            now.adjustments().forEach(a -> creates.merge(Pair.of(a), 1, Integer::sum));
            figures.add("adjustments in all", now.adjustments().size());
            figures.add("lost (units)", ledger.lost());
            figures.add("doubled (units)", ledger.doubled());
            figures.write();
            assertThat(ledger.violations()).isEmpty();
            assertThat(creates).as("one adjustment per pair, before and after the kill together").allSatisfy((pair, n) ->
                    assertThat(n).as(pair.toString()).isEqualTo(1));
        }
    }

    private static int adjustmentsOnDisk(Path data) {
        try (Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().dataDir(data).build())) {
            return sandboxes.autotask().adjustments().size();
        }
    }
}
