package net.mspbridge.host.sandbox.autotask;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start an {@link AutotaskSandbox}.
 *
 * @param port        the port on 127.0.0.1, 0 for any free one
 * @param data        the data to serve
 * @param credentials the API user it accepts
 * @param clock       for adjustment times and the rolling hour
 * @param options     limits and latency at start
 * @param faults      fault injection at start
 * @param persister   saves the data after every accepted adjustment (before the answer is sent), or null
 *                    to keep it in memory; it throws an unchecked exception when it cannot save
 */
public record AutotaskSandboxConfig(int port, AutotaskData data, AutotaskCredentials credentials, Clock clock,
                                    AutotaskLimits options, FaultOptions faults, Consumer<AutotaskData> persister) {

    public AutotaskSandboxConfig {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(faults, "faults");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the Autotask sandbox port must be between 0 and 65535, not " + port);
        }
    }

    /** In memory, any free port, the system clock, Autotask's limits, no faults. */
    public static AutotaskSandboxConfig of(AutotaskData data, AutotaskCredentials credentials) {
        return new AutotaskSandboxConfig(0, data, credentials, Clock.systemUTC(), AutotaskLimits.defaults(), FaultOptions.none(), null);
    }

    public AutotaskSandboxConfig withPort(int value) {
        return new AutotaskSandboxConfig(value, data, credentials, clock, options, faults, persister);
    }

    public AutotaskSandboxConfig withClock(Clock value) {
        return new AutotaskSandboxConfig(port, data, credentials, value, options, faults, persister);
    }

    public AutotaskSandboxConfig withOptions(AutotaskLimits value) {
        return new AutotaskSandboxConfig(port, data, credentials, clock, value, faults, persister);
    }
}
