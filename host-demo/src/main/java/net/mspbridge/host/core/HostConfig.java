package net.mspbridge.host.core;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.auth.Authenticator;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.runs.RunLimits;

/**
 * How the host runs: where it keeps its data, where it finds plugins, its port, and the limits
 * and clock that tests change. Built with {@link #builder(Path)}.
 *
 * @param dataDir             the data folder (database, secret key)
 * @param pluginsDir          the plugins folder
 * @param port                the HTTP port on 127.0.0.1; 0 for any free port
 * @param adminPassword       the administrator password chosen through {@code HOST_ADMIN_PASSWORD}
 * @param clock               the host's clock: "today" for billing, times in the history
 * @param pluginCallTimeout   how long a settings call (panels, options, validation, action) may take
 * @param runLimits           time limits of billing runs
 * @param sessionIdleTimeout  how long a signed-in browser stays signed in without requests
 * @param passwordHashCost    bcrypt cost of the administrator password
 * @param scheduler           whether this process runs the daily billing schedule and starts due continuations of
 *                            deferred runs
 * @param evidenceRuns        how many of the newest runs keep their evidence (the devices behind their reports);
 *                            older runs' evidence is deleted, their reports kept
 * @param out                 where the generated administrator password is printed
 */
public record HostConfig(
        Path dataDir,
        Path pluginsDir,
        int port,
        Optional<Secret> adminPassword,
        Clock clock,
        Duration pluginCallTimeout,
        RunLimits runLimits,
        Duration sessionIdleTimeout,
        int passwordHashCost,
        boolean scheduler,
        PrintStream out,
        int evidenceRuns) {

    public HostConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        Objects.requireNonNull(adminPassword, "adminPassword");
        // Refused before the data folder is touched: a weak password must not get as far as being stored.
        adminPassword.ifPresent(Authenticator::requireAcceptable);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(pluginCallTimeout, "pluginCallTimeout");
        Objects.requireNonNull(runLimits, "runLimits");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(out, "out");
        if (evidenceRuns < 1 || evidenceRuns > MAX_EVIDENCE_RUNS) {
            throw new IllegalArgumentException("--evidence-runs must be from 1 to " + MAX_EVIDENCE_RUNS + ", not "
                    + evidenceRuns);
        }
    }

    /** The most runs a host may keep evidence for: 100,000 devices a run, a year of daily runs. */
    public static final int MAX_EVIDENCE_RUNS = 366;

    /** The same configuration keeping evidence for {@code runs} runs. */
    public HostConfig withEvidenceRuns(int runs) {
        return new HostConfig(dataDir, pluginsDir, port, adminPassword, clock, pluginCallTimeout, runLimits,
                sessionIdleTimeout, passwordHashCost, scheduler, out, runs);
    }

    /** Defaults: the plugins folder next to the jar, port 8080, system clock, 10 s per settings call. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * The plugins folder that the build fills next to the host's jar ({@code target/plugins}), found
     * from where this class was loaded, so the default works from any working folder. Running from
     * a classes folder ({@code target/classes}) gives the same place.
     */
    public static Path defaultPluginsDir() {
        try {
            Path codeSource = Path.of(HostConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = codeSource.getParent();
            return parent == null ? Path.of("plugins") : parent.resolve("plugins");
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("plugins");
        }
    }

    /** Builds a {@link HostConfig}. */
    public static final class Builder {
        private final Path dataDir;
        private Path pluginsDir;
        private int port = 8080;
        private Optional<Secret> adminPassword = Optional.empty();
        private Clock clock = Clock.systemDefaultZone();
        private Duration pluginCallTimeout = Duration.ofSeconds(10);
        private RunLimits runLimits = RunLimits.defaults();
        private Duration sessionIdleTimeout = Duration.ofMinutes(30);
        private int passwordHashCost = 12;
        private boolean scheduler = true;
        private PrintStream out = System.out;
        private int evidenceRuns = EvidenceStore.DEFAULT_KEPT_RUNS;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder pluginsDir(Path pluginsDir) {
            this.pluginsDir = pluginsDir;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder adminPassword(Optional<Secret> adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder pluginCallTimeout(Duration timeout) {
            this.pluginCallTimeout = timeout;
            return this;
        }

        public Builder runLimits(RunLimits runLimits) {
            this.runLimits = runLimits;
            return this;
        }

        public Builder sessionIdleTimeout(Duration timeout) {
            this.sessionIdleTimeout = timeout;
            return this;
        }

        public Builder passwordHashCost(int cost) {
            this.passwordHashCost = cost;
            return this;
        }

        public Builder scheduler(boolean scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        public Builder out(PrintStream out) {
            this.out = out;
            return this;
        }

        /** How many of the newest runs keep their evidence. */
        public Builder evidenceRuns(int runs) {
            this.evidenceRuns = runs;
            return this;
        }

        public HostConfig build() {
            return new HostConfig(dataDir, pluginsDir == null ? defaultPluginsDir() : pluginsDir, port, adminPassword,
                    clock, pluginCallTimeout, runLimits, sessionIdleTimeout, passwordHashCost, scheduler, out,
                    evidenceRuns);
        }
    }
}
