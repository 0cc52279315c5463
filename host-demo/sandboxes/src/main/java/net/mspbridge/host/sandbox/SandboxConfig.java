package net.mspbridge.host.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.autotask.AutotaskLimits;
import net.mspbridge.host.sandbox.autotask.FaultOptions;
import net.mspbridge.host.sandbox.seed.SandboxSeed;
import net.mspbridge.host.sandbox.ksc.KscCredentials;
import net.mspbridge.host.sandbox.ksc.KscOptions;

/**
 * How to start the sandboxes. Build with {@link #builder()}.
 *
 * @param dataDir             the host's data folder; the state goes to {@code <dataDir>/sandbox/}. Null: in
 *                            memory only (tests, the benchmark)
 * @param autotaskPort        0 for any free port
 * @param kscPort             0 for any free port
 * @param seed                what to start with when there is no saved state; null for the demo data
 * @param autotaskCredentials used when no credentials are saved yet; null to generate them
 * @param kscCredentials      used when no credentials are saved yet; null to generate them
 */
public record SandboxConfig(Path dataDir, int autotaskPort, int kscPort, Clock clock, SandboxSeed seed,
                            AutotaskCredentials autotaskCredentials, KscCredentials kscCredentials,
                            AutotaskLimits autotaskOptions, FaultOptions faults, KscOptions kscOptions) {

    public SandboxConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(autotaskOptions, "autotaskOptions");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(kscOptions, "kscOptions");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: in memory, free ports, the system clock, demo data, generated credentials, Autotask's limits, no faults. */
    public static final class Builder {
        private Path dataDir;
        private int autotaskPort;
        private int kscPort;
        private Clock clock = Clock.systemUTC();
        private SandboxSeed seed;
        private AutotaskCredentials autotaskCredentials;
        private KscCredentials kscCredentials;
        private AutotaskLimits autotaskOptions = AutotaskLimits.defaults();
        private FaultOptions faults = FaultOptions.none();
        private KscOptions kscOptions = KscOptions.defaults();

        private Builder() {
        }

        /** The host's data folder (the sandboxes keep their state in its {@code sandbox/} folder). */
        public Builder dataDir(Path value) {
            this.dataDir = value;
            return this;
        }

        public Builder autotaskPort(int value) {
            this.autotaskPort = value;
            return this;
        }

        public Builder kscPort(int value) {
            this.kscPort = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder seed(SandboxSeed value) {
            this.seed = value;
            return this;
        }

        public Builder autotaskCredentials(AutotaskCredentials value) {
            this.autotaskCredentials = value;
            return this;
        }

        public Builder kscCredentials(KscCredentials value) {
            this.kscCredentials = value;
            return this;
        }

        public Builder autotaskOptions(AutotaskLimits value) {
            this.autotaskOptions = value;
            return this;
        }

        public Builder faults(FaultOptions value) {
            this.faults = value;
            return this;
        }

        public Builder kscOptions(KscOptions value) {
            this.kscOptions = value;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(dataDir, autotaskPort, kscPort, clock, seed, autotaskCredentials, kscCredentials,
                    autotaskOptions, faults, kscOptions);
        }
    }
}
