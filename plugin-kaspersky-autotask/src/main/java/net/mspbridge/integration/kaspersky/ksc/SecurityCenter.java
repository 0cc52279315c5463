package net.mspbridge.integration.kaspersky.ksc;

import java.time.LocalDate;
import java.util.Objects;

import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * The entry to the Kaspersky Security Center Open API: a usage source and a connection test for
 * one Administration Server. See the package documentation for the wire profile, TLS and memory.
 */
public final class SecurityCenter {

    private SecurityCenter() {
    }

    /**
     * A usage source that reads the server on every call (nothing is cached between calls).
     * Building it contacts nothing.
     *
     * <p>Its methods throw {@link KscUnreachableException}, {@link KscCertificateException},
     * {@link KscLoginRefusedException} and {@link KscCallException} (all
     * {@link net.mspbridge.api.ServiceUnavailableException}s) when the server cannot be used, and
     * {@link UnknownVirtualServerException} (a {@link net.mspbridge.api.ConfigurationException})
     * when the configured virtual server does not exist.
     *
     * @param catalog     the applications to bill; hosts are matched by the catalog's KSC product ids
     * @param billingDate keys whose limit date is not after this day are expired
     */
    public static UsageSource usageSource(KscSettings settings, ApplicationCatalog catalog, LocalDate billingDate) {
        return usageSource(settings, catalog, billingDate, EvidenceSink.absent());
    }

    /**
     * As {@link #usageSource(KscSettings, ApplicationCatalog, LocalDate)}, writing every host's
     * decision (counted, or not with why) to {@code evidence} as it is read.
     */
    public static UsageSource usageSource(KscSettings settings, ApplicationCatalog catalog, LocalDate billingDate,
            EvidenceSink evidence) {
        Objects.requireNonNull(billingDate, "billingDate");
        Objects.requireNonNull(evidence, "evidence");
        return new KscUsageSource(new KscConnector(settings), new ProductIndex(catalog), billingDate, evidence);
    }

    /**
     * Tests the connection step by step (server reached, logged in, virtual servers, the
     * configured virtual server). Never throws for a remote failure: it is a failed step.
     */
    public static ActionResult testConnection(KscSettings settings) {
        return ConnectionCheck.run(new KscConnector(settings));
    }
}
