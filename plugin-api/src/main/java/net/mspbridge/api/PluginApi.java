package net.mspbridge.api;

/**
 * Facts about this contract that hosts and plugins check at run time.
 */
public final class PluginApi {

    /**
     * The version of this contract, in semantic-versioning form. A host passes it to PF4J as its
     * system version ({@code PluginManager#setSystemVersion}); a plugin states the versions it
     * works with in its {@code Plugin-Requires} descriptor entry, for example
     * {@code >=1.0.0 & <2.0.0}. The major number changes only when a change would break existing
     * plugins or hosts.
     *
     * <p>1.1: a report line says each customer's share of its units
     * ({@link net.mspbridge.api.billing.ReportLine#shares()}).
     *
     * <p>1.2: a report says which devices were seen but not counted, and why
     * ({@link net.mspbridge.api.billing.BillingReport#notCounted()}), apart from the problems a
     * person must act on.
     *
     * <p>1.3: sudden decreases are held until a person confirms them: the line outcome
     * {@link net.mspbridge.api.billing.LineOutcome#HELD}, and the confirmations a host passes in
     * {@link net.mspbridge.api.billing.BillingRunRequest#confirmations()}
     * ({@link net.mspbridge.api.billing.DropConfirmation}); a report line says the currency of its price
     * and amount ({@link net.mspbridge.api.billing.ReportLine#currency()}); a billing run's context
     * carries an evidence sink ({@link net.mspbridge.api.HostContext#evidence()},
     * {@link net.mspbridge.api.host.EvidenceSink}) where the plugin writes the devices behind each
     * report line as it reads them; a report can name a customer whose devices were not read
     * ({@link net.mspbridge.api.billing.NotCounted#devicesUnknown()}); a run deferred to spare an
     * hourly limit says when the rest may be done
     * ({@link net.mspbridge.api.billing.BillingReport#resumeAfter()}), so that a host can continue it
     * on its own.
     *
     * <p>1.4: a report line says the period its price and amount are charged for
     * ({@link net.mspbridge.api.billing.ReportLine#period()}, {@link net.mspbridge.api.billing.BillingPeriod}),
     * so that a host never adds a yearly amount into a monthly total.
     */
    public static final String CONTRACT_VERSION = "1.4.0";

    private PluginApi() {
    }
}
