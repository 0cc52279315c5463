package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * A drop of a shared contract whose cause is a customer that left it (billing switched off, or mapped to
 * another contract) names that customer, and is not put on the customers still billed there, whose usage
 * did not change. Whole runs against the fake Autotask, as the demo's Contoso and Woodgrove Bank.
 */
class DropCausesTest {

    private static final String CONTOSO = "12";
    private static final String WOODGROVE = "17";

    /** Contoso (18 workstations) and Woodgrove Bank (3) share contract 101; billed once: 21 units of KES. */
    private static Harness sharedAndBilled() {
        Harness h = new Harness().settings(s -> s.service(KES, 10)
                .customer(CONTOSO, 1, 101, true).customer(WOODGROVE, 1, 101, true));
        h.autotask.service(10, "10.00").contract(101, 1, YEAR_START, YEAR_END).contract(102, 1, YEAR_START, YEAR_END);
        h.usage.named(CONTOSO, "Contoso").named(WOODGROVE, "Woodgrove Bank")
                .set(CONTOSO, KES.id(), new UsageCounts(18, 0, 0, 0)).set(WOODGROVE, KES.id(), new UsageCounts(3, 0, 0, 0));
        h.apply();
        assertThat(h.unitsOn(101, 10)).isEqualTo(21);
        return h;
    }

    private static String heldMessage(BillingReport report) {
        ReportLine held = line(report, 101, 10);
        assertThat(held.outcome()).isEqualTo(LineOutcome.HELD);
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(held.message()));
        return held.message();
    }

    @Test
    void aHeldDropAfterBillingIsSwitchedOffNamesThatCustomerFirstAndNotTheOneStillBilled() {
        Harness h = sharedAndBilled().settings(s -> s.customer(CONTOSO, 1, 101, false));

        String message = heldMessage(h.preview());

        assertThat(message).startsWith("Held, not sent: a drop of 18 units (from 21 to 3) on ")
                .contains(". Contoso had billable usage on this contract at the last apply and its billing is off now "
                        + "(Companies panel), so its units are no longer billed here: the 3 units wanted now count the "
                        + "usage of Woodgrove Bank (17) only. It is held because it would lose more than 50 % of its units")
                .contains("switch that customer's billing on again or map it back to this contract")
                .doesNotContain("for Woodgrove Bank", "Likely causes");
    }

    @Test
    void theCauseIsStillNamedOnTheNextRunsWhileTheDropIsHeldAndForgottenOnceItIsMade() {
        Harness h = sharedAndBilled().settings(s -> s.customer(CONTOSO, 1, 101, false));
        h.apply();

        BillingReport second = h.apply();

        assertThat(heldMessage(second)).contains("Contoso had billable usage on this contract at the last apply");
        assertThat(h.store.list(CustomersWithUsage.prefix(Solution.SECURITY_CENTER)))
                .containsEntry("billing.had-usage." + CONTOSO, "on:101");
        assertThat(h.unitsOn(101, 10)).isEqualTo(21);

        h.confirmHeld(second, "admin");
        ReportLine made = line(h.apply(), 101, 10);

        assertThat(made.outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(h.unitsOn(101, 10)).isEqualTo(3);
        assertThat(h.store.list(CustomersWithUsage.prefix(Solution.SECURITY_CENTER)))
                .containsOnlyKeys("billing.had-usage." + WOODGROVE);
        assertThat(line(h.apply(), 101, 10).outcome()).isEqualTo(LineOutcome.UNCHANGED);
    }

    @Test
    void aCustomerMappedToAnotherContractIsNamedAsTheCauseOfItsOldContractsDrop() {
        Harness h = sharedAndBilled().settings(s -> s.customer(CONTOSO, 1, 102, true));

        BillingReport report = h.preview();

        assertThat(line(report, 101, 10).message()).contains("Contoso had billable usage on this contract at the last "
                + "apply and is mapped to another contract now, so its units are no longer billed here");
        assertThat(line(report, 102, 10).outcome()).as("its new contract bills it").isEqualTo(LineOutcome.PLANNED);
        assertThat(line(report, 102, 10).message()).doesNotContain("had billable usage");
    }

    @Test
    void aDropSmallEnoughToBeMadeSaysOnItsLineWhoLeft() {
        Harness h = sharedAndBilled();
        h.usage.set(CONTOSO, KES.id(), new UsageCounts(2, 0, 0, 0)).set(WOODGROVE, KES.id(), new UsageCounts(18, 0, 0, 0));
        h.apply();
        h.settings(s -> s.customer(CONTOSO, 1, 101, false));

        ReportLine made = line(h.apply(), 101, 10);

        assertThat(made.outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(made.message()).isEqualTo("Contoso had billable usage on this contract at the last apply and its "
                + "billing is off now (Companies panel), so its units are no longer billed here: the 18 units wanted now "
                + "count the usage of Woodgrove Bank (17) only.");
        assertThat(h.unitsOn(101, 10)).isEqualTo(18);
    }

    @Test
    void aRecordOfAnOlderVersionStillNamesACustomerSwitchedOffOnItsContract() {
        Harness h = sharedAndBilled();
        h.store.put("billing.had-usage." + CONTOSO, "1");
        h.store.put("billing.had-usage." + WOODGROVE, "1");
        h.settings(s -> s.customer(CONTOSO, 1, 101, false));

        assertThat(heldMessage(h.preview())).contains("Contoso had billable usage on this contract at the last apply and "
                + "its billing is off now");
    }

    @Test
    void aDropToZeroSaysTheCustomersBilledNowUseNoneOfTheService() {
        String note = HeldDrops.departedNote(java.util.List.of(new DropCauses.Departed("Contoso",
                "its billing is off now (Companies panel)")), new net.mspbridge.api.billing.Ref(WOODGROVE, "Woodgrove Bank"), 0);

        assertThat(note).isEqualTo("Contoso had billable usage on this contract at the last apply and its billing is off "
                + "now (Companies panel), so its units are no longer billed here: Woodgrove Bank (17), billed here now, "
                + "uses none of this service.");
    }

    @Test
    void whetherTheDropIsHeldStaysTheRulesToDecide() {
        Harness h = sharedAndBilled().settings(s -> s.customer(CONTOSO, 1, 101, false).holdDrops(false));

        ReportLine made = line(h.apply(), 101, 10);

        assertThat(made.outcome()).isEqualTo(LineOutcome.APPLIED);
        assertThat(made.message()).startsWith("Contoso had billable usage on this contract at the last apply");
        assertThat(h.unitsOn(101, 10)).isEqualTo(3);
    }
}
