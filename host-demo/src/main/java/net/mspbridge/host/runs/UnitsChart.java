package net.mspbridge.host.runs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;

/**
 * Billed units per service by effective date, for the run history's step chart. An apply run's
 * adjustments hold from its effective date on, so the horizontal axis is the effective date, not
 * the run: each service's value at a date is the units in force after the last apply run of that
 * date (applied and unchanged lines at the units wanted; failed and deferred lines at the units
 * they had), and it keeps that value at later dates until a run of a later date changes it.
 * Previews change nothing, so they are left out even when given.
 *
 * <p>A run dated before a later-dated run that already ran is drawn at its own date only; the
 * chart does not replay its change into the later dates (the next run of those dates shows it).
 *
 * @param dates  the effective dates of the apply runs, ascending, each with the runs of that date
 * @param series one series per service, its values aligned with {@code dates}; null before the
 *               first date a run touched the service
 */
public record UnitsChart(List<Point> dates, List<Series> series) {

    public UnitsChart {
        dates = List.copyOf(dates);
        series = List.copyOf(series);
    }

    /**
     * An effective date on the chart's horizontal axis.
     *
     * @param effectiveDate the date the units hold from
     * @param runIds        the apply runs of that date, in the order they ran (the last one's units count)
     */
    public record Point(LocalDate effectiveDate, List<String> runIds) {

        public Point {
            runIds = List.copyOf(runIds);
        }
    }

    /** One service's units in force, date by date. */
    public record Series(String serviceId, String service, List<Integer> units) {

        public Series {
            units = Collections.unmodifiableList(new ArrayList<>(units));
        }
    }

    /** The chart of finished runs with reports, given in the order they ran; previews are left out. */
    public static UnitsChart of(List<RunRecord> runs) {
        Map<String, String> names = new LinkedHashMap<>();
        TreeMap<LocalDate, Map<String, Integer>> byDate = new TreeMap<>();
        TreeMap<LocalDate, List<String>> runIds = new TreeMap<>();
        for (RunRecord run : runs) {
            if (run.mode() != RunMode.APPLY || run.report().isEmpty()) {
                continue;
            }
            Map<String, Integer> units = new HashMap<>();
            for (ReportLine line : run.report().get().lines()) {
                String id = line.service().id();
                names.putIfAbsent(id, line.service().name().isEmpty() ? id : line.service().name());
                units.merge(id, unitsAfter(line), Integer::sum);
            }
            // A later run of the same date leaves the units its lines name; the others stay as they were.
            byDate.computeIfAbsent(run.effectiveDate(), d -> new HashMap<>()).putAll(units);
            runIds.computeIfAbsent(run.effectiveDate(), d -> new ArrayList<>()).add(run.runId());
        }
        List<Point> dates = new ArrayList<>();
        runIds.forEach((date, ids) -> dates.add(new Point(date, ids)));
        List<Series> series = new ArrayList<>();
        names.forEach((id, name) -> {
            List<Integer> values = new ArrayList<>();
            Integer inForce = null;
            for (Map<String, Integer> units : byDate.values()) {
                inForce = units.getOrDefault(id, inForce);
                values.add(inForce);
            }
            series.add(new Series(id, name, values));
        });
        return new UnitsChart(dates, series);
    }

    private static int unitsAfter(ReportLine line) {
        return switch (line.outcome()) {
            case APPLIED, UNCHANGED -> line.unitsWanted();
            case FAILED, DEFERRED, PLANNED, HELD -> line.unitsInForce();
        };
    }
}
