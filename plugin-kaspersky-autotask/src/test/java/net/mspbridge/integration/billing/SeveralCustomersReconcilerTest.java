package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.ReconcilerTest.billedToContract100;
import static net.mspbridge.integration.kaspersky.DeviceCategory.NON_WINDOWS;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_SERVER;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import net.mspbridge.api.billing.Ref;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * Several Kaspersky customers billed on one Autotask contract: each service's units are the sum
 * over the customers with billing on, and only they.
 */
class SeveralCustomersReconcilerTest {

    private static final UsageCounts FIVE_TWO_ONE = new UsageCounts(5, 2, 1, 0);

    /** Contract 100 of company 1 billed for customers "a" and "b", KES on service 10. */
    static World shared() {
        return billedToContract100().settings(s -> s.service(KES, 10).customer("b", 1, 100, true));
    }

    static Stream<ReconcilerTest.Case> cases() {
        return Stream.of(
                ReconcilerTest.Case.of("the units wanted are the sum over the customers",
                        shared().usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(3, 1, 0, 0)),
                        List.of("100/10 0->12 CREATE @10.00"), List.of()),
                ReconcilerTest.Case.of("usage moving from one customer to the other changes nothing",
                        shared().units(100, 10, 12).usage("a", KES, new UsageCounts(1, 0, 0, 0))
                                .usage("b", KES, new UsageCounts(9, 1, 1, 0)),
                        List.of("100/10 12->12 UNCHANGED @10.00"), List.of()),
                ReconcilerTest.Case.of("billing off on one customer excludes only that customer",
                        shared().settings(s -> s.customer("b", 1, 100, false)).units(100, 10, 12)
                                .usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(3, 1, 0, 0)),
                        List.of("100/10 12->8 CREATE @10.00"), List.of()),
                ReconcilerTest.Case.of("billing off on one customer does not keep stale units of the contract from going to zero",
                        shared().settings(s -> s.customer("b", 1, 100, false).zeroStale(true)).units(100, 11, 5)
                                .billed(100, 11).usage("a", KES, FIVE_TWO_ONE),
                        List.of("100/10 0->8 CREATE @10.00", "100/11 5->0 CREATE @10.00"), List.of("STALE_MAPPING 5")),
                ReconcilerTest.Case.of("billing off on every customer of the contract still leaves its stale units alone",
                        shared().settings(s -> s.customer("a", 1, 100, false).customer("b", 1, 100, false).zeroStale(true))
                                .units(100, 11, 5).billed(100, 11).usage("a", KES, FIVE_TWO_ONE),
                        List.of(), List.of()),
                ReconcilerTest.Case.of("one customer with no usage known leaves the contract alone, naming the other",
                        shared().units(100, 10, 6).usage("a", KES, new UsageCounts(2, 0, 0, 0)),
                        List.of(), List.of("OTHER 0"))
                        .saying("contract 100 was left as it is, with the usage of Customer a, billed to the same contract"),
                ReconcilerTest.Case.of("a contract that could not be read names every customer billed to it",
                        shared().unreadable(100, "Autotask answered 500.").usage("a", KES, FIVE_TWO_ONE)
                                .usage("b", KES, FIVE_TWO_ONE),
                        List.of(), List.of("SOURCE_UNAVAILABLE 0"))
                        .saying("Customer a, Customer b (contract 100)"),
                ReconcilerTest.Case.of("a customer whose company does not own the contract is not billed; the others are",
                        shared().settings(s -> s.customer("b", 2, 100, true)).usage("a", KES, FIVE_TWO_ONE)
                                .usage("b", KES, new UsageCounts(3, 0, 0, 0)),
                        List.of("100/10 0->8 CREATE @10.00"), List.of("NO_CONTRACT 3")).saying("mapped for Customer b"),
                ReconcilerTest.Case.of("a customer moved to another contract: the old one is billed for the customer left on it",
                        shared().contract(200, 1).settings(s -> s.customer("b", 1, 200, true)).units(100, 10, 12)
                                .billed(100, 10).usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(4, 0, 0, 0)),
                        List.of("100/10 12->8 CREATE @10.00", "200/10 0->4 CREATE @10.00"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plans(ReconcilerTest.Case row) {
        row.check();
    }

    @Test
    void eachLineNamesEveryCustomerWithItsShareAddingUpToTheUnitsWanted() {
        Plan plan = shared().settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 10)
                        .service(KES, WINDOWS_SERVER, 11).service(KES, NON_WINDOWS, 11))
                .usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(3, 0, 0, 0)).plan();

        assertThat(plan.lines()).extracting(l -> l.pair().serviceId() + ": " + l.shares().stream()
                        .map(share -> share.customer().id() + "/" + share.customer().name() + "=" + share.units()).toList())
                .containsExactly("10: [a/Customer a=5, b/Customer b=3]", "11: [a/Customer a=3, b/Customer b=0]");
        assertThat(plan.lines().get(0).customer()).isEqualTo(new Ref("a,b", "Customer a, Customer b"));
        assertThat(plan.lines().get(0).message()).isEqualTo("Customer a: Kaspersky Endpoint Security for Windows / "
                + "Windows workstations: 5; Customer b: Kaspersky Endpoint Security for Windows / Windows workstations: 3");
    }

    @Test
    void aLineOfOneCustomerHasItsOneShareAndAStaleLineNone() {
        Plan plan = billedToContract100().settings(s -> s.service(KES, 10).zeroStale(true)).units(100, 11, 2)
                .billed(100, 11).usage("a", KES, FIVE_TWO_ONE).plan();

        assertThat(plan.lines()).extracting(l -> l.pair().serviceId() + ": " + l.shares())
                .containsExactly("10: [CustomerShare[customer=Ref[id=a, name=Customer a], units=8]]", "11: []");
    }
}
