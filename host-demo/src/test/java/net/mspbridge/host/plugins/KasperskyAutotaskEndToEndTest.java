package net.mspbridge.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;
import net.mspbridge.host.sandbox.seed.SandboxSeed;

/**
 * The packaged plugin, loaded by PF4J, billing the Autotask sandbox from the KSC sandbox: real HTTP
 * and TLS on loopback with the real wire formats, nothing of the plugin on this module's class path.
 * The sandbox computes on its own what a correct run must leave on each contract service.
 */
class KasperskyAutotaskEndToEndTest {

    private static final String BILLING_OFF = "customer billing off (Companies panel)";

    private static final String ADJUSTMENTS = "ContractServiceAdjustments";

    @TempDir
    static Path pluginsDir;

    private static PluginHost plugins;
    private static BillingHook billing;
    private static SettingsPanelProvider settings;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private Sandboxes sandboxes;
    private PluginStore store;
    private DemoPluginSettings demo;

    @BeforeAll
    static void loadPlugin() {
        BuiltPlugin.installInto(pluginsDir);
        plugins = PluginHost.load(pluginsDir);
        HostedPlugin plugin = plugins.plugin(DemoPluginSettings.PLUGIN_ID).orElseThrow();
        billing = plugin.billing().orElseThrow();
        settings = plugin.settings().orElseThrow();
    }

    @AfterAll
    static void unloadPlugin() {
        plugins.close();
    }

    @BeforeEach
    void startSandboxes() {
        sandboxes = Sandboxes.start(SandboxConfig.builder().build());
        store = PluginStore.inMemory();
        demo = DemoPluginSettings.of(sandboxes);
    }

    @org.junit.jupiter.api.AfterEach
    void stopSandboxes() {
        sandboxes.close();
    }

    private HostContext context() {
        return new HostContext(demo.values(), Secrets.of(demo.secrets()), Clock.system(ZoneOffset.UTC), store,
                Optional.empty());
    }

    private BillingReport run(RunMode mode) {
        return billing.run(new BillingRunRequest("run-" + System.nanoTime(), today, mode), context(), RunMonitor.none());
    }

    private Map<String, Integer> unitsNow() {
        Map<String, Integer> units = new HashMap<>();
        for (ExpectedUnits expected : sandboxes.expectedUnits(today)) {
            units.put(expected.contractId() + "/" + expected.serviceId(),
                    sandboxes.autotask().unitsInForce(expected.contractId(), expected.serviceId(), today));
        }
        return units;
    }

    private Map<String, Integer> expected() {
        Map<String, Integer> units = new HashMap<>();
        sandboxes.expectedUnits(today).forEach(e -> units.put(e.contractId() + "/" + e.serviceId(), e.units()));
        return units;
    }

    @Test
    void theDemoSettingsPassThePluginsOwnValidation() {
        for (PanelDefinition panel : settings.panels(context())) {
            ValidationResult result = settings.validate(panel.id(), context());
            assertThat(result.errors()).as("errors on panel %s", panel.id()).isEmpty();
        }
    }

    @Test
    void previewPlansEveryChangeAndWritesNothing() {
        BillingReport report = run(RunMode.PREVIEW);

        assertThat(report.lines(LineOutcome.PLANNED)).isNotEmpty();
        assertThat(report.lines(LineOutcome.APPLIED)).isEmpty();
        assertThat(sandboxes.autotask().adjustments()).isEmpty();
    }

    @Test
    void applyBringsEveryMappedServiceToItsUsageAndASecondApplyChangesNothing() {
        Map<String, Integer> before = unitsNow();

        BillingReport first = run(RunMode.APPLY);

        assertThat(unitsNow()).isEqualTo(expected());
        List<ReportLine> applied = first.lines(LineOutcome.APPLIED);
        assertThat(applied).hasSize(sandboxes.autotask().adjustments().size()).isNotEmpty();
        for (ReportLine line : applied) {
            String pair = line.contract().id() + "/" + line.service().id();
            assertThat(line.unitsInForce()).as(pair).isEqualTo(before.get(pair));
            assertThat(line.unitsInForce() + line.unitChange()).as(pair).isEqualTo(expected().get(pair));
            assertThat(line.reference()).as(pair).isNotBlank();
        }
        // The demo's one problem: Woodgrove Bank's virtual server, with usage but no Autotask company.
        assertThat(first.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
        assertThat(first.problems()).extracting(Problem::kind, Problem::subject, Problem::units).containsExactly(
                tuple(ProblemKind.UNMAPPED_USAGE, "Woodgrove Bank", 3));
        // The devices of billed customers that the billing rules leave out are not problems: each is
        // counted with its reason in the "not counted" view (matching the sandbox's own reading of the rules).
        assertThat(first.notCounted()).extracting(n -> n.customer().name(), NotCounted::reason, NotCounted::devices)
                .containsExactly(
                        tuple("Fabrikam", "on a trial key", 1),
                        tuple("Fabrikam", "with no licence key: no Kaspersky application uses a key on it", 1),
                        tuple("Northwind Traders", "on an expired key", 1),
                        tuple("Northwind Traders", "on a key that has expired on the device", 1),
                        tuple("Northwind Traders", "on a key that was never added to the virtual server", 1),
                        // Billing off in the demo's Companies rows: not read, so said once, with no count.
                        tuple("AdventureWorks", BILLING_OFF, 0),
                        tuple("Tailspin", BILLING_OFF, 0),
                        tuple("Litware", BILLING_OFF, 0));
        assertThat(first.notCounted()).filteredOn(NotCounted::devicesUnknown).extracting(n -> n.customer().name())
                .containsExactly("AdventureWorks", "Tailspin", "Litware");

        BillingReport second = run(RunMode.APPLY);

        assertThat(second.lines(LineOutcome.APPLIED)).isEmpty();
        assertThat(second.lines(LineOutcome.PLANNED)).isEmpty();
        assertThat(sandboxes.autotask().adjustments()).hasSize(applied.size());
        assertThat(unitsNow()).isEqualTo(expected());
    }

    @Test
    void anAnswerLostAfterAutotaskMadeTheChangeIsNeverSentAgain() {
        sandboxes.autotask().scheduleFaults(ADJUSTMENTS, FaultKind.ANSWER_LOST, FaultKind.ANSWER_LOST);

        BillingReport first = run(RunMode.APPLY);

        assertThat(first.status()).isNotEqualTo(RunStatus.FAILED);
        assertThat(unitsNow()).isEqualTo(expected());

        run(RunMode.APPLY);

        assertThat(unitsNow()).isEqualTo(expected());
        Map<String, Integer> adjustedPerPair = new HashMap<>();
        for (AtAdjustment adjustment : sandboxes.autotask().adjustments()) {
            adjustedPerPair.merge(adjustment.contractID() + "/" + adjustment.serviceID(), adjustment.unitChange(),
                    Integer::sum);
        }
        Map<String, Integer> start = new DemoStart(sandboxes, today).units();
        adjustedPerPair.forEach((pair, change) ->
                assertThat(start.get(pair) + change).as("units of %s", pair).isEqualTo(expected().get(pair)));
    }

    @Test
    void aCreateTurnedAwayBeforeProcessingIsFinishedByTheNextRun() {
        sandboxes.autotask().scheduleFaults(ADJUSTMENTS, FaultKind.CONNECTION_RESET, FaultKind.SERVER_ERROR);

        run(RunMode.APPLY);
        BillingReport second = run(RunMode.APPLY);

        assertThat(second.status()).isIn(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_PROBLEMS);
        assertThat(unitsNow()).isEqualTo(expected());
    }

    @Test
    void a500AfterAutotaskSavedTheChangeIsReportedAppliedAndNeverSentAgain() {
        sandboxes.autotask().scheduleFaults(ADJUSTMENTS, FaultKind.SERVER_ERROR_AFTER_COMMIT);

        BillingReport first = run(RunMode.APPLY);

        assertThat(first.lines()).filteredOn(l -> l.message().contains("HTTP 500")).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(line.message()).contains("An unexpected error has occurred. If the problem persists, please contact "
                    + "Autotask Support and reference Error Id ").contains("shows the change in force");
        });
        assertThat(first.problems()).noneMatch(p -> p.kind() == ProblemKind.ADJUSTMENT_REFUSED);
        assertThat(unitsNow()).isEqualTo(expected());
        int made = sandboxes.autotask().adjustments().size();
        assertThat(first.lines(LineOutcome.APPLIED)).hasSize(made);

        BillingReport second = run(RunMode.APPLY);

        assertThat(second.lines(LineOutcome.APPLIED)).isEmpty();
        assertThat(sandboxes.autotask().adjustments()).hasSize(made);
        assertThat(unitsNow()).isEqualTo(expected());
    }

    @Test
    void a500WithNothingSavedIsReportedRefusedWithAutotasksMessageAndTheNextRunMakesTheChange() {
        sandboxes.autotask().scheduleFaults(ADJUSTMENTS, FaultKind.SERVER_ERROR);

        BillingReport first = run(RunMode.APPLY);

        ReportLine refused = first.lines().stream().filter(l -> l.outcome() == LineOutcome.FAILED).findFirst().orElseThrow();
        assertThat(first.lines(LineOutcome.FAILED)).hasSize(1);
        assertThat(refused.message()).startsWith("Autotask refused ").contains("An unexpected error has occurred.")
                .contains("it was not made");
        String pair = refused.contract().id() + "/" + refused.service().id();
        assertThat(unitsNow().get(pair)).isEqualTo(refused.unitsInForce());
        assertThat(first.problems()).filteredOn(p -> p.kind() == ProblemKind.ADJUSTMENT_REFUSED).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("An unexpected error has occurred."));

        BillingReport second = run(RunMode.APPLY);

        assertThat(second.lines(LineOutcome.APPLIED)).singleElement()
                .satisfies(l -> assertThat(l.contract().id() + "/" + l.service().id()).isEqualTo(pair));
        assertThat(unitsNow()).isEqualTo(expected());
    }

    @Test
    void aValidationRefusalWith500SavesNothingAndIsReportedRefusedWithAutotasksMessage() {
        // A pair whose service billing must add to its contract, with that service made inactive:
        // the sandbox refuses the create with a validation 500, as Autotask does, and saves nothing.
        AutotaskData data = sandboxes.autotask().snapshot();
        ExpectedUnits added = sandboxes.expectedUnits(today).stream()
                .filter(e -> e.units() > 0 && data.contractServices().stream()
                        .noneMatch(cs -> cs.contractID() == e.contractId() && cs.serviceID() == e.serviceId()))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has no service billing adds to a contract"));
        SandboxSeed seed = DemoData.build(today);
        AutotaskData autotask = seed.autotask();
        List<AtService> services = autotask.services().stream().map(s -> s.id() != added.serviceId() ? s
                : new AtService(s.id(), s.name(), s.description(), s.invoiceDescription(), false, s.periodType(),
                        s.unitPrice(), s.unitCost(), s.vendorCompanyID(), s.sku())).toList();
        restartSandboxes(new SandboxSeed(new AutotaskData(autotask.companies(), services, autotask.contracts(),
                autotask.contractServices(), autotask.unitChanges(), autotask.adjustments(),
                autotask.nextContractServiceId(), autotask.nextAdjustmentId()), seed.ksc(), seed.mapping()));

        BillingReport report = run(RunMode.APPLY);

        List<ReportLine> refused = report.lines(LineOutcome.FAILED);
        assertThat(refused).isNotEmpty().allSatisfy(line -> {
            assertThat(line.service().id()).isEqualTo(Long.toString(added.serviceId()));
            assertThat(line.message()).startsWith("Autotask refused ").contains("is inactive and cannot be added to a contract")
                    .contains("it was not made");
            assertThat(sandboxes.autotask().unitsInForce(Long.parseLong(line.contract().id()), added.serviceId(), today))
                    .isEqualTo(line.unitsInForce());
        });
        assertThat(refused).anyMatch(line -> line.contract().id().equals(Long.toString(added.contractId())));
        assertThat(report.problems()).filteredOn(p -> p.kind() == ProblemKind.ADJUSTMENT_REFUSED).hasSize(refused.size());
        assertThat(sandboxes.autotask().adjustments()).noneMatch(a -> a.serviceID() == added.serviceId()
                && refused.stream().anyMatch(l -> l.contract().id().equals(Long.toString(a.contractID()))));
        assertThat(report.lines(LineOutcome.APPLIED)).hasSize(sandboxes.autotask().adjustments().size());
    }

    private void restartSandboxes(SandboxSeed seed) {
        sandboxes.close();
        sandboxes = Sandboxes.start(SandboxConfig.builder().seed(seed).build());
        demo = DemoPluginSettings.of(sandboxes);
    }

    /** The units in force on each expected pair before billing touched the sandbox. */
    private record DemoStart(Sandboxes sandboxes, LocalDate day) {
        Map<String, Integer> units() {
            Map<String, Integer> units = new HashMap<>();
            for (ExpectedUnits e : sandboxes.expectedUnits(day)) {
                int now = sandboxes.autotask().unitsInForce(e.contractId(), e.serviceId(), day);
                int adjusted = sandboxes.autotask().adjustments().stream()
                        .filter(a -> a.contractID() == e.contractId() && a.serviceID() == e.serviceId())
                        .mapToInt(AtAdjustment::unitChange).sum();
                units.put(e.contractId() + "/" + e.serviceId(), now - adjusted);
            }
            return units;
        }
    }
}
