package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.plugins.BuiltPlugin;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * The plugin's own Autotask time-out, once per build: two creates get no answer for longer than the
 * client's 60 s read time-out, one after Autotask made the change and one before. The first is settled
 * as applied by reading units again, the second is left for the next run, and nothing is sent twice.
 * The seeded suite closes such calls after a short delay instead (see {@link FaultMix}); this test pays
 * the minute the real time-out takes.
 */
class RealTimeOutTest {

    @Test
    @Timeout(240)
    void createsThatTimeOutAreSettledByReadingNeverBySendingAgain(@TempDir Path dir) {
        Path pluginsDir = dir.resolve("plugins");
        BuiltPlugin.installInto(pluginsDir);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        try (PluginHost plugins = PluginHost.load(pluginsDir);
             Database database = Database.open(dir.resolve("data"));
             Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder()
                     .faults(FaultOptions.builder().timeoutDelay(Duration.ofSeconds(65)).build()).build())) {
            BillingHook billing = plugins.plugin(DemoPluginSettings.PLUGIN_ID).orElseThrow().billing().orElseThrow();
            DemoPluginSettings demo = DemoPluginSettings.of(sandboxes);
            HostContext context = new HostContext(demo.values(), Secrets.of(demo.secrets()), Clock.system(ZoneOffset.UTC),
                    PluginStores.inDatabase(database).forPlugin(DemoPluginSettings.PLUGIN_ID), Optional.empty());
            Map<Pair, Integer> targets = Pair.targets(sandboxes.expectedUnits(day));
            AutotaskData start = sandboxes.autotask().snapshot();
            Ledger ledger = new Ledger(start, day, targets.keySet());
            sandboxes.autotask().scheduleFaults(FaultMix.CREATES, FaultKind.TIMEOUT_AFTER_COMMIT, FaultKind.TIMEOUT);

            BillingReport first = billing.run(new BillingRunRequest("timed-out", day, RunMode.APPLY), context, RunMonitor.none());

            List<ReportLine> settled = first.lines().stream().filter(l -> l.message().contains("answer was lost")).toList();
            assertThat(settled).extracting(ReportLine::outcome).containsExactlyInAnyOrder(LineOutcome.APPLIED, LineOutcome.DEFERRED);
            assertThat(sandboxes.autotask().faultsInjected(FaultMix.CREATES))
                    .containsEntry(FaultKind.TIMEOUT_AFTER_COMMIT, 1L).containsEntry(FaultKind.TIMEOUT, 1L);
            ledger.afterRun("the run with two time-outs", RunMode.APPLY, start, sandboxes.autotask().snapshot(), targets);

            AutotaskData beforeSecond = sandboxes.autotask().snapshot();
            BillingReport second = billing.run(new BillingRunRequest("after", day, RunMode.APPLY), context, RunMonitor.none());

            assertThat(second.lines(LineOutcome.APPLIED)).hasSize(1);
            ledger.afterRun("the next run", RunMode.APPLY, beforeSecond, sandboxes.autotask().snapshot(), targets);
            ledger.afterCleanRun(sandboxes.autotask().snapshot(), targets);
            assertThat(ledger.violations()).isEmpty();
            assertThat(ledger.lost()).isZero();
            assertThat(ledger.doubled()).isZero();
        }
    }
}
