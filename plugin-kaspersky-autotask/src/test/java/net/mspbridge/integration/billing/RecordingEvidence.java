package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;

/** An evidence sink that keeps everything in memory, as a host would store it, with the same joins. */
final class RecordingEvidence implements EvidenceSink {

    private final Map<String, List<DeviceEvidence>> byCustomer = new LinkedHashMap<>();
    private final Map<String, EvidenceAssignment> assignments = new HashMap<>();

    @Override
    public synchronized CustomerEvidence open(String customerId, String customerName) {
        List<DeviceEvidence> devices = new ArrayList<>();
        byCustomer.put(customerId, devices);
        return new CustomerEvidence() {
            @Override
            public void add(DeviceEvidence device) {
                synchronized (RecordingEvidence.this) {
                    devices.add(device);
                }
            }

            @Override
            public void discard() {
                synchronized (RecordingEvidence.this) {
                    devices.clear();
                }
            }

            @Override
            public void close() {
                // nothing buffered
            }
        };
    }

    @Override
    public synchronized void assign(EvidenceAssignment assignment) {
        EvidenceAssignment before = assignments.put(key(assignment.customerId(), assignment.application(),
                assignment.category()), assignment);
        if (before != null) {
            throw new AssertionError("assigned twice: " + before + " and " + assignment);
        }
    }

    @Override
    public boolean isPresent() {
        return true;
    }

    /** Per "contract/service", the units of the devices counted on that line. */
    synchronized Map<String, Integer> unitsPerLine() {
        Map<String, Integer> units = new TreeMap<>();
        byCustomer.forEach((customer, devices) -> devices.stream().filter(DeviceEvidence::counted).forEach(d -> {
            EvidenceAssignment a = assignments.get(key(customer, d.application(), d.category()));
            if (a != null && a.notCounted().isEmpty()) {
                units.merge(a.contractId() + "/" + a.serviceId(), d.units(), Integer::sum);
            }
        }));
        return units;
    }

    /** Per customer, the reasons its counted devices are on no line, with their units. */
    synchronized Map<String, Map<String, Integer>> notOnALine() {
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        byCustomer.forEach((customer, devices) -> devices.stream().filter(DeviceEvidence::counted).forEach(d -> {
            EvidenceAssignment a = assignments.get(key(customer, d.application(), d.category()));
            String reason = a == null ? "(no assignment)" : a.notCounted();
            if (!reason.isEmpty()) {
                result.computeIfAbsent(customer, c -> new TreeMap<>()).merge(reason, d.units(), Integer::sum);
            }
        }));
        return result;
    }

    /**
     * Per customer, the units not counted per reason, as a host shows them: the records the source
     * wrote with a reason, and the counted ones on no line with the reason of their assignment.
     */
    synchronized Map<String, Map<String, Integer>> notCounted() {
        Map<String, Map<String, Integer>> result = notOnALine();
        byCustomer.forEach((customer, devices) -> devices.stream().filter(d -> !d.counted()).forEach(d ->
                result.computeIfAbsent(customer, c -> new TreeMap<>()).merge(d.notCounted(), d.units(), Integer::sum)));
        return result;
    }

    synchronized List<DeviceEvidence> devices(String customerId) {
        return List.copyOf(byCustomer.getOrDefault(customerId, List.of()));
    }

    private static String key(String customer, String application, String category) {
        return customer + "|" + application + "|" + category;
    }
}
