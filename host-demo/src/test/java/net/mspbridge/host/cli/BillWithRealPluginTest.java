package net.mspbridge.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.HostMain;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.pluginstore.PluginStores;

import picocli.CommandLine;

/**
 * The README's promise, on the command line with the real plugin: after the host has set up the demo
 * (its first start), {@code bill --apply} bills the sandboxes, and a second {@code bill --apply}
 * finds nothing to change. With no host serving, {@code bill} runs the sandboxes itself, and on a
 * fresh data folder sets up the demo as {@code serve} does.
 */
class BillWithRealPluginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSecondApplyReportsNothingToChange() throws Exception {
        HostConfig config = demoSetUp();
        Path pluginsDir = config.pluginsDir();
        Path dataDir = config.dataDir();

        JsonNode first = bill(dataDir, pluginsDir);
        JsonNode second = bill(dataDir, pluginsDir);

        // The demo's one problem: Woodgrove Bank's virtual server, which no Companies row maps. The
        // devices of Fabrikam and Northwind Traders that the billing rules leave out are "not counted", with their reasons.
        for (JsonNode run : List.of(first, second)) {
            assertThat(run.get("state").asText()).isEqualTo("COMPLETED_WITH_PROBLEMS");
            assertThat(run.get("report").get("problems")).singleElement().satisfies(problem -> {
                assertThat(problem.get("kind").asText()).isEqualTo("UNMAPPED_USAGE");
                assertThat(problem.get("message").asText()).contains("Woodgrove Bank (3 devices)");
            });
            assertThat(run.get("report").get("notCounted")).extracting(n -> n.get("customer").get("name").asText())
                    .containsExactly("Fabrikam", "Fabrikam", "Northwind Traders", "Northwind Traders", "Northwind Traders",
                            "AdventureWorks", "Tailspin", "Litware");
        }
        assertThat(first.get("report").get("lines")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.get("outcome").asText()).isIn("APPLIED", "UNCHANGED"));
        assertThat(second.get("report").get("lines")).hasSameSizeAs(first.get("report").get("lines"))
                .allSatisfy(line -> {
                    assertThat(line.get("outcome").asText()).isEqualTo("UNCHANGED");
                    assertThat(line.get("unitChange").asInt()).isZero();
                });
    }

    @Test
    void onAFreshDataFolderBillSetsUpTheDemoAsServeDoes() throws Exception {
        // The plugin installed, the host never started: README's bill command comes first.
        HostConfig config = RealPluginHost.config(dir, "bill-real-plugin-password").build();

        Run preview = run(config.dataDir(), config.pluginsDir(), "bill", "--preview", "--json");

        assertThat(preview.exit()).as(preview.out() + preview.err()).isZero();
        JsonNode run = JSON.readTree(preview.out());
        assertThat(run.get("state").asText()).isEqualTo("COMPLETED_WITH_PROBLEMS");
        assertThat(run.get("report").get("lines")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("PLANNED"));
        // The demo's one unmapped customer; the devices the billing rules leave out are not problems.
        assertThat(run.get("report").get("problems")).extracting(problem -> problem.get("subject").asText())
                .containsExactly("Woodgrove Bank");

        JsonNode applied = bill(config.dataDir(), config.pluginsDir());
        assertThat(applied.get("report").get("lines")).hasSameSizeAs(run.get("report").get("lines"))
                .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("APPLIED"));
        assertThat(bill(config.dataDir(), config.pluginsDir()).get("report").get("lines"))
                .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("UNCHANGED"));
    }

    @Test
    void aDamagedRecordIsNamedToThePersonAndStoreRemoveLetsBillingGoOn() throws Exception {
        HostConfig config = demoSetUp();
        Path pluginsDir = config.pluginsDir();
        Path dataDir = config.dataDir();
        try (Database database = Database.open(dataDir)) {
            PluginStores.inDatabase(database).forPlugin("kaspersky-autotask").put("billing.billed.4521", "12,x");
        }

        Run failed = run(dataDir, pluginsDir, "bill", "--apply", "--json");
        Run removed = run(dataDir, pluginsDir, "store", "remove", "kaspersky-autotask", "billing.billed.4521");
        Run billed = run(dataDir, pluginsDir, "bill", "--apply", "--json");

        assertThat(failed.exit()).isEqualTo(BillCommand.EXIT_FAILED);
        JsonNode run = JSON.readTree(failed.out());
        assertThat(run.get("state").asText()).isEqualTo("FAILED");
        assertThat(run.get("message").asText()).contains("damaged under key 'billing.billed.4521'", "Remove that key");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(billed.exit()).as(billed.out()).isZero();
        assertThat(JSON.readTree(billed.out()).get("report").get("lines")).isNotEmpty();
    }

    /**
     * Issue 16: {@code bill --csv FILE} writes the report as CSV, one row per line with its amount and
     * adjustment id; a CSV path that cannot be written is refused before the run, which changes nothing.
     */
    @Test
    void billWritesTheReportAsCsvAndRefusesAFolderBeforeRunning() throws Exception {
        HostConfig config = demoSetUp();
        Path csv = dir.resolve("report.csv");

        Run refused = run(config.dataDir(), config.pluginsDir(), "bill", "--apply", "--csv", dir.toString());
        Run applied = run(config.dataDir(), config.pluginsDir(), "bill", "--apply", "--json", "--csv", csv.toString());

        assertThat(refused.exit()).isEqualTo(BillCommand.EXIT_USAGE);
        assertThat(refused.err()).contains("--csv " + dir + " is a folder: give a file name");
        assertThat(applied.exit()).as(applied.err()).isZero();
        // The refused command made no run: the first run applies every line.
        JsonNode report = JSON.readTree(applied.out()).get("report");
        assertThat(report.get("lines")).allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("APPLIED"));
        List<String> rows = java.nio.file.Files.readAllLines(csv);
        assertThat(rows).hasSize(report.get("lines").size() + 1);
        assertThat(rows.get(0)).startsWith("run_id,effective_date,mode,customer_id,customer,").endsWith(",adjustment_id,note,period");
        assertThat(rows).filteredOn(row -> row.contains("Kaspersky EDR Workstation") && row.contains("Contoso Ltd."))
                .singleElement().satisfies(row -> assertThat(row).containsPattern(",22,18,-4,4\\.50,-18\\.00,USD,APPLIED,\\d+,.*,MONTHLY$"));
    }

    /** A data folder after the host's first start: the demo sandboxes mapped. */
    private HostConfig demoSetUp() {
        HostConfig config = RealPluginHost.config(dir, "bill-real-plugin-password").build();
        RealPluginHost.start(config).close();
        return config;
    }

    private JsonNode bill(Path dataDir, Path pluginsDir) throws Exception {
        Run run = run(dataDir, pluginsDir, "bill", "--apply", "--json");
        assertThat(run.exit()).as(run.out()).isZero();
        return JSON.readTree(run.out());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path dataDir, Path pluginsDir, String... command) {
        HostMain main = new HostMain(Map.of(), config -> PluginHost.load(config.pluginsDir()),
                builder -> builder.passwordHashCost(4));
        CommandLine commandLine = HostMain.commandLine(main);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--plugins-dir", pluginsDir.toString(),
                "--port", "0"));
        args.addAll(List.of(command));
        int exit = commandLine.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
