package net.mspbridge.api.host;

import java.util.Objects;

/**
 * One device (or one group of per-user seats) a usage read saw, for one application: counted
 * towards a report line, or not counted with why. A device with two applications is two records,
 * as it is billed twice. Texts longer than {@link EvidenceSink#MAX_TEXT} are cut by the host.
 *
 * @param deviceId        the source's id of the device ("" for seats)
 * @param deviceName      the device's name, what a person searches for; for seats, the product
 * @param operatingSystem the operating system as the source reports it, "" when unknown
 * @param category        the category it counts in, as the plugin names it in
 *                        {@link EvidenceAssignment#category()} ("Windows workstations", "Users")
 * @param application     the application, as the plugin names it in {@link EvidenceAssignment#application()}
 * @param keyOrSeat       the licence key it runs on, or what the seats are ("12 users"); "" when unknown
 * @param units           the units it stands for: 1 for a device, the users for seats; at least 1
 * @param notCounted      why it was not counted, for a person ("on a trial key"); "" when counted
 * @since 1.3
 */
public record DeviceEvidence(
        String deviceId,
        String deviceName,
        String operatingSystem,
        String category,
        String application,
        String keyOrSeat,
        int units,
        String notCounted) {

    /** @throws IllegalArgumentException when {@code units} is less than 1 */
    public DeviceEvidence {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(keyOrSeat, "keyOrSeat");
        Objects.requireNonNull(notCounted, "notCounted");
        if (units < 1) {
            throw new IllegalArgumentException("a device or seat group stands for at least one unit: " + units);
        }
    }

    /** Whether it was counted (no reason given). */
    public boolean counted() {
        return notCounted.isEmpty();
    }
}
