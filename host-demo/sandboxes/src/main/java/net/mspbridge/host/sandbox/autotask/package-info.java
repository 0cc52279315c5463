/**
 * The Autotask sandbox: {@link net.mspbridge.host.sandbox.autotask.AutotaskSandbox} (start with an
 * {@link net.mspbridge.host.sandbox.autotask.AutotaskSandboxConfig}), its data as values
 * ({@link net.mspbridge.host.sandbox.autotask.AutotaskData} and the {@code At*} records), limits and
 * latency ({@link net.mspbridge.host.sandbox.autotask.AutotaskLimits}), fault injection
 * ({@link net.mspbridge.host.sandbox.autotask.FaultOptions}, {@link net.mspbridge.host.sandbox.autotask.FaultKind})
 * and counters ({@link net.mspbridge.host.sandbox.autotask.AutotaskStats}). Routing, the query engine,
 * unit rows and the HTTP flow are package-private.
 */
package net.mspbridge.host.sandbox.autotask;
