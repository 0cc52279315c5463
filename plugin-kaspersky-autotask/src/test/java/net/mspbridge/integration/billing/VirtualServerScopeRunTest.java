package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * With a virtual server scope set (Connection panel), the customers outside it are not read by choice:
 * the report lists them as not read, without a problem or advice to remove their rows, and the one
 * contract they share with a customer in the scope is left as it is with one problem naming both. As the
 * demo: Contoso (12) and Woodgrove Bank (17) share contract 101; Fabrikam (13) has 103; Northwind (14)
 * is mapped with billing off.
 */
class VirtualServerScopeRunTest {

    private static Harness demo(String woodgroveContract) {
        Harness h = new Harness().settings(s -> s.service(KES, 10).customer("12", 1, 101, true)
                .customer("17", 1, Long.parseLong(woodgroveContract), true).customer("13", 3, 103, true)
                .customer("14", 4, 104, false));
        h.autotask.service(10, "10.00").contract(101, 1, YEAR_START, YEAR_END).contract(102, 1, YEAR_START, YEAR_END)
                .contract(103, 3, YEAR_START, YEAR_END).contract(104, 4, YEAR_START, YEAR_END);
        h.usage.named("12", "Contoso").named("13", "Fabrikam").named("14", "Northwind").named("17", "Woodgrove Bank")
                .set("12", KES.id(), new UsageCounts(5, 0, 0, 0)).set("13", KES.id(), new UsageCounts(4, 0, 0, 0))
                .set("17", KES.id(), new UsageCounts(3, 0, 0, 0))
                .scope("Contoso", "13", "14", "17");
        return h;
    }

    @Test
    void customersOutsideTheScopeAreListedAsNotReadAndOnlyTheSharedContractIsAProblem() {
        Harness h = demo("101");

        BillingReport report = h.preview();

        assertThat(report.lines()).isEmpty();
        assertThat(report.problems()).extracting(Problem::message).containsExactly("Contoso's contract 'Contract 101' "
                + "(101) is shared with Woodgrove Bank, which is outside the virtual server scope 'Contoso' (Connection "
                + "panel): it was left as it is, since billing it from Contoso's usage alone would take Woodgrove Bank's "
                + "units off it. Widen the scope (or clear it, to read every virtual server), or map Woodgrove Bank to a "
                + "contract of its own on the Companies panel.");
        assertThat(report.notCounted()).filteredOn(NotCounted::devicesUnknown)
                .extracting(n -> n.customer().name() + ": " + n.reason())
                .containsExactly("Fabrikam: outside the virtual server scope (Connection panel)",
                        "Northwind: outside the virtual server scope (Connection panel)",
                        "Woodgrove Bank: outside the virtual server scope (Connection panel)");
        assertThat(h.usage.asked()).containsExactly("12");
    }

    @Test
    void aCustomerInTheScopeWithAContractOfItsOwnIsBilledAndNothingIsAProblem() {
        Harness h = demo("102");

        BillingReport report = h.apply();

        assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(h.unitsOn(101, 10)).isEqualTo(5);
        assertThat(report.problems()).isEmpty();
        assertThat(h.unitsOn(102, 10)).as("Woodgrove's contract is left as it is").isZero();
        assertThat(h.unitsOn(103, 10)).isZero();
    }
}
