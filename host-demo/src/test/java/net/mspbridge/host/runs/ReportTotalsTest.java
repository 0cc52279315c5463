package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Issue 16: a report's money, line by line and added up per contract and for the run. */
class ReportTotalsTest {

    private static final Ref CONTOSO = Ref.of(5001, "Contoso Managed Security");
    private static final Ref FABRIKAM = Ref.of(5002, "Fabrikam Managed Security");

    private static ReportLine line(Ref contract, int inForce, int wanted, String price, LineOutcome outcome) {
        return line(contract, inForce, wanted, price, outcome, "USD");
    }

    private static ReportLine line(Ref contract, int inForce, int wanted, String price, LineOutcome outcome,
                                   String currency) {
        return new ReportLine(Ref.of(7, "Contoso"), Ref.of(174, "Contoso Ltd"), contract, Ref.of(10, "EDR"), List.of("KES"),
                "Windows workstations", inForce, wanted, wanted - inForce, new BigDecimal(price), outcome, "", "",
                List.of(), currency);
    }

    private static ReportLine line(Ref contract, int inForce, int wanted, String price, BillingPeriod period) {
        return new ReportLine(Ref.of(7, "Contoso"), Ref.of(174, "Contoso Ltd"), contract, Ref.of(10, "EDR"), List.of("KES"),
                "Windows workstations", inForce, wanted, wanted - inForce, new BigDecimal(price), LineOutcome.PLANNED, "", "",
                List.of(), "USD", period);
    }

    /** The total's money in one currency. */
    private static ReportTotals.Amount in(ReportTotals.Total total, String currency) {
        return total.amounts().stream().filter(a -> a.currency().equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " in " + total));
    }

    private static ReportTotals totals(ReportLine... lines) {
        return ReportTotals.of(new BillingReport("r1", LocalDate.of(2026, 12, 7), RunMode.APPLY, RunStatus.COMPLETED, "",
                List.of(lines), List.of()));
    }

    @Test
    void aLinesAmountChangeIsItsUnitChangeTimesItsUnitPrice() {
        ReportTotals totals = totals(line(CONTOSO, 22, 18, "4.50", LineOutcome.APPLIED),
                line(CONTOSO, 2, 3, "12.125", LineOutcome.APPLIED));

        assertThat(totals.lineAmounts()).containsExactly(new BigDecimal("-18.00"), new BigDecimal("12.125"));
    }

    @Test
    void eachContractAndTheRunAddUpWhatItsLinesAddAndRemove() {
        ReportTotals totals = totals(line(CONTOSO, 22, 18, "4.50", LineOutcome.APPLIED),
                line(FABRIKAM, 0, 2, "12.00", LineOutcome.APPLIED),
                line(CONTOSO, 0, 3, "5.00", LineOutcome.APPLIED));

        assertThat(totals.contracts()).extracting(c -> c.contract().name())
                .containsExactly("Contoso Managed Security", "Fabrikam Managed Security");
        ReportTotals.Total contoso = totals.contracts().get(0).total();
        assertThat(contoso.unitsAdded()).isEqualTo(3);
        assertThat(contoso.unitsRemoved()).isEqualTo(4);
        assertThat(in(contoso, "USD").added()).isEqualByComparingTo("15.00");
        assertThat(in(contoso, "USD").removed()).isEqualByComparingTo("18.00");
        assertThat(contoso.unitsNet()).isEqualTo(-1);
        assertThat(in(contoso, "USD").net()).isEqualByComparingTo("-3.00");
        assertThat(totals.run().unitsAdded()).isEqualTo(5);
        assertThat(in(totals.run(), "USD").added()).isEqualByComparingTo("39.00");
        assertThat(in(totals.run(), "USD").net()).isEqualByComparingTo("21.00");
        assertThat(totals.run().lines()).isEqualTo(3);
    }

    @Test
    void failedDeferredAndUnchangedLinesChangeNothingSoTheyAreNotAddedUp() {
        ReportTotals totals = totals(line(CONTOSO, 0, 4, "4.50", LineOutcome.FAILED),
                line(CONTOSO, 0, 2, "4.50", LineOutcome.DEFERRED),
                line(CONTOSO, 3, 3, "4.50", LineOutcome.UNCHANGED),
                line(CONTOSO, 0, 1, "4.50", LineOutcome.PLANNED));

        assertThat(totals.lineAmounts()).containsExactly(new BigDecimal("18.00"), new BigDecimal("9.00"),
                new BigDecimal("0.00"), new BigDecimal("4.50"));
        assertThat(totals.run().unitsAdded()).isEqualTo(1);
        assertThat(in(totals.run(), "USD").added()).isEqualByComparingTo("4.50");
        assertThat(totals.run().lines()).isEqualTo(1);
        assertThat(totals.contracts().get(0).total()).isEqualTo(totals.run());
    }

    @Test
    void amountsInDifferentCurrenciesAreNeverAddedTogether() {
        ReportTotals totals = totals(line(CONTOSO, 0, 4, "4.50", LineOutcome.APPLIED, "USD"),
                line(FABRIKAM, 0, 2, "12.00", LineOutcome.APPLIED, "EUR"),
                line(FABRIKAM, 3, 1, "5.00", LineOutcome.APPLIED, "EUR"),
                line(CONTOSO, 0, 1, "3.00", LineOutcome.APPLIED, ""));

        assertThat(totals.run().amounts()).extracting(ReportTotals.Amount::currency).containsExactly("USD", "EUR", "");
        assertThat(in(totals.run(), "USD").added()).isEqualByComparingTo("18.00");
        assertThat(in(totals.run(), "EUR").added()).isEqualByComparingTo("24.00");
        assertThat(in(totals.run(), "EUR").removed()).isEqualByComparingTo("10.00");
        assertThat(in(totals.run(), "EUR").net()).isEqualByComparingTo("14.00");
        assertThat(in(totals.run(), "").added()).as("an unknown currency is kept apart too").isEqualByComparingTo("3.00");
        assertThat(totals.run().unitsNet()).isEqualTo(5);
        assertThat(totals.contracts().get(1).total().amounts()).extracting(ReportTotals.Amount::currency)
                .containsExactly("EUR");
    }

    @Test
    void aYearlyAmountIsNeverAddedIntoAMonthlyOneNorConverted() {
        ReportTotals totals = totals(line(CONTOSO, 0, 21, "4.50", BillingPeriod.MONTHLY),
                line(CONTOSO, 0, 21, "48.00", BillingPeriod.YEARLY),
                line(FABRIKAM, 0, 10, "4.50", BillingPeriod.MONTHLY),
                line(FABRIKAM, 3, 1, "48.00", BillingPeriod.YEARLY));

        assertThat(totals.run().amounts()).extracting(ReportTotals.Amount::currency, ReportTotals.Amount::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("USD", BillingPeriod.MONTHLY),
                        org.assertj.core.groups.Tuple.tuple("USD", BillingPeriod.YEARLY));
        assertThat(totals.run().amounts().get(0).added()).isEqualByComparingTo("139.50");
        assertThat(totals.run().amounts().get(1).added()).isEqualByComparingTo("1008.00");
        assertThat(totals.run().amounts().get(1).removed()).isEqualByComparingTo("96.00");
        assertThat(totals.contracts().get(0).total().amounts()).extracting(ReportTotals.Amount::period)
                .containsExactly(BillingPeriod.MONTHLY, BillingPeriod.YEARLY);
    }

    @Test
    void aLineOfAnUnknownPeriodIsTotalledApartNeverAsMonthly() {
        ReportTotals totals = totals(line(CONTOSO, 0, 2, "4.50", BillingPeriod.MONTHLY),
                line(CONTOSO, 0, 1, "3.00", LineOutcome.PLANNED));

        assertThat(totals.run().amounts()).extracting(ReportTotals.Amount::period)
                .containsExactly(BillingPeriod.MONTHLY, BillingPeriod.UNKNOWN);
        assertThat(totals.run().amounts().get(0).added()).isEqualByComparingTo("9.00");
        assertThat(totals.run().amounts().get(1).added()).isEqualByComparingTo("3.00");
    }
}
