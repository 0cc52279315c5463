package net.mspbridge.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.HostMain;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.FakePlugin;
import net.mspbridge.host.pluginstore.PluginStores;

import picocli.CommandLine;

/** {@code store list} and {@code store remove} on a real data folder's database. */
class StoreCommandTest {

    @TempDir
    Path dir;

    private Result run(Path dataDir, String... args) {
        FakePlugin fake = new FakePlugin();
        CommandLine commandLine = HostMain.commandLine(new HostMain(Map.of(), config -> fake.source(), builder -> { }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return new Result(commandLine.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    /** A data folder whose database holds two plugins' entries. */
    private Path dataWithEntries() {
        Path data = dir.resolve("data");
        data.toFile().mkdirs();
        try (Database database = Database.open(data)) {
            PluginStore store = PluginStores.inDatabase(database).forPlugin("kaspersky-autotask");
            store.put("billing.billed.101", "10,20");
            store.put("billing.billed.102", "not-a-number");
            store.put("billing.run.lease", "token|x|y|run-1");
            PluginStores.inDatabase(database).forPlugin("other-plugin").put("billing.billed.101", "99");
        }
        return data;
    }

    private static Map<String, String> entries(Path data, String pluginId) {
        try (Database database = Database.open(data)) {
            return PluginStores.inDatabase(database).forPlugin(pluginId).list("");
        }
    }

    @Test
    void listsOnePluginsEntriesUnderAPrefix() {
        Path data = dataWithEntries();

        Result result = run(data, "store", "list", "kaspersky-autotask", "--prefix", "billing.billed.");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("billing.billed.101 = 10,20", "billing.billed.102 = not-a-number",
                "2 entries in the store of plugin kaspersky-autotask under 'billing.billed.'")
                .doesNotContain("lease", "= 99");
    }

    @Test
    void removesTheDamagedKeyAndNothingElse() {
        Path data = dataWithEntries();

        Result result = run(data, "store", "remove", "kaspersky-autotask", "billing.billed.102");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Removed 'billing.billed.102' (was 'not-a-number')");
        assertThat(entries(data, "kaspersky-autotask")).containsOnlyKeys("billing.billed.101", "billing.run.lease");
        assertThat(entries(data, "other-plugin")).containsOnlyKeys("billing.billed.101");
    }

    @Test
    void anUnknownKeyIsSaidAndNothingChanges() {
        Path data = dataWithEntries();

        Result result = run(data, "store", "remove", "kaspersky-autotask", "billing.billed.103");

        assertThat(result.code()).isEqualTo(StoreCommand.EXIT_NOT_FOUND);
        assertThat(result.err()).contains("plugin kaspersky-autotask has no key 'billing.billed.103'", "store list");
        assertThat(entries(data, "kaspersky-autotask")).hasSize(3);
    }

    @Test
    void aFolderWithoutHostDataIsRefusedAndNoDatabaseIsCreated() {
        Path missing = dir.resolve("no-such-folder");

        Result result = run(missing, "store", "list", "kaspersky-autotask");

        assertThat(result.code()).isEqualTo(StoreCommand.EXIT_NOT_FOUND);
        assertThat(result.err()).contains("no host data in", "--data-dir");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingKeyArgumentIsAUsageError() {
        Path data = dataWithEntries();

        Result result = run(data, "store", "remove", "kaspersky-autotask");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("KEY");
        assertThat(entries(data, "kaspersky-autotask")).hasSize(3);
    }
}
