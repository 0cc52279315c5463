package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;

/**
 * A report line says the period its price is charged for: the service's ({@code Services.periodType}),
 * so that a host never adds a yearly amount into a monthly total. A contract's own price for the
 * service is charged on the same period.
 */
class LinePeriodTest {

    @Test
    void eachLineCarriesThePeriodOfItsService() {
        Harness h = standard(2);
        h.autotask.service(10, "10.00", BillingPeriod.MONTHLY).service(20, "48.00", BillingPeriod.YEARLY)
                .contractPrice(102, 20, "45.00");

        BillingReport report = h.preview();

        assertThat(line(report, 101, 10).period()).isEqualTo(BillingPeriod.MONTHLY);
        assertThat(line(report, 101, 20).period()).isEqualTo(BillingPeriod.YEARLY);
        assertThat(line(report, 102, 20).period()).as("the contract's own price, on the service's period")
                .isEqualTo(BillingPeriod.YEARLY);
        assertThat(line(report, 102, 20).unitPrice()).isEqualByComparingTo("45.00");
        assertThat(line(report, 101, 20).outcome()).isEqualTo(LineOutcome.PLANNED);
    }

    @Test
    void anApplySaysThePeriodToo() {
        Harness h = standard(1);
        h.autotask.service(20, "48.00", BillingPeriod.QUARTERLY);

        BillingReport report = h.apply();

        assertThat(line(report, 101, 20).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(line(report, 101, 20).period()).isEqualTo(BillingPeriod.QUARTERLY);
    }

    @Test
    void aServiceWhosePeriodAutotaskDoesNotGiveIsUnknownNotMonthly() {
        Harness h = standard(1);

        BillingReport report = h.preview();

        assertThat(line(report, 101, 10).period()).isEqualTo(BillingPeriod.UNKNOWN);
    }

    @Test
    void labelsAreReadByTheirLettersAndAnUnknownOneIsNeverMonthly() {
        assertThat(PeriodLabels.of("Monthly")).isEqualTo(BillingPeriod.MONTHLY);
        assertThat(PeriodLabels.of("Quarterly")).isEqualTo(BillingPeriod.QUARTERLY);
        assertThat(PeriodLabels.of("Semi-Annual")).isEqualTo(BillingPeriod.SEMI_ANNUAL);
        assertThat(PeriodLabels.of("Yearly")).isEqualTo(BillingPeriod.YEARLY);
        assertThat(PeriodLabels.of("yearly ")).isEqualTo(BillingPeriod.YEARLY);
        assertThat(PeriodLabels.of("5")).isEqualTo(BillingPeriod.UNKNOWN);
        assertThat(PeriodLabels.of("")).isEqualTo(BillingPeriod.UNKNOWN);
        assertThat(PeriodLabels.of(null)).isEqualTo(BillingPeriod.UNKNOWN);
    }
}
