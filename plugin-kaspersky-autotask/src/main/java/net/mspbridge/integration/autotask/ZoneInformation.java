package net.mspbridge.integration.autotask;

/**
 * The Autotask zone of the API user ({@code GET V1.0/zoneInformation?user=...}).
 *
 * @param zoneName the zone's name, e.g. "America East"
 * @param url      the REST base of the zone, e.g. {@code https://webservices3.autotask.net/atservicesrest/}
 * @param webUrl   the web UI base of the zone, may be null
 * @param ci       the database's identifier, may be null
 */
public record ZoneInformation(String zoneName, String url, String webUrl, Integer ci) {
}
