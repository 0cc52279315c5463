package net.mspbridge.host.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.BillingHook;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.plugins.BuiltPlugin;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.demo.DemoPluginSettings;

/**
 * Nothing lost, nothing doubled, under seeded random faults: the packaged plugin, loaded by PF4J, bills
 * the Autotask sandbox from the KSC sandbox through runs under 429s, 500s, time-outs, resets, answers
 * lost after the change was made and KSC session expiry, with previews, cancelled runs, usage changes
 * and moved mappings in between; then one clean run must leave every mapped contract service at its
 * usage, with the adjustments per pair adding up to (usage - starting units), and a second clean run
 * must create nothing. Every run is checked on the way (see {@link Ledger}). Held drops (issue 15): in
 * some rounds a person confirms the run's held drops, which later runs make under faults, each once;
 * and in about half the seeds a virtual server flaps between no hosts and its usual hosts, and its
 * contract must never be credited ({@link Flapping}).
 *
 * <p>Each seed is a test named after it; a failure prints the seed, what happened and how to replay
 * it. How many seeds and how long: see {@link Seeds}. The plugin's store is the host's own
 * (H2, one key space per seed). Figures go to {@code target/reliability/seeded-faults.txt}.
 */
class SeededFaultsTest {

    private static final Duration PER_SEED = Duration.ofMinutes(4);

    @TempDir
    static Path dir;

    private static PluginHost plugins;
    private static BillingHook billing;
    private static Database database;
    private static final Figures FIGURES = new Figures("seeded-faults");

    @BeforeAll
    static void load() {
        Path pluginsDir = dir.resolve("plugins");
        BuiltPlugin.installInto(pluginsDir);
        plugins = PluginHost.load(pluginsDir);
        billing = plugins.plugin(DemoPluginSettings.PLUGIN_ID).orElseThrow().billing().orElseThrow();
        database = Database.open(dir.resolve("data"));
    }

    @AfterAll
    static void unload() {
        FIGURES.write();
        if (database != null) {
            database.close();
        }
        if (plugins != null) {
            plugins.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedConvergesWithNothingLostAndNothingDoubled() {
        Seeds seeds = Seeds.fromSystemProperties();
        FIGURES.note("seeds drawn from", seeds.base().map(Object::toString).orElse("(one seed given)"));
        FIGURES.note("time budget (s)", Long.toString(seeds.budget().toSeconds()));
        FIGURES.zero("lost (units)");
        FIGURES.zero("doubled (units)");
        FIGURES.zero("credits on a flapping virtual server");
        long started = System.nanoTime();
        Iterator<Long> next = seeds.seeds().iterator();
        Iterator<DynamicTest> tests = new Iterator<>() {
            private boolean first = true;

            @Override
            public boolean hasNext() {
                boolean inTime = first || System.nanoTime() - started < seeds.budget().toNanos();
                return next.hasNext() && inTime;
            }

            @Override
            public DynamicTest next() {
                first = false;
                long seed = next.next();
                return DynamicTest.dynamicTest("seed " + seed, () -> {
                    FIGURES.increment("seeds run");
                    FIGURES.note("seed " + String.format("%03d", (int) FIGURES.get("seeds run")), Long.toString(seed));
                    PluginStores stores = PluginStores.inDatabase(database);
                    Scenario scenario = new Scenario(seed, billing, stores.forPlugin("kaspersky-autotask-seed-" + seed), FIGURES);
                    try {
                        assertTimeoutPreemptively(PER_SEED, scenario::run, () -> "seed " + seed + " did not finish within "
                                + PER_SEED.toMinutes() + " minutes; replay: " + Seeds.replay(seed, "SeededFaultsTest"));
                    } catch (AssertionError e) {
                        FIGURES.increment("seeds failed");
                        FIGURES.note("failed seed " + seed, Seeds.replay(seed, "SeededFaultsTest"));
                        throw e;
                    } catch (RuntimeException e) {
                        FIGURES.increment("seeds failed");
                        FIGURES.note("failed seed " + seed, Seeds.replay(seed, "SeededFaultsTest"));
                        throw new AssertionError("seed " + seed + " failed: " + e + "; replay: "
                                + Seeds.replay(seed, "SeededFaultsTest"), e);
                    } finally {
                        FIGURES.note("elapsed (s)", Long.toString(Duration.ofNanos(System.nanoTime() - started).toSeconds()));
                    }
                });
            }
        };
        return Stream.iterate(tests, Iterator::hasNext, t -> t).map(Iterator::next);
    }
}
