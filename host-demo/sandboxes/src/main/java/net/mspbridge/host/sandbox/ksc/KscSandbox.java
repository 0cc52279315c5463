package net.mspbridge.host.sandbox.ksc;

import java.net.URI;

/**
 * A Kaspersky Security Center Open API server on 127.0.0.1 over HTTPS with a self-signed
 * certificate, speaking exactly the project's KSC wire profile: {@code KSCBasic} login, sessions
 * bound to a virtual server by {@code X-KSC-VServer} and kept by a cookie, session expiry (401),
 * {@code VServers.GetVServers}, {@code HostGroup.FindHosts} with {@code ChunkAccessor.*},
 * {@code HostGroup.GetHostProducts}, {@code LicenseKeys.EnumKeys} / {@code AcquireKeyHosts} with
 * {@code GroupSyncIterator.*}, and {@code PxgError} for misuse. Accessors and iterators are tracked
 * so tests can see that none leak.
 *
 * <p>Thread-safe. Started by {@link #start}; {@link #close()} stops it.
 */
public interface KscSandbox extends AutoCloseable {

    /**
     * @throws IllegalStateException when the port cannot be bound
     */
    static KscSandbox start(KscSandboxConfig config) {
        return KscHttpServer.start(config);
    }

    /** {@code https://127.0.0.1:PORT/api/v1.0/}. */
    URI baseUrl();

    /** The Administration Server address as a user types it: {@code 127.0.0.1:PORT}. */
    default String address() {
        return "127.0.0.1:" + port();
    }

    int port();

    KscCredentials credentials();

    /** The server certificate as PEM, for a client to pin. */
    String certificatePem();

    /** SHA-256 of the server certificate, upper-case hex in colon-separated pairs. */
    String certificateFingerprintSha256();

    KscOptions options();

    void setOptions(KscOptions options);

    /** Sessions logged in and neither ended ({@code Session.EndSession}) nor expired. */
    int liveSessions();

    /** Every session expires now: the next call of each gets 401 and its client must log in again. */
    void expireAllSessions();

    KscStats stats();

    void resetStats();

    @Override
    void close();
}
