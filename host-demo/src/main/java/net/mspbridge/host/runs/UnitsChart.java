package net.mspbridge.host.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.api.billing.ReportLine;

/**
 * Billed units per service across apply runs, for the run history's chart: for each run, the
 * units in force per service after it (applied and unchanged lines at the units wanted; failed
 * and deferred lines at the units they had).
 *
 * @param runs   the runs, oldest first
 * @param series one series per service, its points aligned with {@code runs} (null where the
 *               run did not touch the service)
 */
public record UnitsChart(List<Point> runs, List<Series> series) {

    public UnitsChart {
        runs = List.copyOf(runs);
        series = List.copyOf(series);
    }

    /** A run on the chart's horizontal axis. */
    public record Point(String runId, java.time.Instant at, java.time.LocalDate effectiveDate) {
    }

    /** One service's units, run by run. */
    public record Series(String serviceId, String service, List<Integer> units) {

        public Series {
            units = java.util.Collections.unmodifiableList(new ArrayList<>(units));
        }
    }

    /** The chart of finished apply runs with reports, given oldest first. */
    public static UnitsChart of(List<RunRecord> applied) {
        List<Point> points = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, Integer>> perRun = new ArrayList<>();
        for (RunRecord run : applied) {
            if (run.report().isEmpty()) {
                continue;
            }
            points.add(new Point(run.runId(), run.startedAt(), run.effectiveDate()));
            Map<String, Integer> units = new LinkedHashMap<>();
            for (ReportLine line : run.report().get().lines()) {
                String id = line.service().id();
                names.putIfAbsent(id, line.service().name().isEmpty() ? id : line.service().name());
                units.merge(id, unitsAfter(line), Integer::sum);
            }
            perRun.add(units);
        }
        List<Series> series = new ArrayList<>();
        names.forEach((id, name) -> {
            List<Integer> values = new ArrayList<>();
            perRun.forEach(units -> values.add(units.get(id)));
            series.add(new Series(id, name, values));
        });
        return new UnitsChart(points, series);
    }

    private static int unitsAfter(ReportLine line) {
        return switch (line.outcome()) {
            case APPLIED, UNCHANGED -> line.unitsWanted();
            case FAILED, DEFERRED, PLANNED, HELD -> line.unitsInForce();
        };
    }
}
