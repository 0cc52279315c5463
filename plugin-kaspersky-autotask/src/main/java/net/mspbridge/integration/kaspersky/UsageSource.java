package net.mspbridge.integration.kaspersky;

import java.util.Collection;
import java.util.List;

import net.mspbridge.api.ServiceUnavailableException;

/**
 * Where usage comes from: Kaspersky Security Center, or the host's device inventory. Both yield
 * the same model, so billing does not care which.
 *
 * <p>Errors: {@link ServiceUnavailableException} when the source cannot be read (unreachable,
 * credentials refused), with a message that says what to fix.
 */
public interface UsageSource {

    /** The customers the source knows: the rows of the Companies panel. */
    List<KasperskyCustomer> customers();

    /**
     * The billable usage of the given customers, one entry per customer asked for (an unknown or
     * empty customer has no counts).
     */
    List<CustomerUsage> usage(Collection<KasperskyCustomer> customers);
}
