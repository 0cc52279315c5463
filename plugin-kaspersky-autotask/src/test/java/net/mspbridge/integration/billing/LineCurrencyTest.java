package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunStatus;

/**
 * A report line's amount is in the currency of the contract's company, as Autotask gives it
 * ({@code Companies.currencyID} -> {@code Currencies.name}); a company without one says so.
 */
class LineCurrencyTest {

    private static final long EUR = 2;

    @Test
    void eachLineCarriesTheCurrencyOfItsContractsCompany() {
        Harness h = standard(3);
        h.autotask.currency(2, EUR, "EUR").noCurrency(3);

        BillingReport report = h.apply();

        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(line(report, 101, 10).currency()).isEqualTo("USD");
        assertThat(line(report, 101, 20).currency()).isEqualTo("USD");
        assertThat(line(report, 102, 10).currency()).isEqualTo("EUR");
        assertThat(line(report, 102, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(line(report, 103, 10).currency()).as("a company without a currency: no guess").isEmpty();
    }

    @Test
    void aPreviewSaysTheCurrencyToo() {
        Harness h = standard(2);
        h.autotask.currency(2, EUR, "EUR");

        BillingReport report = h.preview();

        assertThat(line(report, 102, 20).currency()).isEqualTo("EUR");
        assertThat(line(report, 102, 20).outcome()).isEqualTo(LineOutcome.PLANNED);
    }

    @Test
    void currenciesAreReadOnceForAllCompaniesWithOneQuery() {
        Harness h = standard(3);
        h.autotask.currency(2, EUR, "EUR").currency(3, EUR, "EUR");

        h.preview();

        assertThat(h.autotask.invocations("currencies")).isEqualTo(1);
    }

    @Test
    void currenciesThatCannotBeReadLeaveAmountsWithoutACurrencyAndSaySo() {
        Harness h = standard(2);
        h.autotask.failCurrencyReads();

        BillingReport report = h.apply();

        assertThat(report.lines()).allMatch(l -> l.currency().isEmpty());
        assertThat(report.lines()).allMatch(l -> l.outcome() == LineOutcome.APPLIED);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SOURCE_UNAVAILABLE);
            assertThat(p.message()).contains("Currencies could not be read").contains("without their currency");
        });
    }
}
