package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.HostMain;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.BuiltPlugin;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.SandboxStore;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.KscDevice;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * A confirmed drop survives a host killed between the confirmation and the apply, and one killed in
 * the middle of that apply, and is made exactly once (issue 15). Real child JVMs on one data folder,
 * the real plugin zip and the demo sandboxes (saved in the data folder, each adjustment before it is
 * answered):
 * <ol>
 *   <li>host A applies once, bringing the demo to its usage, and stops;</li>
 *   <li>Contoso's and Fabrikam's virtual servers then report no hosts (edited in the sandbox's ksc.json);</li>
 *   <li>host B applies: their lines are held; a person confirms them all on the page's route, and
 *       B is killed at once, before any apply;</li>
 *   <li>host C, its Autotask slowed, applies and is killed after its first adjustment;</li>
 *   <li>host D applies until the killed run's leases let it through, then once more.</li>
 * </ol>
 * Each pair B held (those of their contracts that billing targets) must get exactly one credit in all,
 * ending at its usage (0: each is alone on its contract); no other pair moves; the repeat creates nothing; and B's held run says
 * who confirmed its drops.
 */
class KilledHostAfterConfirmationTest {

    private static final String PASSWORD = "killed-after-confirming-password";
    private static final Pattern SLOW_HOST_PORT = Pattern.compile("^host-port (\\d+)$");
    private static final Pattern HOST_READY = Pattern.compile("Host ready at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration START = Duration.ofSeconds(90);
    /**
     * Contoso and Fabrikam go silent: five pairs to credit, more than the plugin's three creates at a
     * time, so C is killed with creates still to make.
     */
    private static final List<Long> SILENT = List.of(DemoData.VS_CONTOSO, DemoData.VS_FABRIKAM);
    private static final List<Long> SILENT_CONTRACTS = List.of(DemoData.CONTOSO_CONTRACT, DemoData.FABRIKAM_CONTRACT);

    private final Figures figures = new Figures("killed-host-after-confirmation");

    @Test
    @Timeout(300)
    void aConfirmedDropIsMadeOnceAcrossAHostKilledBeforeTheApplyAndOneKilledDuringIt(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path plugins = dir.resolve("plugins");
        BuiltPlugin.installInto(plugins);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> env = Map.of(HostMain.ADMIN_PASSWORD_VARIABLE, PASSWORD);

        try (ChildJvm a = host("confirm-kill-a", env, data, plugins)) {
            ApiClient client = signIn(a);
            JsonNode first = HostRuns.apply(client);
            assertThat(first.get("state").asText()).as(first.toString()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
            a.stop();
        }
        SandboxStore store = new SandboxStore(SandboxStore.folderOf(data));
        AutotaskData atUsage = store.autotask().orElseThrow();
        KscData ksc = store.ksc().orElseThrow();
        Map<Long, List<KscDevice>> hosts = new HashMap<>(ksc.hosts());
        for (long vs : SILENT) {
            assertThat(hosts.get(vs)).as("virtual server " + vs + " has hosts to lose").isNotEmpty();
            hosts.put(vs, List.of());
        }
        store.saveKsc(new KscData(ksc.virtualServers(), hosts, ksc.keys()));

        String heldRun;
        String user;
        Set<Pair> heldPairs = new java.util.TreeSet<>();
        try (ChildJvm b = host("confirm-kill-b", env, data, plugins)) {
            ApiClient client = signIn(b);
            user = client.get("/api/session").json().get("user").asText();
            JsonNode held = HostRuns.apply(client);
            heldRun = held.get("runId").asText();
            assertThat(HostRuns.count(held, "HELD")).as("the silent customers' drops are held: " + held).isPositive();
            for (JsonNode line : held.get("report").get("lines")) {
                if (line.get("outcome").asText().equals("HELD")) {
                    assertThat(line.get("contract").get("id").asLong()).isIn(SILENT_CONTRACTS);
                    heldPairs.add(new Pair(line.get("contract").get("id").asLong(), line.get("service").get("id").asLong()));
                }
            }
            figures.add("lines held by B", HostRuns.count(held, "HELD"));
            ApiClient.Answer confirmed = client.send("POST", "/api/runs/" + heldRun + "/confirm-drops", "{}");
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            b.kill();
            assertThat(confirmed.json().get("confirmed").asLong()).isEqualTo(HostRuns.count(held, "HELD"));
        }

        long killedAt;
        try (ChildJvm c = ChildJvm.start("confirm-kill-c", SlowSandboxHost.class, env, data.toString(), plugins.toString(),
                "1000")) {
            ApiClient client = new ApiClient(Integer.parseInt(c.await(SLOW_HOST_PORT, START).group(1)));
            assertThat(client.login(PASSWORD).status()).isEqualTo(200);
            int before = store.autotask().orElseThrow().adjustments().size();
            ApiClient.Answer started = HostRuns.startApply(client);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            HostRuns.awaitAdjustments(client, before + 1, START);
            c.kill();
            killedAt = System.nanoTime();
        }
        int madeByC = store.autotask().orElseThrow().adjustments().size() - atUsage.adjustments().size();
        figures.add("credits made by C before it was killed", madeByC);
        assertThat(madeByC).as("C was killed while making the confirmed credits").isPositive();

        try (ChildJvm d = host("confirm-kill-d", env, data, plugins)) {
            ApiClient client = signIn(d);
            JsonNode run = HostRuns.billUntilAccepted(client, killedAt, figures);
            assertThat(run.get("state").asText()).as(run.toString()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
            figures.add("lines applied by D", HostRuns.count(run, "APPLIED"));
            JsonNode again = HostRuns.apply(client);
            assertThat(HostRuns.count(again, "APPLIED")).as("a repeat apply changes nothing: " + again).isZero();
            assertThat(HostRuns.count(again, "HELD")).as("nothing is held any more: " + again).isZero();

            JsonNode history = client.get("/api/runs/" + heldRun).json().get("run");
            assertThat(history.get("confirmations")).as(history.toString()).hasSize((int) HostRuns.count(history, "HELD"))
                    .allSatisfy(c -> {
                        assertThat(c.get("confirmedBy").asText()).isEqualTo(user);
                        // C's creates too: D finds them made, C having died before its report.
                        assertThat(c.get("status").asText()).as(c.toString()).isEqualTo("MADE");
                    });
            d.stop();
        }

        AutotaskData end = store.autotask().orElseThrow();
        Map<Pair, Integer> expected;
        try (Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().dataDir(data).build())) {
            expected = Pair.targets(sandboxes.expectedUnits(day));
        }
        List<AtAdjustment> after = end.adjustments().subList(atUsage.adjustments().size(), end.adjustments().size());
        Map<Pair, Integer> credits = new TreeMap<>();
        after.forEach(adjustment -> {
            assertThat(adjustment.contractID()).as("only the silent virtual servers' contracts move: " + adjustment)
                    .isIn(SILENT_CONTRACTS);
            assertThat(adjustment.unitChange()).as("a credit: " + adjustment).isNegative();
            credits.merge(Pair.of(adjustment), 1, Integer::sum);
        });
        Map<Pair, Integer> was = Pair.units(atUsage, day, Set.of());
        Map<Pair, Integer> now = Pair.units(end, day, Set.of());
        assertThat(was.keySet()).containsAll(heldPairs);
        for (Map.Entry<Pair, Integer> pair : was.entrySet()) {
            if (heldPairs.contains(pair.getKey())) {
                assertThat(credits.get(pair.getKey())).as("one credit on " + pair.getKey()).isEqualTo(1);
                assertThat(now.get(pair.getKey())).as(pair.getKey() + " at its usage").isEqualTo(expected.getOrDefault(pair.getKey(), 0));
            } else {
                assertThat(now.get(pair.getKey())).as(pair.getKey() + " did not move").isEqualTo(pair.getValue());
            }
        }
        figures.add("credits in all", after.size());
        figures.write();
    }

    private static ChildJvm host(String name, Map<String, String> env, Path data, Path plugins) {
        return ChildJvm.start(name, HostMain.class, env, "--data-dir", data.toString(), "--plugins-dir", plugins.toString(),
                "--port", "0");
    }

    private static ApiClient signIn(ChildJvm host) throws InterruptedException {
        ApiClient client = new ApiClient(Integer.parseInt(host.await(HOST_READY, START).group(1)));
        assertThat(client.login(PASSWORD).status()).isEqualTo(200);
        return client;
    }
}
