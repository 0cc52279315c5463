package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CLOUD;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.Fixtures.KSWS;
import static net.mspbridge.integration.billing.Fixtures.MAC;
import static net.mspbridge.integration.billing.ReconcilerTest.billedToContract100;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_SERVER;
import static net.mspbridge.integration.kaspersky.DeviceCategory.WINDOWS_WORKSTATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.integration.kaspersky.UsageCounts;

/** Every number of a planned line, and every problem, can be traced to its source. */
class PlanTraceabilityTest {

    private static final UsageCounts FIVE_TWO_ONE = new UsageCounts(5, 2, 1, 0);



    @Test
    void aLineNamesOnlyTheApplicationsWhoseUsageItCountsUnlessNoneHasAny() {
        Plan counted = billedToContract100().settings(s -> s.service(KES, 10).service(MAC, 10).service(KSWS, 10))
                .units(100, 10, 2).contractPrice(100, 10, "9.00").usage("a", KES, new UsageCounts(5, 1, 0, 0)).plan();
        Plan toZero = billedToContract100().settings(s -> s.service(KES, 10).service(MAC, 10))
                .units(100, 10, 2).contractPrice(100, 10, "9.00").usage("a", KES, UsageCounts.NONE).plan();

        assertThat(counted.lines().get(0).applications()).containsExactly(KES.name());
        assertThat(toZero.lines().get(0).unitsWanted()).isZero();
        assertThat(toZero.lines().get(0).applications()).containsExactlyInAnyOrder(KES.name(), MAC.name());
    }

    @Test
    void aLineNamesEverySourceOfItsNumbers() {
        Plan plan = billedToContract100().settings(s -> s.service(KES, 10).service(MAC, 10)).units(100, 10, 2)
                .contractPrice(100, 10, "9.00").usage("a", KES, new UsageCounts(5, 1, 0, 0))
                .usage("a", MAC, new UsageCounts(0, 0, 3, 0)).plan();

        PlannedLine line = plan.lines().get(0);
        assertThat(line.customer().id()).isEqualTo("a");
        assertThat(line.customer().name()).isEqualTo("Customer a");
        assertThat(line.company().name()).isEqualTo("Company 1");
        assertThat(line.contract().name()).isEqualTo("Contract 100");
        assertThat(line.service().name()).isEqualTo("Service 10");
        assertThat(line.applications()).containsExactly(KES.name(), MAC.name());
        assertThat(line.category()).isEqualTo("All devices");
        assertThat(line.unitsInForce()).isEqualTo(2);
        assertThat(line.unitsWanted()).isEqualTo(9);
        assertThat(line.change()).isEqualTo(7);
        assertThat(line.unitPrice()).isEqualByComparingTo("9.00");
        assertThat(line.message()).isEqualTo(KES.name() + " / All devices: 6; " + MAC.name() + " / All devices: 3");
    }

    @Test
    void aSharedContractNamesEachCustomerInItsLine() {
        Plan plan = billedToContract100().settings(s -> s.service(KES, 10).customer("b", 1, 100, true))
                .usage("a", KES, new UsageCounts(1, 0, 0, 0)).usage("b", KES, new UsageCounts(2, 0, 0, 0)).plan();

        PlannedLine line = plan.lines().get(0);
        assertThat(line.customer().id()).isEqualTo("a,b");
        assertThat(line.message()).isEqualTo("Customer a: " + KES.name() + " / All devices: 1; Customer b: "
                + KES.name() + " / All devices: 2");
    }

    @Test
    void categoriesAreNamedAsOnTheServicesTab() {
        Plan plan = billedToContract100().settings(s -> s.byCategory(true).service(KES, WINDOWS_SERVER, 12)
                .service(CLOUD, 12)).usage("a", KES, new UsageCounts(0, 2, 0, 0)).usage("a", CLOUD, UsageCounts.ofUsers(3))
                .plan();

        assertThat(plan.lines().get(0).category()).isEqualTo("Windows servers, Users");
    }

    @Test
    void unmappedUsageNamesCustomerApplicationAndCategory() {
        Problem problem = billedToContract100().settings(s -> s.byCategory(true).service(KES, WINDOWS_WORKSTATION, 11))
                .usage("a", KES, new UsageCounts(0, 4, 0, 0)).plan().problems().get(0);

        assertThat(problem.kind()).isEqualTo(ProblemKind.UNMAPPED_USAGE);
        assertThat(problem.subject()).isEqualTo("Customer a / " + KES.name() + " / Windows servers");
        assertThat(problem.units()).isEqualTo(4);
        assertThat(problem.message()).contains("the Windows servers column");
    }

    @Test
    void theSamePlanComesFromTheSameInput() {
        World world = billedToContract100().settings(s -> s.service(KES, 10).service(MAC, 11)).units(100, 10, 3)
                .usage("a", KES, FIVE_TWO_ONE).usage("a", MAC, FIVE_TWO_ONE);

        assertThat(Reconciler.reconcile(world.input())).isEqualTo(Reconciler.reconcile(world.input()));
    }
}
