package net.mspbridge.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.HostMain;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.FakeBillMain;
import net.mspbridge.host.fake.FakePlugin;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.TestHost;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.runs.RunProgress;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunState;
import net.mspbridge.host.runs.Trigger;

import picocli.CommandLine;

class BillCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    private final FakePlugin fake = new FakePlugin();

    /** Runs the command line in this process and gives its exit code and what it printed. */
    private Result run(String... args) {
        return run(false, args);
    }

    private Result run(boolean interactive, String... args) {
        HostMain main = new HostMain(Map.of(), config -> fake.source(), builder -> builder.passwordHashCost(4)
                .runLimits(TestHost.FAST_RUNS));
        CommandLine commandLine = HostMain.commandLine(main);
        ((BillCommand) commandLine.getSubcommands().get("bill").getCommand()).interactive(() -> interactive);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out + " / " + err, e);
            }
        }
    }

    /** Maps Endpoint Detection as a person would, through a short-lived host on the same folder. */
    private void mapServices() {
        try (TestHost host = new TestHost(dataDir)) {
            ApiClient client = host.signedIn();
            assertThat(client.send("PUT", "/api/settings/fake-billing/panels/services", "{\"version\":0,\"values\":"
                    + "{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}").status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Reports {

        @Test
        void aPreviewPrintsTheReportAsJsonAndExitsZero() {
            mapServices();

            Result result = run("bill", "--preview", "--json");

            assertThat(result.code()).as(result.err()).isZero();
            JsonNode run = result.json();
            assertThat(run.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(run.get("mode").asText()).isEqualTo("PREVIEW");
            assertThat(run.get("trigger").asText()).isEqualTo("COMMAND_LINE");
            assertThat(run.get("report").get("lines")).hasSize(5)
                    .allSatisfy(l -> assertThat(l.get("outcome").asText()).isEqualTo("PLANNED"));
        }

        @Test
        void aSecondApplyFindsNothingToChange() {
            mapServices();

            Result first = run("bill", "--apply", "--json");
            Result second = run("bill", "--apply", "--json", "--date", LocalDate.now().toString());

            assertThat(first.code()).isZero();
            assertThat(first.json().get("changes").asInt()).isEqualTo(5);
            assertThat(second.code()).isZero();
            assertThat(second.json().get("changes").asInt()).isZero();
        }

        @Test
        void withoutJsonItPrintsAReadableTable() {
            mapServices();

            Result result = run("bill", "--apply");

            assertThat(result.code()).isZero();
            assertThat(result.out()).startsWith("Billing run run-1 (apply, effective " + LocalDate.now() + ") of plugin fake-billing: COMPLETED")
                    .contains("5 change(s) applied")
                    .contains("Company", "Contract", "Service", "In force", "Wanted", "Change", "Outcome")
                    .contains("Contoso Ltd.", "EDR Workstation", "+20", "APPLIED");
        }

        @Test
        void usageWithoutAMappingCompletesWithProblemsListedAndStillExitsZero() {
            Result result = run("bill", "--preview");

            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("COMPLETED_WITH_PROBLEMS", "Problems (5):", "UNMAPPED_USAGE");
        }

        @Test
        void onATerminalProgressIsDrawnOnStandardError() {
            mapServices();

            Result result = run(true, "bill", "--preview", "--json");

            assertThat(result.code()).isZero();
            assertThat(result.err()).contains("] 6/6 done: COMPLETED");
            assertThat(result.out()).doesNotContain("[#");
        }
    }

    @Nested
    class Failures {

        @Test
        void aDateThatIsNotADateIsAUsageError() {
            Result result = run("bill", "--preview", "--date", "tomorrow");

            assertThat(result.code()).isEqualTo(BillCommand.EXIT_USAGE);
            assertThat(result.err()).contains("--date must be a date as YYYY-MM-DD, not \"tomorrow\"");
        }

        @Test
        void aDateOutOfRangeIsAUsageError() {
            Result result = run("bill", "--preview", "--date", "2001-01-01");

            assertThat(result.code()).isEqualTo(BillCommand.EXIT_USAGE);
            assertThat(result.err()).contains("out of range");
        }

        @Test
        void previewOrApplyMustBeChosenExactlyOnce() {
            assertThat(run("bill").code()).isEqualTo(BillCommand.EXIT_USAGE);
            assertThat(run("bill", "--preview", "--apply").code()).isEqualTo(BillCommand.EXIT_USAGE);
        }

        @Test
        void anUnknownPluginIsAUsageError() {
            Result result = run("bill", "--preview", "--plugin", "nope");

            assertThat(result.code()).isEqualTo(BillCommand.EXIT_USAGE);
            assertThat(result.err()).contains("there is no plugin 'nope'");
        }

        @Test
        void aFailingPluginExitsWithFailedAndTheMessage() {
            fake.billing.faults.set("run", Fault.REFUSE);

            Result result = run("bill", "--apply");

            assertThat(result.code()).isEqualTo(BillCommand.EXIT_FAILED);
            assertThat(result.out()).contains("FAILED", "Set the server address on the Connection panel first.");
        }

        @Test
        void aDataFolderThatCannotBeOpenedIsAHostErrorWithOneLine() throws IOException {
            Path file = dataDir.resolve("not-a-folder");
            java.nio.file.Files.writeString(file, "x");
            HostMain main = new HostMain(Map.of(), config -> fake.source(), builder -> { });
            CommandLine commandLine = HostMain.commandLine(main);
            StringWriter err = new StringWriter();
            commandLine.setErr(new PrintWriter(err, true));

            int code = commandLine.execute("--data-dir", file.toString(), "bill", "--preview");

            assertThat(code).isEqualTo(BillCommand.EXIT_HOST_ERROR);
            assertThat(err.toString()).startsWith("host-demo: ").contains("not-a-folder").doesNotContain("\tat ");
        }
    }

    @Test
    void whileTheHostServesTheSameDataFolderABillCommandInAnotherProcessWorksOrIsRefused() throws Exception {
        try (TestHost host = new TestHost(dataDir)) {
            ApiClient client = host.signedIn();
            client.send("PUT", "/api/settings/fake-billing/panels/services", "{\"version\":0,\"values\":"
                    + "{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}");

            Result preview = otherProcess("bill", "--preview", "--json");
            assertThat(preview.code()).as(preview.err()).isZero();
            assertThat(preview.json().get("changes").asInt()).isEqualTo(5);

            host.fake.billing.hold();
            String running = client.send("POST", "/api/runs", "{\"mode\":\"APPLY\"}").json().get("run").get("runId").asText();
            assertThat(host.fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

            Result refused = otherProcess("bill", "--apply");
            assertThat(refused.code()).as(refused.err()).isEqualTo(BillCommand.EXIT_REFUSED);
            assertThat(refused.err()).contains("refused", running);

            host.fake.billing.release();
            assertThat(host.app.core().runs().await(running, Duration.ofSeconds(20)).state()).isEqualTo(RunState.COMPLETED);
            assertThat(client.get("/api/runs").json().get("runs")).extracting(r -> r.get("trigger").asText())
                    .containsExactly("PAGE", "COMMAND_LINE");
        }
    }

    /** The command line in a child JVM with the test class path, as an administrator would run it. */
    private Result otherProcess(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeBillMain.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Read both streams fully before waiting: the child's output is small.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bill command did not finish within 60 s: " + err);
        }
        return new Result(process.exitValue(), out, err);
    }

    @Nested
    class HeldDrops {

        /** Billed once; then the fake plugin's record says 40 units are in force for the first customer. */
        private void aHeldDrop() {
            mapServices();
            fake.billing.holdDrops = true;
            Result first = run("bill", "--apply", "--json");
            assertThat(first.code()).as(first.err()).isZero();
            String customer = first.json().get("report").get("lines").get(0).get("customer").get("id").asText();
            try (Database db = Database.open(dataDir)) {
                PluginStores.inDatabase(db).forPlugin(FakeSettings.PLUGIN_ID).put("billed/" + customer, "40");
            }
        }

        @Test
        void anApplyThatHoldsADropExitsWithHeld() {
            aHeldDrop();

            Result held = run("bill", "--apply", "--json");

            assertThat(held.code()).isEqualTo(BillCommand.EXIT_HELD);
            assertThat(held.json().get("report").get("lines")).anySatisfy(l -> assertThat(l.get("outcome").asText())
                    .isEqualTo("HELD"));
        }

        @Test
        void confirmDropsConfirmsTheHeldDropsAndAppliesThemOnce() {
            aHeldDrop();

            Result confirmed = run("bill", "--apply", "--confirm-drops");

            assertThat(confirmed.code()).as(confirmed.err()).isZero();
            assertThat(confirmed.err()).contains("confirmed 1 held drop(s)");
            assertThat(confirmed.out()).contains("HELD").contains("APPLIED");
            Result after = run("bill", "--apply", "--json");
            assertThat(after.code()).isZero();
            assertThat(after.json().get("changes").asInt()).isZero();
        }

        @Test
        void confirmDropsGoesWithApplyOnly() {
            mapServices();

            Result result = run("bill", "--preview", "--confirm-drops");

            assertThat(result.code()).isEqualTo(BillCommand.EXIT_USAGE);
            assertThat(result.err()).contains("--confirm-drops goes with --apply");
        }
    }

    @Test
    void exitCodesFollowHowTheRunEnded() {
        assertThat(BillCommand.exitCode(ended(RunState.COMPLETED))).isEqualTo(0);
        assertThat(BillCommand.exitCode(ended(RunState.COMPLETED_WITH_PROBLEMS))).isEqualTo(0);
        assertThat(BillCommand.exitCode(ended(RunState.REFUSED))).isEqualTo(3);
        assertThat(BillCommand.exitCode(ended(RunState.CANCELLED))).isEqualTo(4);
        assertThat(BillCommand.exitCode(ended(RunState.DEFERRED))).isEqualTo(4);
        assertThat(BillCommand.exitCode(ended(RunState.INTERRUPTED))).isEqualTo(4);
        assertThat(BillCommand.exitCode(ended(RunState.FAILED))).isEqualTo(5);
    }

    private static RunRecord ended(RunState state) {
        return new RunRecord("run-1", "p", RunMode.APPLY, LocalDate.now(), Trigger.COMMAND_LINE, "command line",
                Instant.EPOCH, Optional.of(Instant.EPOCH), state, "", 0, 0, 0, 0, RunProgress.NONE, false, Optional.empty());
    }
}
