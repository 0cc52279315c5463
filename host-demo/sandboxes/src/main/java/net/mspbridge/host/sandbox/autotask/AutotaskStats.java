package net.mspbridge.host.sandbox.autotask;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request counters of the Autotask sandbox, for tests and the benchmark. Endpoints are named by their
 * entity path as Autotask spells it ({@code Companies}, {@code ContractServiceUnits},
 * {@code ContractServiceAdjustments}, {@code ThresholdInformation}, {@code zoneInformation}).
 *
 * @param requestsInTimeframe the rolling-hour count ThresholdInformation reports
 */
public record AutotaskStats(Map<String, EndpointStats> endpoints, int requestsInTimeframe) {

    private static final EndpointStats NONE = new EndpointStats(0, 0, 0, 0, 0);

    public AutotaskStats {
        endpoints = Map.copyOf(endpoints);
    }

    /** The counters of one endpoint (zero when it saw nothing), its name matched without regard to case. */
    public EndpointStats endpoint(String name) {
        return endpoints.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse(NONE);
    }

    /** Every request received on every endpoint. */
    public long totalRequests() {
        return endpoints.values().stream().mapToLong(EndpointStats::requests).sum();
    }

    /** Requests per endpoint, sorted by name. */
    public Map<String, Long> requestsByEndpoint() {
        Map<String, Long> map = new TreeMap<>();
        endpoints.forEach((k, v) -> map.put(k, v.requests()));
        return map;
    }
}
