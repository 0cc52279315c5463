package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.kinds;
import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.outcomes;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.LOST_AFTER;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.LOST_BEFORE;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.NONE;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.SERVER_ERROR_AFTER;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.SERVER_ERROR_REFUSE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunStatus;

/**
 * A create Autotask answers with HTTP 500 and its messages: a validation refusal (nothing saved) or
 * its own fault, which may come after the change was saved. The run settles it like a lost answer,
 * by reading the pair's units again in the same run, and its line says what really happened.
 */
class ServerErrorOnCreateTest {

    private static long adjustmentsOf(Harness h, long contractId, long serviceId) {
        return h.autotask.adjustments().stream().filter(a -> a.contractId() == contractId && a.serviceId() == serviceId).count();
    }

    @Test
    void a500AfterAutotaskSavedTheChangeIsAppliedWithoutAProblemAndNeverSentAgain() {
        Harness h = standard(2);
        h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? SERVER_ERROR_AFTER : NONE);

        BillingReport report = h.apply();

        ReportLine line = line(report, 101, 10);
        assertThat(line.outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(line.reference()).isEmpty();
        assertThat(line.message()).contains("Autotask answered HTTP 500 (" + FakeAutotask.UNEXPECTED_ERROR + ")")
                .contains("change in force (2 units)");
        assertThat(report.problems()).isEmpty();
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.autotask.createCalls()).isEqualTo(4);

        h.autotask.healthy();
        assertThat(outcomes(h.apply())).containsOnlyKeys(LineOutcome.UNCHANGED);
        assertThat(adjustmentsOf(h, 101, 10)).isEqualTo(1);
        RunSafetyTest.assertConverged(h, 2);
    }

    @Test
    void a500WithNothingSavedIsARefusalQuotingAutotaskAndTheNextRunMakesTheChange() {
        Harness h = standard(2);
        h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? SERVER_ERROR_REFUSE : NONE);

        BillingReport report = h.apply();

        ReportLine line = line(report, 101, 10);
        assertThat(line.outcome()).isEqualTo(LineOutcome.FAILED);
        assertThat(line.message()).startsWith("Autotask refused +2 units of service 10 on contract 101 from ")
                .contains("The contract is locked for invoicing.").contains("it was not made: still 0 units");
        assertThat(kinds(report)).containsExactly(ProblemKind.ADJUSTMENT_REFUSED);
        assertThat(report.problems().get(0).message()).contains("The contract is locked for invoicing.")
                .contains("Fix the cause in Autotask");
        assertThat(h.unitsOn(101, 10)).isZero();

        h.autotask.healthy();
        BillingReport next = h.apply();

        assertThat(line(next, 101, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(next.lines(LineOutcome.APPLIED)).hasSize(1);
        RunSafetyTest.assertConverged(h, 2);
    }

    @Test
    void serverErrorsAndLostAnswersAreSettledByOneBatchedReadOfTheirUnits() {
        Harness h = standard(3);
        h.autotask.createFaults(r -> {
            if (r.contractId() == 101 && r.serviceId() == 10) {
                return SERVER_ERROR_AFTER;
            } else if (r.contractId() == 102 && r.serviceId() == 20) {
                return SERVER_ERROR_REFUSE;
            } else if (r.contractId() == 103 && r.serviceId() == 10) {
                return LOST_AFTER;
            } else if (r.contractId() == 103 && r.serviceId() == 20) {
                return LOST_BEFORE;
            }
            return NONE;
        });

        BillingReport report = h.apply();

        // One read of the units for the plan, one for all four creates whose outcome was unknown.
        assertThat(h.autotask.invocations("serviceUnits")).isEqualTo(2);
        assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(line(report, 102, 20).outcome()).isEqualTo(LineOutcome.FAILED);
        assertThat(line(report, 103, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(line(report, 103, 20).outcome()).isEqualTo(LineOutcome.DEFERRED);
        assertThat(kinds(report)).containsExactly(ProblemKind.ADJUSTMENT_REFUSED);
    }

    @Test
    void a500WhoseUnitsCannotBeReadAgainFailsWithWhatToCheckNotAsARefusal() {
        Harness h = standard(2);
        h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? SERVER_ERROR_AFTER : NONE)
                .onCreate(r -> h.autotask.unitReadFails(ids -> true));

        BillingReport report = h.apply();

        ReportLine line = line(report, 101, 10);
        assertThat(line.outcome()).isEqualTo(LineOutcome.FAILED);
        assertThat(line.message()).startsWith("Autotask answered HTTP 500 (")
                .contains("the units could not be read again")
                .contains("check in Autotask whether an adjustment of +2 units dated");
        assertThat(kinds(report)).containsExactly(ProblemKind.OTHER);

        h.autotask.healthy();
        h.apply();
        assertThat(adjustmentsOf(h, 101, 10)).isEqualTo(1);
        RunSafetyTest.assertConverged(h, 2);
    }
}
