package net.mspbridge.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import net.mspbridge.host.sandbox.demo.DemoData;

class SandboxShowCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SandboxShowCommand(() -> dataDir, SandboxesTest.CLOCK));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void seedWithOneAdjustment() throws Exception {
        try (Sandboxes sandboxes = SandboxesTest.start(dataDir)) {
            assertThat(SandboxesTest.adjust(sandboxes, DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, 3)).isEqualTo(200);
        }
    }

    @Nested
    class Text {

        @Test
        void showsEachContractsServicesUnitsAndTheAdjustmentsReceived() throws Exception {
            seedWithOneAdjustment();
            assertThat(run()).isZero();
            String text = out.toString();
            assertThat(text).contains("Contoso Ltd. | Contoso Ltd. - Managed Security (#29684101, Recurring Service, Active",
                    "1 adjustment(s) received");
            assertThat(text).containsPattern("Kaspersky EDR Workstation\\s+4\\.50\\s+25");
            assertThat(text).containsPattern("Backup 500 GB\\s+25\\.00\\s+6");
            assertThat(text).containsPattern("1\\s+2026-03-15 10:00:00\\s+2026-03-15\\s+\\+3\\s+Kaspersky EDR Workstation");
            assertThat(text).contains("Adventure Works - Managed Security", "ended", "Litware - Managed Security", "Inactive");
            assertThat(text).doesNotContain("Project hours");
        }

        @Test
        void aDateShowsTheUnitsInForceThen() throws Exception {
            seedWithOneAdjustment();
            assertThat(run("--date", "2026-03-14")).isZero();
            assertThat(out.toString()).containsPattern("Kaspersky EDR Workstation\\s+4\\.50\\s+22");
        }
    }

    @Nested
    class Json {

        @Test
        void givesTheSameFactsAsJson() throws Exception {
            seedWithOneAdjustment();
            assertThat(run("--json")).isZero();
            JsonNode view = new ObjectMapper().readTree(out.toString());
            assertThat(view.get("date").asText()).isEqualTo("2026-03-15");
            JsonNode contoso = null;
            for (JsonNode c : view.get("contracts")) {
                if (c.get("contractId").asLong() == DemoData.CONTOSO_CONTRACT) {
                    contoso = c;
                }
            }
            assertThat(contoso.get("companyName").asText()).isEqualTo("Contoso Ltd.");
            assertThat(contoso.get("services").toString()).contains("\"serviceName\":\"Kaspersky EDR Workstation\"", "\"units\":25");
            JsonNode adjustment = contoso.get("adjustments").get(0);
            assertThat(adjustment.get("itemId").asLong()).isEqualTo(1);
            assertThat(adjustment.get("unitChange").asInt()).isEqualTo(3);
            assertThat(adjustment.get("effectiveDate").asText()).isEqualTo("2026-03-15");
            assertThat(adjustment.get("receivedAt").asText()).isEqualTo("2026-03-15T10:00:00Z");
        }
    }

    @Nested
    class Failures {

        @Test
        void noStateInTheDataFolderExits1WithWhatToDo() {
            assertThat(run()).isEqualTo(1);
            assertThat(err.toString()).contains("No sandbox state in", "start the host once");
        }

        @Test
        void aDamagedStateFileExits2() throws Exception {
            Files.createDirectories(Sandboxes.stateDir(dataDir));
            Files.writeString(Sandboxes.stateDir(dataDir).resolve("autotask.json"), "[]");
            assertThat(run()).isEqualTo(2);
            assertThat(err.toString()).contains("autotask.json");
        }
    }

    @Command(name = "host")
    static final class Root implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void registersAsSandboxShowUnderAHostCommandLineWithTheHostsDataFolder() throws Exception {
        seedWithOneAdjustment();
        CommandLine root = new CommandLine(new Root());
        SandboxCommand.register(root, () -> dataDir);
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        assertThat(root.execute("sandbox", "show", "--json")).isZero();
        assertThat(out.toString()).contains("\"contracts\"");
        assertThat(root.execute("sandbox")).isEqualTo(2);
        assertThat(err.toString()).contains("show");
    }
}
