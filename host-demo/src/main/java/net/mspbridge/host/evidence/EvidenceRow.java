package net.mspbridge.host.evidence;

/**
 * One stored evidence record as the page and the CSV show it.
 *
 * @param contractId the report line's contract it was counted on; "" when not counted
 * @param serviceId  the report line's service it was counted on; "" when not counted
 * @param reason     why it was not counted; "" when it was counted on a line
 */
public record EvidenceRow(String customerId, String customerName, String deviceId, String deviceName,
        String operatingSystem, String category, String application, String keyOrSeat, int units,
        String contractId, String serviceId, String reason) {

    /** Whether it was counted on a report line. */
    public boolean counted() {
        return reason.isEmpty();
    }
}
