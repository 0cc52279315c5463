package net.mspbridge.api.host;

import java.util.Objects;

/**
 * Where the counted devices of one (customer, application, category) went: to the report line of
 * (contract, service), or to none, with why ("no Autotask service is mapped for Windows servers").
 *
 * @param customerId  the customer, as given to {@link EvidenceSink#open}
 * @param application as in {@link DeviceEvidence#application()}
 * @param category    as in {@link DeviceEvidence#category()}
 * @param contractId  the report line's contract id ({@code ReportLine.contract().id()}); "" when on no line
 * @param serviceId   the report line's service id; "" when on no line
 * @param notCounted  why they are on no line; "" when they are
 * @since 1.3
 */
public record EvidenceAssignment(String customerId, String application, String category, String contractId,
        String serviceId, String notCounted) {

    /** @throws IllegalArgumentException unless exactly one of a line and a reason is given */
    public EvidenceAssignment {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(notCounted, "notCounted");
        boolean line = !contractId.isEmpty() && !serviceId.isEmpty();
        if (line == !notCounted.isEmpty() || (!line && !(contractId.isEmpty() && serviceId.isEmpty()))) {
            throw new IllegalArgumentException("an assignment names a report line (contract and service) or a"
                    + " reason, not both or neither");
        }
    }

    /** The triple went to the line of (contract, service). */
    public static EvidenceAssignment toLine(String customerId, String application, String category,
            String contractId, String serviceId) {
        return new EvidenceAssignment(customerId, application, category, contractId, serviceId, "");
    }

    /** The triple went to no line, for {@code reason}. */
    public static EvidenceAssignment notCounted(String customerId, String application, String category,
            String reason) {
        return new EvidenceAssignment(customerId, application, category, "", "", reason);
    }
}
