package net.mspbridge.api.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 1.1's shares, 1.3's currency and 1.4's period on a report line: additive, and consistent with the units wanted. */
class ReportLineTest {

    private static final Ref CONTOSO_HQ = new Ref("7", "Contoso HQ");
    private static final Ref CONTOSO_LAB = new Ref("9", "Contoso Lab");

    private static ReportLine line(int wanted, List<CustomerShare> shares) {
        return new ReportLine(new Ref("7,9", "Contoso HQ, Contoso Lab"), Ref.of(174, "Contoso"), Ref.of(5001, "Managed"),
                Ref.of(10, "Workstations"), List.of("KES"), "All devices", 4, wanted, wanted - 4, BigDecimal.TEN,
                LineOutcome.PLANNED, "", "", shares);
    }

    @Test
    void theOneZeroConstructorStillWorksAndSaysNoShares() {
        ReportLine old = new ReportLine(CONTOSO_HQ, Ref.of(174, "Contoso"), Ref.of(5001, "Managed"), Ref.of(10, "Workstations"),
                List.of("KES"), "All devices", 4, 6, 2, BigDecimal.TEN, LineOutcome.PLANNED, "", "");

        assertThat(old.shares()).isEmpty();
    }

    @Test
    void theOneOneConstructorStillWorksAndSaysNoCurrency() {
        ReportLine line = line(6, List.of());

        assertThat(line.currency()).isEmpty();
        assertThat(new ReportLine(CONTOSO_HQ, Ref.of(174, "Contoso"), Ref.of(5001, "Managed"), Ref.of(10, "Workstations"),
                List.of("KES"), "All devices", 4, 6, 2, BigDecimal.TEN, LineOutcome.PLANNED, "", "").currency()).isEmpty();
    }

    @Test
    void aLineSaysTheCurrencyOfItsAmount() {
        ReportLine line = new ReportLine(CONTOSO_HQ, Ref.of(176, "Northwind"), Ref.of(5003, "Managed"),
                Ref.of(10, "Workstations"), List.of("KES"), "All devices", 4, 6, 2, BigDecimal.TEN, LineOutcome.PLANNED,
                "", "", List.of(new CustomerShare(CONTOSO_HQ, 6)), "EUR");

        assertThat(line.currency()).isEqualTo("EUR");
    }

    @Test
    void theOneThreeConstructorStillWorksAndSaysThePeriodIsNotKnownNotMonthly() {
        ReportLine older = new ReportLine(CONTOSO_HQ, Ref.of(176, "Northwind"), Ref.of(5003, "Managed"),
                Ref.of(10, "Workstations"), List.of("KES"), "All devices", 4, 6, 2, BigDecimal.TEN, LineOutcome.PLANNED,
                "", "", List.of(), "EUR");

        assertThat(older.period()).isEqualTo(BillingPeriod.UNKNOWN);
        assertThat(line(6, List.of()).period()).isEqualTo(BillingPeriod.UNKNOWN);
    }

    @Test
    void aLineSaysThePeriodOfItsPriceAndARecordWithoutOneIsRefused() {
        ReportLine yearly = new ReportLine(CONTOSO_HQ, Ref.of(176, "Northwind"), Ref.of(5003, "Managed"),
                Ref.of(11, "Workstations (annual)"), List.of("KES"), "All devices", 0, 21, 21, new BigDecimal("48.00"),
                LineOutcome.PLANNED, "", "", List.of(), "USD", BillingPeriod.YEARLY);

        assertThat(yearly.period()).isEqualTo(BillingPeriod.YEARLY);
        assertThatThrownBy(() -> new ReportLine(CONTOSO_HQ, Ref.of(176, "Northwind"), Ref.of(5003, "Managed"),
                Ref.of(11, "Workstations (annual)"), List.of("KES"), "All devices", 0, 21, 21, new BigDecimal("48.00"),
                LineOutcome.PLANNED, "", "", List.of(), "USD", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sharesAddingUpToTheUnitsWantedAreKeptInOrder() {
        ReportLine line = line(15, List.of(new CustomerShare(CONTOSO_HQ, 12), new CustomerShare(CONTOSO_LAB, 3)));

        assertThat(line.shares()).extracting(CustomerShare::units).containsExactly(12, 3);
    }

    @Test
    void sharesThatDoNotAddUpToTheUnitsWantedAreRefused() {
        assertThatThrownBy(() -> line(16, List.of(new CustomerShare(CONTOSO_HQ, 12), new CustomerShare(CONTOSO_LAB, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up to the 16 units wanted");
        assertThatThrownBy(() -> new CustomerShare(CONTOSO_LAB, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
