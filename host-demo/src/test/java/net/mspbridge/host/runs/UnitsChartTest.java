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

class UnitsChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void eachServiceGetsTheUnitsInForceAfterEachRun() {
        RunRecord first = run("run-1", line("svc-a", "EDR", 0, 10, LineOutcome.APPLIED), line("svc-a", "EDR", 0, 5, LineOutcome.APPLIED),
                line("svc-b", "Mail", 3, 3, LineOutcome.UNCHANGED));
        RunRecord second = run("run-2", line("svc-a", "EDR", 15, 17, LineOutcome.FAILED),
                line("svc-c", "", 0, 2, LineOutcome.DEFERRED));

        UnitsChart chart = UnitsChart.of(List.of(first, second));

        assertThat(chart.runs()).extracting(UnitsChart.Point::runId).containsExactly("run-1", "run-2");
        assertThat(chart.series()).extracting(UnitsChart.Series::service).containsExactly("EDR", "Mail", "svc-c");
        assertThat(chart.series().get(0).units()).containsExactly(15, 15);
        assertThat(chart.series().get(1).units()).isEqualTo(Arrays.asList(3, null));
        assertThat(chart.series().get(2).units()).isEqualTo(Arrays.asList(null, 0));
    }

    @Test
    void runsWithoutReportsAreLeftOut() {
        RunRecord noReport = new RunRecord("run-9", "p", RunMode.APPLY, DAY, Trigger.PAGE, "admin", Instant.EPOCH,
                Optional.of(Instant.EPOCH), RunState.FAILED, "failed", 0, 0, 0, 0, RunProgress.NONE, false, Optional.empty());

        assertThat(UnitsChart.of(List.of(noReport)).runs()).isEmpty();
    }

    private static RunRecord run(String id, ReportLine... lines) {
        BillingReport report = new BillingReport(id, DAY, RunMode.APPLY, RunStatus.COMPLETED, "", List.of(lines), List.of());
        return new RunRecord(id, "p", RunMode.APPLY, DAY, Trigger.PAGE, "admin", Instant.EPOCH, Optional.of(Instant.EPOCH),
                RunState.COMPLETED, "", lines.length, 0, 0, 0, RunProgress.NONE, false, Optional.of(report));
    }

    private static ReportLine line(String serviceId, String service, int inForce, int wanted, LineOutcome outcome) {
        Ref any = new Ref("1", "x");
        return new ReportLine(any, any, any, new Ref(serviceId, service), List.of("app"), "All devices", inForce, wanted,
                wanted - inForce, BigDecimal.ONE, outcome, "", "");
    }
}
