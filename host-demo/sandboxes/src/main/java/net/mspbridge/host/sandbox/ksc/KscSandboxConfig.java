package net.mspbridge.host.sandbox.ksc;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link KscSandbox}.
 *
 * @param port        the port on 127.0.0.1, 0 for any free one (a real KSC listens on 13299)
 * @param directory   the virtual servers, hosts and keys to serve
 * @param credentials the user it accepts
 * @param certificate its TLS certificate
 * @param clock       for session expiry, accessor and iterator lifetimes
 */
public record KscSandboxConfig(int port, KscDirectory directory, KscCredentials credentials, KscCertificate certificate,
                               Clock clock, KscOptions options) {

    public KscSandboxConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the KSC sandbox port must be between 0 and 65535, not " + port);
        }
    }

    /** Any free port, the system clock, default options. */
    public static KscSandboxConfig of(KscDirectory directory, KscCredentials credentials, KscCertificate certificate) {
        return new KscSandboxConfig(0, directory, credentials, certificate, Clock.systemUTC(), KscOptions.defaults());
    }

    public KscSandboxConfig withPort(int value) {
        return new KscSandboxConfig(value, directory, credentials, certificate, clock, options);
    }

    public KscSandboxConfig withClock(Clock value) {
        return new KscSandboxConfig(port, directory, credentials, certificate, value, options);
    }

    public KscSandboxConfig withOptions(KscOptions value) {
        return new KscSandboxConfig(port, directory, credentials, certificate, clock, value);
    }
}
