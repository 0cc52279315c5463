package net.mspbridge.integration.plugin;

import net.mspbridge.integration.autotask.AutotaskClient;
import net.mspbridge.integration.autotask.AutotaskEntity;
import net.mspbridge.integration.autotask.Filter;
import net.mspbridge.integration.autotask.Query;
import net.mspbridge.integration.autotask.ThresholdInformation;
import net.mspbridge.integration.mapping.AutotaskConnectionProbe;

/** "Test Autotask connection", step by step, through one client. */
final class ClientConnectionProbe implements AutotaskConnectionProbe {

    private final AutotaskClient client;

    ClientConnectionProbe(AutotaskClient client) {
        this.client = client;
    }

    @Override
    public Zone findZone() {
        return AutotaskFailures.call(() -> client.zoneInformation()
                .map(zone -> new Zone(zone.zoneName() == null ? "" : zone.zoneName(), String.valueOf(zone.url())))
                .orElseGet(() -> new Zone("", client.baseUrl().toString())));
    }

    @Override
    public void checkCredentials() {
        // The cheapest authenticated call that proves the API user may read what billing reads.
        AutotaskFailures.call(() -> client.count(AutotaskEntity.CONTRACTS, Query.where(Filter.gt("id", 0))));
    }

    @Override
    public ApiBudget apiBudget() {
        ThresholdInformation threshold = AutotaskFailures.call(client::thresholdInformation);
        return new ApiBudget(threshold.currentTimeframeRequestCount(), threshold.externalRequestThreshold(),
                threshold.requestThresholdTimeframe());
    }
}
