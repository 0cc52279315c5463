package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The unit rows of one (contract, service) pair, ordered by start date. */
final class UnitTimeline {

    static final UnitTimeline EMPTY = new UnitTimeline(List.of());

    private final List<UnitsRow> rows;

    private UnitTimeline(List<UnitsRow> rows) {
        this.rows = rows;
    }

    /** The rows grouped by pair. */
    static Map<PairKey, UnitTimeline> byPair(Collection<UnitsRow> rows) {
        Map<PairKey, List<UnitsRow>> grouped = new HashMap<>();
        for (UnitsRow row : rows) {
            grouped.computeIfAbsent(new PairKey(row.contractId(), row.serviceId()), k -> new ArrayList<>()).add(row);
        }
        Map<PairKey, UnitTimeline> timelines = new HashMap<>();
        grouped.forEach((pair, list) -> {
            list.sort(Comparator.comparing(UnitsRow::startDate));
            timelines.put(pair, new UnitTimeline(List.copyOf(list)));
        });
        return timelines;
    }

    /**
     * Whether more than one row covers the date. Autotask splits rows, it does not overlap them,
     * unless the service is on the contract twice; then no single change can be computed.
     */
    boolean ambiguousOn(LocalDate date) {
        return rows.stream().filter(r -> r.covers(date)).count() > 1;
    }

    /** The units in force on the date: those of the row covering it, 0 when none does. */
    int unitsOn(LocalDate date) {
        return rows.stream().filter(r -> r.covers(date)).mapToInt(UnitsRow::units).findFirst().orElse(0);
    }

    /**
     * The first row starting after the date whose units differ from {@code units}: a change
     * already in force later, which an adjustment dated {@code date} would shift too.
     */
    Optional<UnitsRow> changeAfter(LocalDate date, int units) {
        return rows.stream().filter(r -> r.startDate().isAfter(date) && r.units() != units).findFirst();
    }

    /** Whether no row from the date on has units. */
    boolean zeroFrom(LocalDate date) {
        return rows.stream().filter(r -> !r.endDate().isBefore(date)).allMatch(r -> r.units() == 0);
    }
}
