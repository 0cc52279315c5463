package net.mspbridge.host.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.seed.DemoData;

class SandboxShowCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SandboxShowCommand(() -> dataDir, CLOCK));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** Posts an adjustment with the sandbox's own credentials; returns the status. */
    private static int adjust(Sandboxes sandboxes, long contract, long service, int change) throws IOException, InterruptedException {
        AutotaskCredentials c = sandboxes.autotask().credentials();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandboxes.autotask().baseUrl() + "V1.0/ContractServiceAdjustments"))
                .timeout(Duration.ofSeconds(10))
                .header("ApiIntegrationCode", c.integrationCode()).header("UserName", c.userName()).header("Secret", c.secret().reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"contractID\":" + contract + ",\"serviceID\":" + service
                        + ",\"effectiveDate\":\"" + TODAY + "T00:00:00.000Z\",\"unitChange\":" + change + "}"))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void seedWithOneAdjustment() throws Exception {
        try (Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().dataDir(dataDir).clock(CLOCK).build())) {
            assertThat(adjust(sandboxes, DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION, 3)).isEqualTo(200);
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
        void theKscSideShowsEachVirtualServersHostsAndKeys() throws Exception {
            seedWithOneAdjustment();
            assertThat(run()).isZero();
            String text = out.toString();
            assertThat(text).contains("KSC sandbox: virtual servers with their hosts and licence keys");
            assertThat(text).containsPattern("Northwind Traders \\(#" + DemoData.VS_NORTHWIND + "\\): \\d+ hosts");
            assertThat(text).containsPattern("0E14-0033F0-00000B01\\s+commercial");
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
            assertThat(contoso.get("ended").asBoolean()).isFalse();
            for (JsonNode c : view.get("contracts")) {
                if (c.get("contractId").asLong() == DemoData.ADVENTURE_WORKS_CONTRACT) {
                    // Active in Autotask, but its end date has passed: "ended", as the text says.
                    assertThat(c.get("status").asText()).isEqualTo("Active");
                    assertThat(c.get("ended").asBoolean()).isTrue();
                }
            }
            assertThat(view.get("virtualServers")).isNotEmpty();
            assertThat(view.get("virtualServers").get(0).get("keys")).isNotEmpty();
        }
    }

    @Nested
    class Failures {

        @Test
        void noStateInTheDataFolderExits1WithWhatToDo() {
            assertThat(run()).isEqualTo(1);
            assertThat(err.toString()).contains("No sandbox state in", "start the host once");
        }

        /** Issue 16: as {@code bill} does, a date that is not one gets a message for a person, not Java's. */
        @Test
        void aDateThatIsNotADateExits2WithWhatToWrite() throws Exception {
            seedWithOneAdjustment();
            assertThat(run("--date", "yesterday")).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo("--date must be a date as YYYY-MM-DD, not \"yesterday\"");
            assertThat(out.toString()).isEmpty();
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
