package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit rows of one (contract, service) pair, ordered by start date. Asked once or twice per pair
 * of a run, so the questions are plain indexed loops, without an iterator each: a run plans 100,000
 * pairs (see the reconciliation benchmark). The reconciliation makes one per line from the rows of
 * the line's contract ({@link ContractUnits}); settling lost answers groups the rows it reads by pair.
 */
final class UnitTimeline {

    static final UnitTimeline EMPTY = new UnitTimeline(List.of());

    private static final Comparator<UnitsRow> BY_START = Comparator.comparing(UnitsRow::startDate);

    /** Never changed once {@link #byPair} has returned. */
    private final List<UnitsRow> rows;

    private UnitTimeline(List<UnitsRow> rows) {
        this.rows = rows;
    }

    /** The rows grouped by pair, in one pass. */
    static Map<PairKey, UnitTimeline> byPair(Collection<UnitsRow> rows) {
        Map<PairKey, UnitTimeline> timelines = new HashMap<>(Math.max(16, rows.size()));
        for (UnitsRow row : rows) {
            timelines.computeIfAbsent(new PairKey(row.contractId(), row.serviceId()), k -> new UnitTimeline(new ArrayList<>(4)))
                    .rows.add(row);
        }
        for (UnitTimeline timeline : timelines.values()) {
            if (timeline.rows.size() > 1) {
                timeline.rows.sort(BY_START);
            }
        }
        return timelines;
    }

    /** The rows of one pair, in start-date order; {@code rows} becomes the timeline's own (sorted in place if need be). */
    static UnitTimeline of(List<UnitsRow> rows) {
        UnitTimeline timeline = new UnitTimeline(rows);
        if (!timeline.inOrder()) {
            timeline.rows.sort(BY_START);
        }
        return timeline;
    }

    /** Whether the rows are in start-date order already, as Autotask usually gives them. */
    private boolean inOrder() {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).startDate().isAfter(rows.get(i).startDate())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether more than one row covers the date. Autotask splits rows, it does not overlap them,
     * unless the service is on the contract twice; then no single change can be computed.
     */
    boolean ambiguousOn(LocalDate date) {
        int covering = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).covers(date) && ++covering > 1) {
                return true;
            }
        }
        return false;
    }

    /** The units in force on the date: those of the row covering it, 0 when none does. */
    int unitsOn(LocalDate date) {
        for (int i = 0; i < rows.size(); i++) {
            UnitsRow row = rows.get(i);
            if (row.covers(date)) {
                return row.units();
            }
        }
        return 0;
    }

    /**
     * The first row starting after the date whose units differ from {@code units}: a change
     * already in force later, which an adjustment dated {@code date} would shift too.
     */
    Optional<UnitsRow> changeAfter(LocalDate date, int units) {
        for (int i = 0; i < rows.size(); i++) {
            UnitsRow row = rows.get(i);
            if (row.startDate().isAfter(date) && row.units() != units) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Whether no row from the date on has units. */
    boolean zeroFrom(LocalDate date) {
        for (int i = 0; i < rows.size(); i++) {
            UnitsRow row = rows.get(i);
            if (!row.endDate().isBefore(date) && row.units() != 0) {
                return false;
            }
        }
        return true;
    }
}
