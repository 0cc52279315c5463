package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * README's run command, for real: {@code java -jar host-demo.jar} as the build leaves it (its
 * libraries and the plugin zip found next to the jar, from another working folder), on a fresh data
 * folder. The host must start with the plugin loaded and the demo sandboxes wired, sign a person in,
 * and a {@code bill --preview --json} beside it must print a report; the other way round, {@code bill}
 * on a fresh folder sets up the demo itself and the host started after it keeps that. Runs after {@code package}
 * (failsafe), so it tests the artifact a user gets, not the test class path.
 */
class PackagedHostIT {

    private static final String PASSWORD = "packaged-host-password";
    private static final Duration START = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern READY_URL = Pattern.compile("Host ready at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path workingFolder;

    @Test
    void theJarStartsTheHostWithThePluginAndTheSandboxesAndBillsBesideIt() throws Exception {
        Path jar = Path.of("target", "host-demo.jar").toAbsolutePath();
        assertThat(jar).as("built by package").isRegularFile();
        Path data = workingFolder.resolve("data");
        Path serveLog = workingFolder.resolve("serve.log");
        Process serving = java(jar, serveLog, "--data-dir", data.toString(), "--port", "0");
        try {
            String ready = awaitLine(serving, serveLog, "Host ready at http://127.0.0.1:");
            assertThat(ready).contains(data.toString());
            int port = portOf(ready);
            // The demo mapping is saved before the host serves, so the first page shows it.
            assertThat(Files.readString(serveLog)).contains("1 plugin(s) loaded, 0 failed",
                    "Plugin kaspersky-autotask is set up for the demo sandboxes");

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("api/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            JsonNode plugins = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("api/plugins"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(plugins.toString()).contains("\"kaspersky-autotask\"");

            Path billLog = workingFolder.resolve("bill.err");
            Process bill = new ProcessBuilder(command(jar, "--data-dir", data.toString(), "bill", "--preview", "--json"))
                    .directory(workingFolder.toFile()).redirectError(billLog.toFile()).start();
            String out = new String(bill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bill.waitFor(120, TimeUnit.SECONDS)).as("bill ended").isTrue();
            assertThat(bill.exitValue()).as(Files.readString(billLog)).isZero();
            assertThat(Files.readString(billLog)).as("no progress drawn when the output is not a terminal")
                    .doesNotContain("\r", "done:");
            JsonNode run = JSON.readTree(out);
            assertThat(run.get("mode").asText()).isEqualTo("PREVIEW");
            assertThat(run.get("state").asText()).startsWith("COMPLETED");
            assertThat(run.get("report").get("lines")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("PLANNED"));
        } finally {
            serving.destroy();
            if (!serving.waitFor(15, TimeUnit.SECONDS)) {
                serving.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void billOnAFreshDataFolderSetsUpTheDemoAndTheHostStartedAfterItKeepsThatSetUp() throws Exception {
        Path jar = Path.of("target", "host-demo.jar").toAbsolutePath();
        Path data = workingFolder.resolve("data");
        // bill puts the demo sandboxes on the ports after this one if it can bind them, else on any.
        String port = Integer.toString(freePort());
        Path billLog = workingFolder.resolve("bill.err");
        Process bill = new ProcessBuilder(command(jar, "--data-dir", data.toString(), "--port", port, "bill", "--preview",
                "--json")).directory(workingFolder.toFile()).redirectError(billLog.toFile()).start();
        String out = new String(bill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bill.waitFor(120, TimeUnit.SECONDS)).as("bill ended").isTrue();
        assertThat(bill.exitValue()).as(Files.readString(billLog)).isZero();
        assertThat(Files.readString(billLog)).contains("Plugin kaspersky-autotask is set up for the demo sandboxes");
        JsonNode run = JSON.readTree(out);
        assertThat(run.get("state").asText()).isEqualTo("COMPLETED_WITH_PROBLEMS");
        assertThat(run.get("report").get("lines")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("PLANNED"));
        assertThat(run.get("report").get("problems").toString()).contains("Woodgrove Bank (3 devices)");

        Path serveLog = workingFolder.resolve("serve.log");
        // Port 0: a port chosen free here could be taken by another process before the host binds it.
        Process serving = java(jar, serveLog, "--data-dir", data.toString(), "--port", "0");
        try {
            awaitLine(serving, serveLog, "Host ready at http://127.0.0.1:");
            assertThat(Files.readString(serveLog)).as("the settings bill stored are kept")
                    .doesNotContain("is set up for the demo sandboxes");
        } finally {
            serving.destroy();
            if (!serving.waitFor(15, TimeUnit.SECONDS)) {
                serving.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    private Process java(Path jar, Path log, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(jar, args)).directory(workingFolder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HOST_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    private static List<String> command(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The first line of the log that contains {@code text}, waiting until the process has printed it. */
    private static String awaitLine(Process process, Path log, String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the host ended (exit " + process.exitValue() + ") before printing '" + text
                        + "':\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' within " + START + ":\n" + Files.readString(log));
    }

    /** The port of the host's "Host ready at http://127.0.0.1:PORT/" line. */
    private static int portOf(String readyLine) {
        Matcher url = READY_URL.matcher(readyLine);
        assertThat(url.find()).as(readyLine).isTrue();
        return Integer.parseInt(url.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
