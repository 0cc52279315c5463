/**
 * Billing: the reconciliation of usage into contract service adjustments, and the billing run
 * around it.
 *
 * <p>Public: {@link net.mspbridge.integration.billing.BillingRuns} (what the billing hook
 * delegates to), {@link net.mspbridge.integration.billing.BillingConnections} (where a run gets
 * its usage source and its Autotask port), and the port
 * {@link net.mspbridge.integration.billing.AutotaskPort} with its values and exceptions, which
 * the Autotask adapter implements. Everything else is package-private.
 *
 * <p>Inside: the reconciliation ({@code Reconciler}, with {@code UsageAttribution},
 * {@code ServiceUsage}, {@code ContractTarget} and
 * {@code ContractRules}) is pure: plain values in, a {@code Plan} out, no HTTP, no JSON, no
 * threads, no storage. The run ({@code BillingRun}) reads usage, reads Autotask in batches
 * ({@code AutotaskReader}), reconciles, creates adjustments three at a time
 * ({@code AdjustmentApplier}), settles lost answers by reading again ({@code LostAnswers}),
 * records billed pairs ({@code BilledPairs}) and builds the report ({@code ReportAssembler}),
 * under a lease in the plugin's store ({@code RunLease}).
 */
package net.mspbridge.integration.billing;
