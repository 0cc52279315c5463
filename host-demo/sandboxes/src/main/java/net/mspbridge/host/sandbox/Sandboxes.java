package net.mspbridge.host.sandbox;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.AutotaskSandbox;
import net.mspbridge.host.sandbox.autotask.AutotaskSandboxConfig;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.DemoMapping;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;
import net.mspbridge.host.sandbox.seed.ExpectedUsage;
import net.mspbridge.host.sandbox.seed.SandboxSeed;
import net.mspbridge.host.sandbox.ksc.KscCertificate;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.KscSandbox;
import net.mspbridge.host.sandbox.ksc.KscSandboxConfig;
import net.mspbridge.host.sandbox.view.SandboxView;

/**
 * The Autotask and KSC sandboxes, running together on 127.0.0.1: what the host starts by default so
 * that a fresh install has something real to bill against. On first start with a data folder they are
 * seeded (demo data unless the config gives a seed) and their state, credentials and certificate are
 * saved under {@code <data folder>/sandbox/}; later starts carry on from there.
 *
 * <p>Thread-safe. {@link #close()} stops both servers.
 */
public final class Sandboxes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Sandboxes.class);

    private final AutotaskSandbox autotask;
    private final KscSandbox ksc;
    private final KscDirectory directory;
    private final DemoMapping mapping;
    private final Clock clock;

    private Sandboxes(AutotaskSandbox autotask, KscSandbox ksc, KscDirectory directory, DemoMapping mapping, Clock clock) {
        this.autotask = autotask;
        this.ksc = ksc;
        this.directory = directory;
        this.mapping = mapping;
        this.clock = clock;
    }

    /**
     * Loads or seeds the state and starts both servers.
     *
     * @throws SandboxStateException when a state file is damaged (the message says which and what to do)
     * @throws SandboxException      when a port cannot be bound, the state cannot be written, or a generated
     *                               (scale) seed is combined with a data folder
     */
    public static Sandboxes start(SandboxConfig config) {
        Clock clock = config.clock();
        SandboxSeed seed = config.seed() != null ? config.seed() : DemoData.build(LocalDate.now(clock));
        AutotaskData autotaskData;
        KscDirectory directory;
        DemoMapping mapping;
        SandboxStore.Credentials credentials;
        KscCertificate certificate;
        SandboxStore store = null;
        try {
            if (config.dataDir() == null) {
                autotaskData = seed.autotask();
                directory = seed.ksc();
                mapping = seed.mapping();
                credentials = new SandboxStore.Credentials(
                        config.autotaskCredentials() != null ? config.autotaskCredentials() : SandboxStore.generatedAutotask(),
                        config.kscCredentials() != null ? config.kscCredentials() : SandboxStore.generatedKsc());
                certificate = KscCertificate.generate();
            } else {
                store = new SandboxStore(SandboxStore.folderOf(config.dataDir()));
                SandboxStore s = store;
                autotaskData = s.autotask().orElseGet(() -> {
                    s.saveAutotask(seed.autotask());
                    return seed.autotask();
                });
                directory = s.ksc().map(KscDirectory.class::cast).orElseGet(() -> {
                    if (!(seed.ksc() instanceof KscData data)) {
                        throw new SandboxException("generated scale data cannot be saved to a data folder; start the sandboxes without one");
                    }
                    s.saveKsc(data);
                    return data;
                });
                mapping = s.mapping().orElseGet(() -> {
                    s.saveMapping(seed.mapping());
                    return seed.mapping();
                });
                credentials = s.credentials(config.autotaskCredentials(), config.kscCredentials());
                certificate = KscCertificate.loadOrCreate(s.dir().resolve(SandboxStore.KSC_TLS));
            }
        } catch (UncheckedIOException e) {
            throw new SandboxException("the sandboxes cannot keep their state in " + config.dataDir() + ": " + e.getMessage(), e);
        }

        AutotaskSandboxConfig autotaskConfig = new AutotaskSandboxConfig(config.autotaskPort(), autotaskData, credentials.autotask(),
                clock, config.autotaskOptions(), config.faults(), store == null ? null : store::saveAutotask);
        AutotaskSandbox autotask;
        try {
            autotask = AutotaskSandbox.start(autotaskConfig);
        } catch (IllegalStateException e) {
            throw new SandboxException("the Autotask sandbox cannot start: " + e.getMessage(), e);
        }
        KscSandbox ksc;
        try {
            ksc = KscSandbox.start(new KscSandboxConfig(config.kscPort(), directory, credentials.ksc(), certificate, clock, config.kscOptions()));
        } catch (IllegalStateException e) {
            autotask.close();
            throw new SandboxException("the KSC sandbox cannot start: " + e.getMessage(), e);
        }
        log.info("Sandboxes ready: Autotask at {}, KSC at {} (certificate SHA-256 {}){}", autotask.baseUrl(), ksc.baseUrl(),
                ksc.certificateFingerprintSha256(), store == null ? ", in memory" : ", state in " + store.dir());
        return new Sandboxes(autotask, ksc, directory, mapping, clock);
    }

    /** The state folder of a host data folder: {@code <dataDir>/sandbox}. */
    public static Path stateDir(Path dataDir) {
        return SandboxStore.folderOf(dataDir);
    }

    public AutotaskSandbox autotask() {
        return autotask;
    }

    public KscSandbox ksc() {
        return ksc;
    }

    /** The KSC data served. */
    public KscDirectory kscDirectory() {
        return directory;
    }

    /** The mapping that fits the data, to pre-wire a plugin's settings. */
    public DemoMapping mapping() {
        return mapping;
    }

    /** What a correct billing run on {@code billingDate} leaves on each mapped contract service. */
    public List<ExpectedUnits> expectedUnits(LocalDate billingDate) {
        return ExpectedUsage.compute(directory, mapping, billingDate);
    }

    /** Each contract's services with their units on {@code date}, and the adjustments received. */
    public SandboxView view(LocalDate date) {
        return SandboxView.of(autotask.snapshot(), directory, date);
    }

    /** The view for today (by the sandboxes' clock). */
    public SandboxView view() {
        return view(LocalDate.now(clock));
    }

    @Override
    public void close() {
        try {
            ksc.close();
        } finally {
            autotask.close();
        }
    }
}
