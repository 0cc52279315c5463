package net.mspbridge.host.reliability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.mspbridge.api.billing.ReportLine;

import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AtContractService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;

/** A (contract, service) pair of the Autotask sandbox: what billing adjusts. */
record Pair(long contractId, long serviceId) implements Comparable<Pair> {

    static Pair of(ExpectedUnits expected) {
        return new Pair(expected.contractId(), expected.serviceId());
    }

    static Pair of(AtAdjustment adjustment) {
        return new Pair(adjustment.contractID(), adjustment.serviceID());
    }

    static Pair of(AtContractService service) {
        return new Pair(service.contractID(), service.serviceID());
    }

    /** The pair of a report line; empty when its contract or service is not an Autotask id. */
    static Optional<Pair> of(ReportLine line) {
        try {
            return Optional.of(new Pair(Long.parseLong(line.contract().id()), Long.parseLong(line.service().id())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Units wanted per pair, as the sandbox computes them on its own. */
    static Map<Pair, Integer> targets(List<ExpectedUnits> expected) {
        Map<Pair, Integer> targets = new TreeMap<>();
        expected.forEach(e -> targets.put(of(e), e.units()));
        return targets;
    }

    /**
     * The units in force on {@code day} of every pair that has a contract service in the data, plus
     * the given pairs (which may have none yet: 0 units).
     */
    static Map<Pair, Integer> units(AutotaskData data, LocalDate day, Iterable<Pair> also) {
        Map<Pair, Integer> units = new TreeMap<>();
        also.forEach(pair -> units.put(pair, 0));
        for (AtContractService service : data.contractServices()) {
            units.merge(of(service), data.unitsInForce(service.id(), day), Integer::sum);
        }
        return units;
    }

    /** The sum of the adjustments' unit changes per pair. */
    static Map<Pair, Integer> adjusted(List<AtAdjustment> adjustments) {
        Map<Pair, Integer> sums = new TreeMap<>();
        adjustments.forEach(a -> sums.merge(of(a), a.unitChange(), Integer::sum));
        return sums;
    }

    @Override
    public int compareTo(Pair other) {
        int byContract = Long.compare(contractId, other.contractId);
        return byContract != 0 ? byContract : Long.compare(serviceId, other.serviceId);
    }

    @Override
    public String toString() {
        return "contract " + contractId + " / service " + serviceId;
    }
}
