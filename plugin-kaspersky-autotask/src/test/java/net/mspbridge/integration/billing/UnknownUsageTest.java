package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.integration.kaspersky.UsageCounts;

/** The problems of a customer whose usage is unknown name it by its display name, with its id for the row. */
class UnknownUsageTest {

    /** AdventureWorks (15) and Contoso (12) share contract 101. */
    private static Harness shared() {
        Harness h = new Harness().settings(s -> s.service(KES, 10).customer("12", 1, 101, true).customer("15", 1, 101, true));
        h.autotask.service(10, "10.00").contract(101, 1, YEAR_START, YEAR_END);
        h.usage.named("12", "Contoso").named("15", "AdventureWorks").set("12", KES.id(), new UsageCounts(4, 0, 0, 0));
        return h;
    }

    @Test
    void aCustomerWhoseUsageCouldNotBeReadIsNamedWithItsIdInBrackets() {
        Harness h = shared();
        h.usage.unreadable("15", "the server answered 500");

        Problem problem = h.preview().problems().get(0);

        assertThat(problem.message()).isEqualTo("The usage of AdventureWorks (15) could not be read (the server answered "
                + "500), so its contract 101 was left as it is, with the usage of Contoso, billed to the same contract; "
                + "the next run reads it again.");
    }

    @Test
    void aCustomerTheSourceNoLongerListsHasNoNameSoItsIdIsSaid() {
        Harness h = shared().settings(s -> s.customer("13", 1, 101, true));

        assertThat(h.preview().problems()).extracting(Problem::message).contains("Kaspersky customer 13 is mapped for "
                + "billing but the usage source does not know it any more, so its contract 101 was left as it is, with the "
                + "usage of Contoso, AdventureWorks, billed to the same contract: map the customer's new entry on the "
                + "Companies panel, or remove this row.");
    }
}
