package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.MAC;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.UsageCounts;

/** Sudden decreases held until a person confirms them (issue 15), in whole runs against the fake Autotask. */
class HeldDropsTest {

    /** c1 on contract 101: KES (service 10) 1 workstation + 1 server, Cloud Plus (service 20) 3 users; billed once. */
    private static Harness billedOnce() {
        Harness h = standard(1);
        h.apply();
        return h;
    }

    @Nested
    class Held {

        @Test
        void aFallToZeroIsNotSentButHeldWithItsNumbersAndAProblemThatSaysWhy() {
            Harness h = billedOnce();
            int made = h.autotask.adjustments().size();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);

            BillingReport report = h.apply();

            ReportLine held = line(report, 101, 20);
            assertThat(held.outcome()).isEqualTo(LineOutcome.HELD);
            assertThat(List3.of(held.unitsInForce(), held.unitsWanted(), held.unitChange())).containsExactly(3, 0, -3);
            assertThat(h.autotask.adjustments()).hasSize(made);
            assertThat(h.unitsOn(101, 20)).isEqualTo(3);
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
            assertThat(report.statusMessage()).contains("1 held for a person to confirm");
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.units()).isEqualTo(3);
                assertThat(p.message()).contains("Held, not sent", "drop of 3 units (from 3 to 0)", "c1", "Service 20",
                        "more than 50 % of its units", "Likely causes", "confirm it on the Billing page");
            });
        }

        @Test
        void aPreviewHoldsWhatAnApplyWouldHold() {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.ofUsers(1));

            assertThat(line(h.preview(), 101, 20).outcome()).isEqualTo(LineOutcome.HELD);
        }

        @Test
        void theRestOfTheRunGoesOn() {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE).set("c1", KES.id(), new UsageCounts(5, 1, 0, 0));

            BillingReport report = h.apply();

            assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(h.unitsOn(101, 10)).isEqualTo(6);
            assertThat(h.unitsOn(101, 20)).isEqualTo(3);
        }

        @Test
        void increasesAndSmallDecreasesAreNeverHeld() {
            Harness h = standard(1).settings(s -> s.service(MAC, 30));
            h.autotask.service(30, "4.00");
            h.usage.set("c1", MAC.id(), new UsageCounts(10, 0, 0, 0));
            h.apply();
            h.usage.set("c1", MAC.id(), new UsageCounts(6, 0, 0, 0)).set("c1", CLOUD.id(), UsageCounts.ofUsers(30));

            BillingReport report = h.apply();

            assertThat(line(report, 101, 30).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(line(report, 101, 20).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(h.unitsOn(101, 30)).isEqualTo(6);
        }

        @Test
        void aCustomerSilentSinceTheLastApplyHoldsEvenASmallDecreaseOfItsSharedContract() {
            // c1 and c2 both on contract 101: 12 workstations between them; c2 goes silent (1 of 12 lost).
            Harness h = new Harness().settings(s -> s.service(KES, 10)
                    .customer("c1", 1, 101, true).customer("c2", 1, 101, true));
            h.autotask.service(10, "10.00").contract(101, 1, YEAR_START, YEAR_END);
            h.usage.set("c1", KES.id(), new UsageCounts(11, 0, 0, 0)).set("c2", KES.id(), new UsageCounts(1, 0, 0, 0));
            h.apply();
            h.usage.set("c2", KES.id(), UsageCounts.NONE);

            BillingReport report = h.apply();

            assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.HELD);
            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("c2 had billable usage at the last apply and reports none now"));
            // Still silent on the next run: still held, not sent because the record forgot it.
            assertThat(line(h.apply(), 101, 10).outcome()).isEqualTo(LineOutcome.HELD);
            assertThat(h.unitsOn(101, 10)).isEqualTo(12);
        }

        @Test
        void aSilentCustomerStaysHeldAcrossARunThatCouldNotReadItsContract() {
            // Found by SeededFaultsTest (seed 690695929): an apply that could not read the contract forgot
            // the silent customer, and the next apply credited its share of the shared contract.
            Harness h = new Harness().settings(s -> s.service(KES, 10)
                    .customer("c1", 1, 101, true).customer("c2", 1, 101, true));
            h.autotask.service(10, "10.00").contract(101, 1, YEAR_START, YEAR_END);
            h.usage.set("c1", KES.id(), new UsageCounts(11, 0, 0, 0)).set("c2", KES.id(), new UsageCounts(1, 0, 0, 0));
            h.apply();
            h.usage.set("c2", KES.id(), UsageCounts.NONE);
            h.autotask.unitReadFails(ids -> ids.contains(101L));

            BillingReport unread = h.apply();

            assertThat(unread.lines()).isEmpty();
            h.autotask.unitReadFails(ids -> false);
            BillingReport report = h.apply();

            assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.HELD);
            assertThat(h.unitsOn(101, 10)).isEqualTo(12);
        }

        @Test
        void withHoldingOffADropIsMadeAsBefore() {
            Harness h = billedOnce().settings(s -> s.holdDrops(false));
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);

            assertThat(line(h.apply(), 101, 20).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(h.unitsOn(101, 20)).isZero();
        }

        @Test
        void aDropThatComesBackByItselfNeedsNothing() {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);
            h.apply();
            h.usage.set("c1", CLOUD.id(), UsageCounts.ofUsers(3));

            BillingReport report = h.apply();

            assertThat(report.lines(LineOutcome.HELD)).isEmpty();
            assertThat(line(report, 101, 20).outcome()).isEqualTo(LineOutcome.UNCHANGED);
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        }

        @Test
        void aFlappingSourceIssuesNoCreditAtAll() {
            Harness h = billedOnce();
            int made = h.autotask.adjustments().size();
            Random random = new Random(15);
            for (int run = 0; run < 40; run++) {
                boolean silent = random.nextBoolean();
                h.usage.set("c1", KES.id(), silent ? UsageCounts.NONE : new UsageCounts(1, 1, 0, 0))
                        .set("c1", CLOUD.id(), silent ? UsageCounts.NONE : UsageCounts.ofUsers(3));
                if (run % 3 == 0) {
                    h.preview();
                }
                h.apply();
            }
            assertThat(h.autotask.adjustments()).hasSize(made);
            assertThat(h.unitsOn(101, 10)).isEqualTo(2);
            assertThat(h.unitsOn(101, 20)).isEqualTo(3);
        }
    }

    @Nested
    class Confirmed {

        @Test
        void aConfirmedDropIsMadeByTheNextApplyAndOnlyOnce() {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);
            BillingReport held = h.apply();
            int before = h.autotask.adjustments().size();
            h.confirmHeld(held, "admin");

            assertThat(line(h.preview(), 101, 20).outcome()).as("a preview plans it").isEqualTo(LineOutcome.PLANNED);
            BillingReport applied = h.apply();

            assertThat(line(applied, 101, 20).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(line(applied, 101, 20).message()).contains("confirmed by admin");
            assertThat(h.unitsOn(101, 20)).isZero();
            assertThat(h.autotask.adjustments()).hasSize(before + 1);

            // The host passes the same confirmation again: the units are in force, nothing more is made.
            BillingReport again = h.apply();
            assertThat(line(again, 101, 20).outcome()).isEqualTo(LineOutcome.UNCHANGED);
            assertThat(h.autotask.adjustments()).hasSize(before + 1);
        }

        /**
         * Whatever becomes of the create that makes a confirmed drop (answer lost before or after
         * Autotask acted, a 500 before or after it saved, a refusal, Autotask away), runs until one
         * completes make it exactly once, and further runs with the same confirmation make nothing.
         */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(value = FakeAutotask.Fault.class, names = {"LOST_BEFORE", "LOST_AFTER",
                "SERVER_ERROR_REFUSE", "SERVER_ERROR_AFTER", "REFUSE", "UNAVAILABLE", "BUDGET"})
        void aConfirmedDropIsMadeExactlyOnceWhateverBecomesOfItsCreate(FakeAutotask.Fault fault) {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);
            h.confirmHeld(h.apply(), "admin");
            int before = h.autotask.adjustments().size();
            h.autotask.createFaults(r -> r.serviceId() == 20 ? fault : FakeAutotask.Fault.NONE);

            h.apply();
            h.autotask.createFaults(r -> FakeAutotask.Fault.NONE);
            for (int run = 0; run < 3; run++) {
                h.apply();
            }

            assertThat(h.autotask.adjustments()).hasSize(before + 1);
            assertThat(h.unitsOn(101, 20)).isZero();
        }

        @Test
        void aConfirmationCoversExactlyItsDropNotAFurtherOne() {
            Harness h = standard(1).settings(s -> s.service(MAC, 30));
            h.autotask.service(30, "4.00");
            h.usage.set("c1", MAC.id(), new UsageCounts(10, 0, 0, 0));
            h.apply();
            h.usage.set("c1", MAC.id(), new UsageCounts(4, 0, 0, 0));
            h.confirmHeld(h.apply(), "admin");
            h.usage.set("c1", MAC.id(), new UsageCounts(2, 0, 0, 0));

            BillingReport report = h.apply();

            assertThat(line(report, 101, 30).outcome()).isEqualTo(LineOutcome.HELD);
            assertThat(h.unitsOn(101, 30)).isEqualTo(10);
        }

        @Test
        void aHostThatPassesNoConfirmationsSeesTheDropHeldOnEveryRun() {
            Harness h = billedOnce();
            h.usage.set("c1", CLOUD.id(), UsageCounts.NONE);
            for (int run = 0; run < 3; run++) {
                assertThat(line(h.apply(), 101, 20).outcome()).isEqualTo(LineOutcome.HELD);
            }
            assertThat(h.unitsOn(101, 20)).isEqualTo(3);
        }
    }

    /** A list of ints for one assertion. */
    private static final class List3 {
        static java.util.List<Integer> of(int a, int b, int c) {
            return java.util.List.of(a, b, c);
        }
    }
}
