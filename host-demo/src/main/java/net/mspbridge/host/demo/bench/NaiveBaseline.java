package net.mspbridge.host.demo.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.sandbox.seed.ExpectedUnits;

/**
 * The naive way to do what a billing run does, for comparison: read each contract's units with its
 * own query, then create its adjustments one at a time, waiting for each answer. It gets the same
 * targets the plugin must reach (the sandbox's own expected units, so it does no usage reading at all,
 * which only flatters it) and sends the same creates; it is written against the wire API with
 * {@code java.net.http}, sharing no code with the plugin. Run thread only.
 */
final class NaiveBaseline {

    private NaiveBaseline() {
    }

    /** What the baseline did. */
    record Result(int creates, int contractsRead) {
    }

    static Result run(AutotaskWire wire, List<ExpectedUnits> expected, LocalDate date) {
        Map<Long, List<ExpectedUnits>> byContract = new TreeMap<>();
        Set<Long> serviceIds = new LinkedHashSet<>();
        for (ExpectedUnits e : expected) {
            byContract.computeIfAbsent(e.contractId(), c -> new ArrayList<>()).add(e);
            serviceIds.add(e.serviceId());
        }
        Map<Long, BigDecimal> prices = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            for (JsonNode service : wire.query("Services", AutotaskWire.filter(AutotaskWire.condition("in", "id", serviceIds)))) {
                prices.put(service.path("id").asLong(), service.path("unitPrice").decimalValue());
            }
        }
        int creates = 0;
        for (Map.Entry<Long, List<ExpectedUnits>> contract : byContract.entrySet()) {
            Map<Long, Integer> inForce = unitsInForce(wire, contract.getKey(), date);
            for (ExpectedUnits target : contract.getValue()) {
                int change = target.units() - inForce.getOrDefault(target.serviceId(), 0);
                if (change != 0) {
                    wire.create("ContractServiceAdjustments", AutotaskWire.object()
                            .put("contractID", target.contractId())
                            .put("serviceID", target.serviceId())
                            .put("effectiveDate", date + "T00:00:00.000")
                            .put("unitChange", change)
                            .put("adjustedUnitPrice", prices.getOrDefault(target.serviceId(), BigDecimal.ZERO)));
                    creates++;
                }
            }
        }
        return new Result(creates, byContract.size());
    }

    /** One contract's units in force on the date, per service: one query (and its pages). */
    private static Map<Long, Integer> unitsInForce(AutotaskWire wire, long contractId, LocalDate date) {
        Map<Long, Integer> units = new HashMap<>();
        List<JsonNode> rows = wire.query("ContractServiceUnits", AutotaskWire.filter(
                AutotaskWire.condition("eq", "contractID", contractId),
                AutotaskWire.condition("gte", "endDate", date + "T00:00:00.000")));
        for (JsonNode row : rows) {
            LocalDate start = LocalDate.parse(row.path("startDate").asText().substring(0, 10));
            LocalDate end = LocalDate.parse(row.path("endDate").asText().substring(0, 10));
            if (!start.isAfter(date) && !end.isBefore(date)) {
                units.merge(row.path("serviceID").asLong(), row.path("units").asInt(), Integer::sum);
            }
        }
        return units;
    }
}
