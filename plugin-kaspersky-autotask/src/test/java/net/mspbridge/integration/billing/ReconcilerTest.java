package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.MAC;
import static net.mspbridge.integration.billing.Fixtures.MARCH;
import static net.mspbridge.integration.billing.Fixtures.YEAR_END;
import static net.mspbridge.integration.billing.Fixtures.YEAR_START;
import static net.mspbridge.integration.billing.World.world;
import static net.mspbridge.integration.kaspersky.DeviceCategory.NON_WINDOWS;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_SERVER;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * The reconciliation rules, as tables: each row is a world (settings, usage, Autotask's units) and
 * the plan it must give, as "contract/service in force->wanted DISPOSITION @price" lines and
 * "KIND units" problems, plus a fragment every problem message must hold where it matters.
 */
class ReconcilerTest {

    private static final UsageCounts FIVE_TWO_ONE = new UsageCounts(5, 2, 1, 0);

    /**
     * @param name     what the row shows
     * @param world    the input
     * @param lines    the plan's lines, in order
     * @param problems the plan's problems, in order
     * @param says     a fragment the first problem's message holds ("" for no check)
     */
    record Case(String name, World world, List<String> lines, List<String> problems, String says) {

        static Case of(String name, World world, List<String> lines, List<String> problems) {
            return new Case(name, world, lines, problems, "");
        }

        Case saying(String fragment) {
            return new Case(name, world, lines, problems, fragment);
        }

        @Override
        public String toString() {
            return name;
        }

        void check() {
            Plan plan = world.plan();
            assertThat(World.lines(plan)).as("lines").containsExactlyElementsOf(lines);
            assertThat(World.problems(plan)).as("problems").containsExactlyElementsOf(problems);
            if (!says.isEmpty()) {
                assertThat(plan.problems().get(0).message()).contains(says);
            }
        }
    }

    /** Contract 100 of company 1, billed for customer "a". */
    static World billedToContract100() {
        return world().contract(100, 1).settings(s -> s.customer("a", 1, 100, true));
    }

    @Nested
    class UsageIsSentToServicesByTheServicesTabRules {

        static Stream<Case> cases() {
            return Stream.of(
                    Case.of("toggle off: every category of an application goes to its one service",
                            billedToContract100().settings(s -> s.service(KES, 10)).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 0->8 CREATE @10.00"), List.of()),
                    Case.of("toggle on: each category goes to its own service",
                            billedToContract100().settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 11)
                                    .service(KES, WINDOWS_SERVER, 12).service(KES, NON_WINDOWS, 13)).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/11 0->5 CREATE @10.00", "100/12 0->2 CREATE @10.00", "100/13 0->1 CREATE @10.00"),
                            List.of()),
                    Case.of("toggle on: a category with no service is unmapped usage, with its device count",
                            billedToContract100().settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 11)
                                    .service(KES, WINDOWS_SERVER, 12)).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/11 0->5 CREATE @10.00", "100/12 0->2 CREATE @10.00"),
                            List.of("UNMAPPED_USAGE 1")).saying("1 devices (Non-Windows devices)"),
                    Case.of("toggle on: the application's single service is not billed, even with units on the contract",
                            billedToContract100().settings(s -> s.byCategory(true).service(KES, 10)
                                    .service(KES, WINDOWS_WORKSTATION, 11).service(KES, WINDOWS_SERVER, 12)
                                    .service(KES, NON_WINDOWS, 13)).units(100, 10, 8).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/11 0->5 CREATE @10.00", "100/12 0->2 CREATE @10.00", "100/13 0->1 CREATE @10.00"),
                            List.of()),
                    Case.of("several applications sharing one service are summed",
                            billedToContract100().settings(s -> s.service(KES, 10).service(MAC, 10))
                                    .usage("a", KES, new UsageCounts(5, 0, 0, 0)).usage("a", MAC, new UsageCounts(0, 0, 3, 0)),
                            List.of("100/10 0->8 CREATE @10.00"), List.of()),
                    Case.of("an application licensed per user counts users, whatever the toggle",
                            billedToContract100().settings(s -> s.byCategory(true).service(CLOUD, 20))
                                    .usage("a", CLOUD, new UsageCounts(4, 1, 0, 7)),
                            List.of("100/20 0->7 CREATE @10.00"), List.of()),
                    Case.of("users and devices of applications sharing one service are summed",
                            billedToContract100().settings(s -> s.service(CLOUD, 20).service(KES, 20))
                                    .usage("a", CLOUD, UsageCounts.ofUsers(7)).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/20 0->15 CREATE @10.00"), List.of()),
                    Case.of("an application licensed per user with no service is unmapped usage, in users",
                            billedToContract100().settings(s -> s.service(KES, 10)).usage("a", CLOUD, UsageCounts.ofUsers(7)),
                            List.of(), List.of("UNMAPPED_USAGE 7")).saying("7 users"),
                    Case.of("two customers billed to one contract are summed on its service",
                            billedToContract100().settings(s -> s.service(KES, 10).customer("b", 1, 100, true))
                                    .usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(4, 0, 0, 0)),
                            List.of("100/10 0->12 CREATE @10.00"), List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }
    }

    @Nested
    class ChangesAreComputedFromTheUnitsInForce {

        static Stream<Case> cases() {
            World kesOn10 = billedToContract100().settings(s -> s.service(KES, 10));
            return Stream.of(
                    Case.of("units already right: unchanged",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 8).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 8->8 UNCHANGED @10.00"), List.of()),
                    Case.of("usage grew: the difference is added",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 5->8 CREATE @10.00"), List.of()),
                    Case.of("usage fell to zero: the service is brought to zero",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5).known("a"),
                            List.of("100/10 5->0 CREATE @10.00"), List.of()),
                    Case.of("a mapped service with no usage that the contract does not have: no line",
                            kesOn10.known("a"), List.of(), List.of()),
                    Case.of("a mapped service on the contract with no units and no usage: unchanged",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 0).known("a"),
                            List.of("100/10 0->0 UNCHANGED @10.00"), List.of()),
                    Case.of("a service no mapping names is never touched",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 25, 4).units(100, 10, 2)
                                    .usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 2->8 CREATE @10.00"), List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }
    }

    @Nested
    class CustomersAndContracts {

        static Stream<Case> cases() {
            return Stream.of(
                    Case.of("billing off: the customer is skipped",
                            world().contract(100, 1).settings(s -> s.service(KES, 10).customer("a", 1, 100, false))
                                    .units(100, 10, 3).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of()),
                    Case.of("no contract chosen",
                            world().settings(s -> s.service(KES, 10).customerWithoutContract("a", 1)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("No contract is chosen"),
                    Case.of("the contract is not in Autotask",
                            world().settings(s -> s.service(KES, 10).customer("a", 1, 100, true)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("was not found in Autotask"),
                    Case.of("the contract belongs to another company",
                            world().contract(100, 2).settings(s -> s.service(KES, 10).customer("a", 1, 100, true))
                                    .usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("belongs to Autotask company 2"),
                    Case.of("the contract is inactive",
                            world().contract(new ContractFacts(100, 1, "Old", true, false, YEAR_START, YEAR_END))
                                    .settings(s -> s.service(KES, 10).customer("a", 1, 100, true)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("is inactive"),
                    Case.of("the contract is not a Recurring Service contract",
                            world().contract(new ContractFacts(100, 1, "Block hours", false, true, YEAR_START, YEAR_END))
                                    .settings(s -> s.service(KES, 10).customer("a", 1, 100, true)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("is not a Recurring Service contract"),
                    Case.of("the contract ended before the effective date",
                            world().contract(new ContractFacts(100, 1, "2024", true, true, LocalDate.of(2024, 1, 1),
                                            LocalDate.of(2024, 12, 31)))
                                    .settings(s -> s.service(KES, 10).customer("a", 1, 100, true)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("does not cover the effective date 2025-03-01"),
                    Case.of("the contract starts after the effective date",
                            world().contract(new ContractFacts(100, 1, "Q2", true, true, LocalDate.of(2025, 4, 1), YEAR_END))
                                    .settings(s -> s.service(KES, 10).customer("a", 1, 100, true)).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of("NO_CONTRACT 8")).saying("runs from 2025-04-01"),
                    Case.of("usage of a customer no Companies row maps is reported as unbilled",
                            billedToContract100().settings(s -> s.service(KES, 10)).usage("a", KES, FIVE_TWO_ONE)
                                    .usage("z", KES, new UsageCounts(2, 1, 0, 0)).usage("y", CLOUD, UsageCounts.ofUsers(4)),
                            List.of("100/10 0->8 CREATE @10.00"), List.of("UNMAPPED_USAGE 7"))
                            .saying("2 Kaspersky customers have no Autotask company on the Companies panel, so nothing of "
                                    + "theirs is billed: Customer y: 4 users; Customer z: 3 devices."),
                    Case.of("a customer no Companies row maps with no usage is not worth a problem",
                            billedToContract100().settings(s -> s.service(KES, 10)).usage("a", KES, FIVE_TWO_ONE).known("z"),
                            List.of("100/10 0->8 CREATE @10.00"), List.of()),
                    Case.of("a customer the usage source no longer knows is left alone",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 6),
                            List.of(), List.of("OTHER 0")).saying("does not know it any more"),
                    Case.of("a contract shared with a customer the usage source no longer knows is left alone",
                            billedToContract100().settings(s -> s.service(KES, 10).customer("b", 1, 100, true)).units(100, 10, 6)
                                    .usage("a", KES, new UsageCounts(2, 0, 0, 0)),
                            List.of(), List.of("OTHER 0")).saying("Kaspersky customer b is mapped for billing"),
                    Case.of("one unusable contract does not keep the others from being planned",
                            billedToContract100().contract(new ContractFacts(200, 2, "2024", true, true,
                                            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                                    .settings(s -> s.service(KES, 10).customer("b", 2, 200, true))
                                    .usage("a", KES, FIVE_TWO_ONE).usage("b", KES, new UsageCounts(3, 0, 0, 0)),
                            List.of("100/10 0->8 CREATE @10.00"), List.of("NO_CONTRACT 3")),
                    Case.of("a contract that could not be read is reported and the others planned",
                            billedToContract100().contract(200, 2).settings(s -> s.service(KES, 10).customer("b", 2, 200, true))
                                    .unreadable(200, "Autotask answered 500.").usage("a", KES, FIVE_TWO_ONE)
                                    .usage("b", KES, FIVE_TWO_ONE),
                            List.of("100/10 0->8 CREATE @10.00"), List.of("SOURCE_UNAVAILABLE 0"))
                            .saying("the next run takes them up"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }
    }

    @Nested
    class BackDating {

        static Stream<Case> cases() {
            return Stream.of(
                    Case.of("a different number of units in force after the date: not adjusted, reported",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5)
                                    .change(100, 10, LocalDate.of(2025, 4, 10), 2).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 5->8 DEFERRED @10.00"), List.of("BACKDATED_CHANGE 3"))
                            .saying("7 units from 2025-04-10"),
                    Case.of("later rows with the same units (monthly periods) are no obstacle",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 5->8 CREATE @10.00"), List.of()),
                    Case.of("a later change does not matter when nothing is to change on the date",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 8)
                                    .change(100, 10, LocalDate.of(2025, 4, 10), 2).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 8->8 UNCHANGED @10.00"), List.of()),
                    Case.of("a change on the effective date itself is in force, not later",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5)
                                    .change(100, 10, MARCH, 1).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 6->8 CREATE @10.00"), List.of()),
                    Case.of("two rows covering the date: no single change, adjust by hand",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 5)
                                    .row(new UnitsRow(100, 10, MARCH, MARCH.plusDays(30), 3)).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 5->8 FAILED @10.00"), List.of("OTHER 0")).saying("more than one units row"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }
    }

    @Nested
    class StalePairs {

        /** Service 10 was billed on contract 100; the mapping now sends KES to 11. */
        private static World moved() {
            return billedToContract100().settings(s -> s.service(KES, 11)).units(100, 10, 6).billed(100, 10)
                    .usage("a", KES, FIVE_TWO_ONE);
        }

        static Stream<Case> cases() {
            return Stream.of(
                    Case.of("a recorded pair no mapping targets is reported with its units, left alone by default",
                            moved(), List.of("100/11 0->8 CREATE @10.00"), List.of("STALE_MAPPING 6"))
                            .saying("6 units of Service 10 (10)"),
                    Case.of("with zeroing on, it is brought to zero",
                            moved().settings(s -> s.zeroStale(true)),
                            List.of("100/10 6->0 CREATE @10.00", "100/11 0->8 CREATE @10.00"), List.of("STALE_MAPPING 6"))
                            .saying("This run brings them to zero"),
                    Case.of("a customer moved to another contract leaves the old contract's pair stale",
                            world().contract(100, 1).contract(200, 1).settings(s -> s.service(KES, 10).customer("a", 1, 200, true))
                                    .units(100, 10, 6).billed(100, 10).usage("a", KES, FIVE_TWO_ONE),
                            List.of("200/10 0->8 CREATE @10.00"), List.of("STALE_MAPPING 6")),
                    Case.of("a recorded pair that is still targeted is not stale",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 6).billed(100, 10)
                                    .usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 6->8 CREATE @10.00"), List.of()),
                    Case.of("a recorded pair already at zero is quietly forgotten",
                            billedToContract100().settings(s -> s.service(KES, 11)).units(100, 10, 0).billed(100, 10)
                                    .known("a"), List.of(), List.of()),
                    Case.of("a recorded pair on a contract of a customer with billing off is left alone",
                            world().contract(100, 1).settings(s -> s.service(KES, 11).customer("a", 1, 100, false).zeroStale(true))
                                    .units(100, 10, 6).billed(100, 10).usage("a", KES, FIVE_TWO_ONE),
                            List.of(), List.of()),
                    Case.of("stale on a contract that cannot take adjustments: reported, not zeroed",
                            world().contract(new ContractFacts(100, 1, "Paused", true, false, YEAR_START, YEAR_END))
                                    .contract(200, 1).settings(s -> s.service(KES, 10).customer("a", 1, 200, true).zeroStale(true))
                                    .units(100, 10, 6).billed(100, 10).usage("a", KES, FIVE_TWO_ONE),
                            List.of("200/10 0->8 CREATE @10.00"), List.of("STALE_MAPPING 6")).saying("not brought to zero"),
                    Case.of("stale units only after the effective date: reported, not zeroed at this date",
                            moved().units(100, 10, -6).change(100, 10, LocalDate.of(2025, 5, 1), 4).settings(s -> s.zeroStale(true)),
                            List.of("100/11 0->8 CREATE @10.00"), List.of("STALE_MAPPING 4")).saying("on or after 2025-05-01"),
                    Case.of("stale with a later change: deferred as back-dated",
                            moved().change(100, 10, LocalDate.of(2025, 5, 1), 1).settings(s -> s.zeroStale(true)),
                            List.of("100/10 6->0 DEFERRED @10.00", "100/11 0->8 CREATE @10.00"),
                            List.of("STALE_MAPPING 6", "BACKDATED_CHANGE 6")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }

        @Test
        void pairsAtZeroAndPairsOfVanishedContractsAreForgottenButTargetedOnesWithUnitsAreKept() {
            Plan plan = billedToContract100().settings(s -> s.service(KES, 11)).units(100, 10, 0).units(100, 11, 2)
                    .billed(100, 10).billed(300, 10).known("a").plan();

            assertThat(plan.forget()).containsExactly(new PairKey(100, 10), new PairKey(300, 10));
            assertThat(plan.seenWithUnits()).containsExactly(new PairKey(100, 11));
        }
    }

    @Nested
    class Prices {

        static Stream<Case> cases() {
            return Stream.of(
                    Case.of("the contract service's unit price comes first",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 1)
                                    .contractPrice(100, 10, "7.50").usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 1->8 CREATE @7.50"), List.of()),
                    Case.of("the service's price when the contract has none of its own",
                            billedToContract100().settings(s -> s.service(KES, 10)).units(100, 10, 1).servicePrice(10, "12.25")
                                    .usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 1->8 CREATE @12.25"), List.of()),
                    Case.of("the service's price when the contract does not have the service yet",
                            billedToContract100().settings(s -> s.service(KES, 10)).servicePrice(10, "12.25")
                                    .contractPrice(100, 11, "1.00").usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 0->8 CREATE @12.25"), List.of()),
                    Case.of("no price anywhere: failed, with what to set",
                            billedToContract100().settings(s -> s.service(KES, 10)).serviceWithoutPrice(10)
                                    .usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 0->8 FAILED @0"), List.of("OTHER 8")).saying("has a unit price"),
                    Case.of("a mapped service Autotask does not have: failed, choose it again",
                            billedToContract100().settings(s -> s.service(KES, 10)).noService(10).usage("a", KES, FIVE_TWO_ONE),
                            List.of("100/10 0->8 FAILED @0"), List.of("OTHER 8")).saying("choose the service again"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void plans(Case row) {
            row.check();
        }
    }
}
