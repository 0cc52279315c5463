package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.MARCH;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static net.mspbridge.integration.kaspersky.DeviceCategory.NON_WINDOWS;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_SERVER;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.LastUsage;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageCounts;

/** Billing runs end to end against a fake Autotask that keeps dated units and applies what it receives. */
class BillingRunTest {

    /**
     * Customers c1..cN, customer i on contract 100+i of company i, with i Windows workstations and
     * one server of KES (service 10) and i+2 users of Cloud Plus (service 20): 2N changes at first.
     */
    static Harness standard(int customers) {
        return standardInto(new Harness(), customers);
    }

    static Harness standardInto(Harness h, int customers) {
        h.settings(s -> s.service(KES, 10).service(CLOUD, 20));
        h.autotask.service(10, "10.00").service(20, "15.00");
        for (int i = 1; i <= customers; i++) {
            int n = i;
            h.autotask.contract(100 + n, n, YEAR_START, YEAR_END);
            h.settings(s -> s.customer("c" + n, n, 100 + n, true));
            h.usage.set("c" + n, KES.id(), new UsageCounts(n, 1, 0, 0)).set("c" + n, CLOUD.id(), UsageCounts.ofUsers(n + 2));
        }
        return h;
    }

    static ReportLine line(BillingReport report, long contractId, long serviceId) {
        return report.lines().stream()
                .filter(l -> l.contract().id().equals(Long.toString(contractId)) && l.service().id().equals(Long.toString(serviceId)))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + contractId + "/" + serviceId + " in " + report));
    }

    static Map<LineOutcome, Long> outcomes(BillingReport report) {
        return report.lines().stream().collect(Collectors.groupingBy(ReportLine::outcome, Collectors.counting()));
    }

    static List<ProblemKind> kinds(BillingReport report) {
        return report.problems().stream().map(Problem::kind).toList();
    }

    @Nested
    class ApplyingTwice {

        @Test
        void firstApplyCreatesOneAdjustmentPerChangedPairAndASecondCreatesNone() {
            Harness h = standard(3);

            BillingReport first = h.apply();

            assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(first.lines()).hasSize(6).allMatch(l -> l.outcome() == LineOutcome.APPLIED && !l.reference().isEmpty());
            assertThat(h.autotask.adjustments()).hasSize(6);
            assertThat(h.unitsOn(102, 10)).isEqualTo(3);
            assertThat(h.unitsOn(102, 20)).isEqualTo(4);

            BillingReport second = h.apply();

            assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(second.lines()).hasSize(6).allMatch(l -> l.outcome() == LineOutcome.UNCHANGED);
            assertThat(h.autotask.adjustments()).hasSize(6);
            assertThat(second.statusMessage()).isEqualTo("0 adjustments applied, 6 unchanged.");
        }

        @Test
        void eachAdjustmentCarriesTheDateTheChangeAndTheContractServicePrice() {
            Harness h = standard(1);
            h.autotask.units(101, 10, 4).contractPrice(101, 10, "8.40");

            h.apply();

            assertThat(h.autotask.adjustments()).containsExactlyInAnyOrder(
                    new AdjustmentRequest(101, 10, MARCH, -2, new BigDecimal("8.40")),
                    new AdjustmentRequest(101, 20, MARCH, 3, new BigDecimal("15.00")));
        }

        @Test
        void anApplyThatReadEveryCustomerKeepsWhatKasperskyReportedForTheServicesWarnings() {
            Harness h = standard(2);

            h.preview();
            assertThat(LastUsage.read(h.store, Solution.SECURITY_CENTER)).as("a preview stores nothing").isEmpty();
            h.apply();

            LastUsage last = LastUsage.read(h.store, Solution.SECURITY_CENTER).orElseThrow();
            // standard(2): customer i has i Windows workstations and 1 server of KES, and i + 2 Cloud users.
            assertThat(last.of(KES.id())).isEqualTo(new UsageCounts(3, 2, 0, 0));
            assertThat(last.date()).isEqualTo(MARCH);

            h.usage.unreadable("c2", "virtual server unreachable");
            h.usage.set("c1", KES.id(), new UsageCounts(7, 1, 0, 0));
            h.apply();
            assertThat(LastUsage.read(h.store, Solution.SECURITY_CENTER).orElseThrow().of(KES.id()))
                    .as("a run that could not read every customer leaves the last complete reading")
                    .isEqualTo(new UsageCounts(3, 2, 0, 0));
        }

        @Test
        void previewCreatesAndRecordsNothingAndPlansExactlyWhatApplyThenDoes() {
            // 9 to 2 is a sudden drop: held in both (HeldDropsTest); here every change is to be made.
            Harness h = standard(2).settings(s -> s.holdDrops(false));
            h.autotask.units(101, 10, 9);

            BillingReport preview = h.preview();

            assertThat(h.autotask.adjustments()).isEmpty();
            assertThat(h.store.entries()).isEmpty();
            assertThat(preview.statusMessage()).startsWith("Preview: 4 changes planned");
            assertThat(outcomes(preview)).containsOnlyKeys(LineOutcome.PLANNED);

            BillingReport apply = h.apply();

            assertThat(apply.lines()).hasSameSizeAs(preview.lines());
            for (int i = 0; i < preview.lines().size(); i++) {
                ReportLine planned = preview.lines().get(i);
                ReportLine applied = apply.lines().get(i);
                assertThat(applied.outcome()).isEqualTo(LineOutcome.APPLIED);
                assertThat(List.of(applied.contract(), applied.service(), applied.unitsInForce(), applied.unitsWanted(),
                        applied.unitChange(), applied.unitPrice()))
                        .isEqualTo(List.of(planned.contract(), planned.service(), planned.unitsInForce(), planned.unitsWanted(),
                                planned.unitChange(), planned.unitPrice()));
            }
        }

        @Test
        void theReportNamesTheSourcesOfEveryLine() {
            Harness h = standard(1);

            ReportLine line = line(h.apply(), 101, 10);

            assertThat(line.customer().name()).isEqualTo("Customer c1");
            assertThat(line.company().name()).isEqualTo("Company 1");
            assertThat(line.contract().name()).isEqualTo("Contract 101");
            assertThat(line.service().name()).isEqualTo("Service 10");
            assertThat(line.applications()).containsExactly(KES.name());
            assertThat(line.category()).isEqualTo("All devices");
            assertThat(line.unitChange()).isEqualTo(2);
            assertThat(line.unitPrice()).isEqualByComparingTo("10.00");
        }
    }

    @Nested
    class UsageAndMappingChanges {

        @Test
        void servicesMappedForTheOtherSolutionsApplicationsAreNeitherPlannedNorTouched() {
            // A row kept from when Business Hub was chosen names service 30, which contract 101 carries.
            Harness h = standard(1).settings(s -> s.zeroStale(true).service(Fixtures.HUB_ONLY, 30));
            h.autotask.service(30, "6.00").units(101, 30, 7);
            BilledPairs.read(h.store, Solution.BUSINESS_HUB).update(h.store, List.of(new PairKey(101, 30)), List.of());

            BillingReport report = h.apply();

            assertThat(report.lines()).extracting(l -> l.service().id()).containsExactly("10", "20");
            assertThat(report.problems()).isEmpty();
            assertThat(h.unitsOn(101, 30)).isEqualTo(7);
            assertThat(BilledPairs.read(h.store, Solution.BUSINESS_HUB).pairs()).containsExactly(new PairKey(101, 30));
        }

        @Test
        void usageOfACustomerNoCompaniesRowMapsIsReportedAsUnbilledWhileTheOthersAreBilled() {
            Harness h = standard(1);
            h.usage.set("new-vs", KES.id(), new UsageCounts(4, 1, 2, 0)).customer("empty-vs")
                    .set("not-billed", KES.id(), new UsageCounts(9, 0, 0, 0));
            h.autotask.contract(109, 9, YEAR_START, YEAR_END);
            h.settings(s -> s.customer("not-billed", 9, 109, false));

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
            assertThat(report.lines()).hasSize(2).allMatch(l -> l.outcome() == LineOutcome.APPLIED);
            assertThat(h.autotask.adjustments()).extracting(AdjustmentRequest::contractId).containsOnly(101L);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ProblemKind.UNMAPPED_USAGE);
                assertThat(p.units()).isEqualTo(7);
                assertThat(p.subject()).isEqualTo("Customer new-vs");
                assertThat(p.message()).contains("Customer new-vs (7 devices) has no Autotask company on the Companies panel")
                        .doesNotContain("empty-vs", "not-billed");
            });
            assertThat(h.usage.asked()).as("billing off is someone's decision: not read")
                    .containsExactly("c1", "empty-vs", "new-vs");
        }

        @Test
        void usageFallingToZeroBringsTheServiceToZero() {
            // With holding on, this drop waits for a person (HeldDropsTest).
            Harness h = standard(1).settings(s -> s.holdDrops(false));
            h.apply();
            h.usage.set("c1", KES.id(), UsageCounts.NONE);

            BillingReport report = h.apply();

            assertThat(line(report, 101, 10).unitChange()).isEqualTo(-2);
            assertThat(h.unitsOn(101, 10)).isZero();
            assertThat(h.unitsOn(101, 20)).isEqualTo(3);
        }

        @Test
        void aSharedServiceFollowsTheSumOfItsApplications() {
            Harness h = standard(1).settings(s -> s.service(CLOUD, 10));
            h.apply();
            assertThat(h.unitsOn(101, 10)).isEqualTo(5);

            h.usage.set("c1", CLOUD.id(), UsageCounts.ofUsers(10));
            BillingReport report = h.apply();

            assertThat(line(report, 101, 10).unitChange()).isEqualTo(7);
            assertThat(h.unitsOn(101, 10)).isEqualTo(12);
        }

        @Test
        void turningCategoriesOnMovesDevicesToTheirServicesAndZeroesTheOldOneWhenAsked() {
            Harness h = standard(1).settings(s -> s.zeroStale(true).service(KES, WINDOWS_WORKSTATION, 11)
                    .service(KES, WINDOWS_SERVER, 12).service(KES, NON_WINDOWS, 13));
            h.autotask.service(11, "9.00").service(12, "30.00").service(13, "9.00");
            h.apply();
            assertThat(h.unitsOn(101, 10)).isEqualTo(2);

            h.settings(s -> s.byCategory(true));
            BillingReport on = h.apply();

            assertThat(kinds(on)).containsExactly(ProblemKind.STALE_MAPPING);
            assertThat(h.unitsOn(101, 10)).isZero();
            assertThat(h.unitsOn(101, 11)).isEqualTo(1);
            assertThat(h.unitsOn(101, 12)).isEqualTo(1);

            BillingReport after = h.apply();
            assertThat(after.problems()).isEmpty();
            assertThat(outcomes(after)).containsOnlyKeys(LineOutcome.UNCHANGED);
            assertThat(h.store.entries()).doesNotContainValue("10,20");

            h.settings(s -> s.byCategory(false));
            h.apply();
            assertThat(h.unitsOn(101, 10)).isEqualTo(2);
            assertThat(h.unitsOn(101, 11)).isZero();
            assertThat(h.unitsOn(101, 12)).isZero();
        }

        @Test
        void aMovedMappingIsReportedEveryRunAndLeftAloneWhenZeroingIsOff() {
            Harness h = standard(1);
            h.autotask.service(11, "10.00");
            h.apply();
            h.settings(s -> s.service(KES, 11));

            BillingReport first = h.apply();
            BillingReport second = h.apply();

            for (BillingReport report : List.of(first, second)) {
                Problem stale = report.problems().get(0);
                assertThat(stale.kind()).isEqualTo(ProblemKind.STALE_MAPPING);
                assertThat(stale.units()).isEqualTo(2);
                assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
            }
            assertThat(h.unitsOn(101, 10)).isEqualTo(2);
            assertThat(h.unitsOn(101, 11)).isEqualTo(2);
        }

        @Test
        void aCustomerMovedToAnotherContractLeavesNoUnitsBehindWhenZeroingIsOn() {
            Harness h = standard(1).settings(s -> s.zeroStale(true));
            h.apply();
            h.autotask.contract(201, 1, YEAR_START, YEAR_END);
            h.settings(s -> s.customer("c1", 1, 201, true));

            h.apply();

            assertThat(List.of(h.unitsOn(101, 10), h.unitsOn(101, 20), h.unitsOn(201, 10), h.unitsOn(201, 20)))
                    .containsExactly(0, 0, 2, 3);
        }
    }

    @Nested
    class OneContractsFailureStaysOnItsLines {

        @Test
        void anExpiredContractIsReportedWhileTheOthersApply() {
            Harness h = standard(3);
            h.autotask.contract(new ContractFacts(102, 2, "2024", true, true, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

            BillingReport report = h.apply();

            assertThat(kinds(report)).containsExactly(ProblemKind.NO_CONTRACT);
            assertThat(report.problems().get(0).units()).isEqualTo(7);
            assertThat(report.lines()).hasSize(4).allMatch(l -> l.outcome() == LineOutcome.APPLIED);
            assertThat(h.unitsOn(103, 10)).isEqualTo(4);
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
        }

        @Test
        void aCustomerWhoseUsageCannotBeReadKeepsItsUnitsWhileTheOthersApply() {
            Harness h = standard(3);
            h.apply();
            h.usage.set("c2", KES.id(), UsageCounts.NONE).set("c2", CLOUD.id(), UsageCounts.NONE)
                    .unreadable("c2", "virtual server 'c2' refused its session");
            int before = h.unitsOn(102, 10);

            BillingReport report = h.apply();

            assertThat(h.unitsOn(102, 10)).as("unknown usage is not zero usage").isEqualTo(before);
            assertThat(kinds(report)).containsExactly(ProblemKind.SOURCE_UNAVAILABLE);
            assertThat(report.problems().get(0).message()).contains("c2", "refused its session", "next run");
            assertThat(report.lines()).noneMatch(l -> l.contract().id().equals("102"));
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
        }

        @Test
        void aRefusedAdjustmentFailsItsLineWithAutotasksMessageAndTheOthersGoOn() {
            Harness h = standard(3);
            h.autotask.createFaults(r -> r.contractId() == 102 && r.serviceId() == 20 ? FakeAutotask.Fault.REFUSE : FakeAutotask.Fault.NONE);

            BillingReport report = h.apply();

            ReportLine refused = line(report, 102, 20);
            assertThat(refused.outcome()).isEqualTo(LineOutcome.FAILED);
            assertThat(refused.message()).contains("The contract is locked for invoicing.");
            assertThat(report.lines(LineOutcome.APPLIED)).hasSize(5);
            assertThat(kinds(report)).containsExactly(ProblemKind.ADJUSTMENT_REFUSED);
            assertThat(report.problems().get(0).message()).contains("The contract is locked for invoicing.");
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
        }

        @Test
        void aReadThatFailsAffectsOnlyItsBatchOfContracts() {
            Harness h = standard(501);
            h.autotask.unitReadFails(ids -> ids.contains(101L));

            BillingReport report = h.apply();

            assertThat(report.lines()).hasSize(2).allMatch(l -> l.outcome() == LineOutcome.APPLIED);
            assertThat(line(report, 601, 10).unitsWanted()).isEqualTo(502);
            assertThat(kinds(report)).containsExactly(ProblemKind.SOURCE_UNAVAILABLE);
            assertThat(report.problems().get(0).subject()).isEqualTo("500 contracts");
            assertThat(report.problems().get(0).message()).contains("Customer c1 (contract 101)", "and 480 more",
                    "ContractServiceUnits query");
            assertThat(h.autotask.adjustments()).hasSize(2);
        }

        @Test
        void autotaskUnusableBeforeAnyChangeFailsTheRunAndFreesIt() {
            Harness h = standard(2);
            h.autotask.unavailable(true);

            assertThatThrownBy(h::apply).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageContaining("nothing was billed").hasMessageContaining("refused the connection");
            assertThat(h.autotask.adjustments()).isEmpty();
            assertThat(h.store.entries()).isEmpty();

            h.autotask.healthy();
            assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
        }

        @Test
        void kasperskyUnreachableFailsTheRunBeforeAnythingIsReadFromAutotask() {
            Harness h = standard(2);
            h.usage.unavailable(true);

            assertThatThrownBy(h::apply).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageContaining("did not answer");
            assertThat(h.autotask.requests()).isZero();
            assertThat(h.store.entries()).isEmpty();
        }

        @Test
        void autotaskLostDuringCreatesStopsTheRunAndTheNextOneFinishes() {
            Harness h = standard(5);
            h.autotask.createFaults(r -> r.contractId() == 103 ? FakeAutotask.Fault.UNAVAILABLE : FakeAutotask.Fault.NONE);
            // Creates start while usage is still read (EarlyCreates), so the order in which customers
            // come in decides which contracts are created before Autotask is lost. Fixed here: c3 comes
            // in once contracts 101 and 102 are made, c4 and c5 once 103's create was tried.
            CountDownLatch firstTwoContractsMade = new CountDownLatch(4);
            CountDownLatch contract103Tried = new CountDownLatch(1);
            h.autotask.onCreate(request -> {
                if (request.contractId() == 103) {
                    contract103Tried.countDown();
                } else {
                    firstTwoContractsMade.countDown();
                }
            });
            h.usage.hold("c3", firstTwoContractsMade).hold("c4", contract103Tried).hold("c5", contract103Tried);

            BillingReport report = h.apply();

            assertThat(h.usage.holdsInVain()).as("every customer came in when its gate opened").isZero();
            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(kinds(report)).containsExactly(ProblemKind.SOURCE_UNAVAILABLE);
            assertThat(report.lines(LineOutcome.APPLIED)).extracting(l -> l.contract().id()).containsOnly("101", "102").hasSize(4);
            assertThat(line(report, 103, 10).outcome()).isEqualTo(LineOutcome.DEFERRED);
            assertThat(line(report, 105, 20).outcome()).isEqualTo(LineOutcome.DEFERRED);
            assertThat(outcomes(report)).containsEntry(LineOutcome.DEFERRED, 6L);
            assertThat(h.autotask.adjustments()).hasSize(4);

            h.autotask.healthy();
            h.apply();
            assertThat(h.autotask.adjustments()).hasSize(10);
            assertThat(h.unitsOn(105, 20)).isEqualTo(7);
        }
    }
}
