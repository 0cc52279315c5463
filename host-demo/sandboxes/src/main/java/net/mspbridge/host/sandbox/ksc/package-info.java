/**
 * The KSC Open API sandbox: {@link net.mspbridge.host.sandbox.ksc.KscSandbox} (start with a
 * {@link net.mspbridge.host.sandbox.ksc.KscSandboxConfig}), what it serves
 * ({@link net.mspbridge.host.sandbox.ksc.KscDirectory}, held as lists by
 * {@link net.mspbridge.host.sandbox.ksc.KscData} or computed on demand), its certificate
 * ({@link net.mspbridge.host.sandbox.ksc.KscCertificate}), session rules
 * ({@link net.mspbridge.host.sandbox.ksc.KscOptions}) and counters
 * ({@link net.mspbridge.host.sandbox.ksc.KscStats}). It follows {@code briefs/ksc-wire.md} exactly.
 */
package net.mspbridge.host.sandbox.ksc;
