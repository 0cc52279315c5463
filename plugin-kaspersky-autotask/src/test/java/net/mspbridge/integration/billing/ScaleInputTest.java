package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The input of the reconciliation benchmark: it must make the plan the benchmark claims to measure. */
class ScaleInputTest {

    @Test
    void everyCustomerGivesOneLinePerServiceAndNoProblems() {
        Plan plan = Reconciler.reconcile(ScaleInput.build(200, 7));

        assertThat(plan.lines()).hasSize(200 * ScaleInput.SERVICES);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.lines(Disposition.CREATE)).hasSizeGreaterThan(plan.lines().size() / 2);
        assertThat(plan.lines(Disposition.UNCHANGED)).isNotEmpty();
        assertThat(plan.lines()).allMatch(l -> l.disposition() == Disposition.CREATE || l.disposition() == Disposition.UNCHANGED);
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(World.lines(Reconciler.reconcile(ScaleInput.build(50, 3))))
                .isEqualTo(World.lines(Reconciler.reconcile(ScaleInput.build(50, 3))));
    }
}
