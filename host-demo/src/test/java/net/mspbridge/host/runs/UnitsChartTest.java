package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Issue 16: the history's chart shows units in force by effective date, as steps, apply runs only. */
class UnitsChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void eachServiceGetsTheUnitsInForceAfterEachRun() {
        RunRecord first = run("run-1", line("svc-a", "EDR", 0, 10, LineOutcome.APPLIED), line("svc-a", "EDR", 0, 5, LineOutcome.APPLIED),
                line("svc-b", "Mail", 3, 3, LineOutcome.UNCHANGED));
        RunRecord second = run("run-2", DAY.plusMonths(1), RunMode.APPLY, line("svc-a", "EDR", 15, 17, LineOutcome.FAILED),
                line("svc-c", "", 0, 2, LineOutcome.DEFERRED));

        UnitsChart chart = UnitsChart.of(List.of(first, second));

        assertThat(chart.dates()).extracting(UnitsChart.Point::effectiveDate).containsExactly(DAY, DAY.plusMonths(1));
        assertThat(chart.series()).extracting(UnitsChart.Series::service).containsExactly("EDR", "Mail", "svc-c");
        assertThat(chart.series().get(0).units()).containsExactly(15, 15);
        // Mail's units stay in force although the second run did not touch them: a step, not a gap.
        assertThat(chart.series().get(1).units()).containsExactly(3, 3);
        assertThat(chart.series().get(2).units()).isEqualTo(Arrays.asList(null, 0));
    }

    @Test
    void theAxisIsTheEffectiveDateNotTheOrderTheRunsRan() {
        RunRecord march = run("run-1", DAY.plusMonths(4), RunMode.APPLY, line("svc-a", "EDR", 0, 12, LineOutcome.APPLIED));
        RunRecord january = run("run-2", DAY.plusMonths(2), RunMode.APPLY, line("svc-a", "EDR", 0, 8, LineOutcome.APPLIED));

        UnitsChart chart = UnitsChart.of(List.of(march, january));

        assertThat(chart.dates()).extracting(UnitsChart.Point::effectiveDate).containsExactly(DAY.plusMonths(2), DAY.plusMonths(4));
        assertThat(chart.series().get(0).units()).containsExactly(8, 12);
    }

    @Test
    void theLastApplyRunOfADateGivesItsUnits() {
        RunRecord first = run("run-1", DAY, RunMode.APPLY, line("svc-a", "EDR", 0, 12, LineOutcome.APPLIED));
        RunRecord again = run("run-2", DAY, RunMode.APPLY, line("svc-a", "EDR", 12, 10, LineOutcome.APPLIED));

        UnitsChart chart = UnitsChart.of(List.of(first, again));

        assertThat(chart.dates()).singleElement().satisfies(p -> assertThat(p.runIds()).containsExactly("run-1", "run-2"));
        assertThat(chart.series().get(0).units()).containsExactly(10);
    }

    @Test
    void aPreviewDoesNotMoveTheChart() {
        RunRecord applied = run("run-1", DAY, RunMode.APPLY, line("svc-a", "EDR", 0, 12, LineOutcome.APPLIED));
        RunRecord preview = run("run-2", DAY.plusMonths(1), RunMode.PREVIEW, line("svc-a", "EDR", 12, 40, LineOutcome.PLANNED));

        UnitsChart chart = UnitsChart.of(List.of(applied, preview));

        assertThat(chart.dates()).extracting(UnitsChart.Point::effectiveDate).containsExactly(DAY);
        assertThat(chart.series().get(0).units()).containsExactly(12);
    }

    @Test
    void runsWithoutReportsAreLeftOut() {
        RunRecord noReport = new RunRecord("run-9", "p", RunMode.APPLY, DAY, Trigger.PAGE, "admin", Instant.EPOCH,
                Optional.of(Instant.EPOCH), RunState.FAILED, "failed", 0, 0, 0, 0, RunProgress.NONE, false, Optional.empty());

        assertThat(UnitsChart.of(List.of(noReport)).dates()).isEmpty();
    }

    private static RunRecord run(String id, ReportLine... lines) {
        return run(id, DAY, RunMode.APPLY, lines);
    }

    private static RunRecord run(String id, LocalDate date, RunMode mode, ReportLine... lines) {
        BillingReport report = new BillingReport(id, date, mode, RunStatus.COMPLETED, "", List.of(lines), List.of());
        return new RunRecord(id, "p", mode, date, Trigger.PAGE, "admin", Instant.EPOCH, Optional.of(Instant.EPOCH),
                RunState.COMPLETED, "", lines.length, 0, 0, 0, RunProgress.NONE, false, Optional.of(report));
    }

    private static ReportLine line(String serviceId, String service, int inForce, int wanted, LineOutcome outcome) {
        Ref any = new Ref("1", "x");
        return new ReportLine(any, any, any, new Ref(serviceId, service), List.of("app"), "All devices", inForce, wanted,
                wanted - inForce, BigDecimal.ONE, outcome, "", "");
    }
}
