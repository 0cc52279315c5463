package net.mspbridge.host.sandbox.seed;

import java.util.Objects;

/**
 * Which Kaspersky customer (a KSC virtual server) belongs to which Autotask company and contract in
 * the sandbox data: what the Companies panel should hold.
 *
 * @param kscCustomerId the virtual server's {@code KLVSRV_ID} as text (the plugin's customer id)
 * @param companyId     the Autotask company, or null when the customer has none (its usage is unmapped)
 * @param contractId    the company's Recurring Service contract, or null when it has none
 * @param billable      whether a billing run can bill this customer (false: the contract is expired,
 *                      inactive or missing, and the run must report it)
 * @param remark        what this customer shows, for people
 */
public record CustomerLink(String kscCustomerId, String kscCustomerName, Long companyId, String companyName,
                           Long contractId, String contractName, boolean billable, String remark) {

    public CustomerLink {
        Objects.requireNonNull(kscCustomerId, "kscCustomerId");
        Objects.requireNonNull(kscCustomerName, "kscCustomerName");
        Objects.requireNonNull(remark, "remark");
    }
}
