package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.HostMain;
import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.RecordingServer;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.autotask.FaultKind;
import net.mspbridge.host.sandbox.autotask.FaultOptions;
import net.mspbridge.host.sandbox.ksc.KscCredentials;
import net.mspbridge.host.sandbox.ksc.KscOptions;

import picocli.CommandLine;

/**
 * Known test secrets (the Autotask API secret, the KSC password, the administrator password, and secrets
 * a person types wrongly) go through everything a host does with them: sign-in, settings pages, live
 * options and rows, "Test connection" with right and wrong secrets and with another server proposed
 * while the stored secrets are kept (what reaches that server is scanned too), a save with a wrong secret and the
 * failed run it causes, apply runs under faults and KSC session expiry, the {@code bill --json} and
 * {@code sandbox show --json} commands. Then none of them may be found in clear in any log line (all
 * loggers at all levels), any HTTP answer, any report, anything printed, nor in any file of the data
 * folder (the H2 database included) — except the sandboxes' own credentials file, which holds the
 * sandboxes' credentials by design. Figures go to {@code target/reliability/secrets.txt}.
 */
class SecretsTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String ADMIN = "admin-password-Hk52-known-test-value";
    private static final String AUTOTASK_SECRET = "autotask-secret-Zq81-known-test-value";
    private static final String KSC_PASSWORD = "ksc-password-Wm37-known-test-value";
    private static final String TYPED_WRONG = "typed-wrong-secret-Pv19-known-test-value";
    private static final String SAVED_WRONG = "saved-wrong-secret-Lx73-known-test-value";
    private static final List<String> SECRETS = List.of(ADMIN, AUTOTASK_SECRET, KSC_PASSWORD, TYPED_WRONG, SAVED_WRONG);
    private static final String SANDBOX_CREDENTIALS = "credentials.json";

    private final Figures figures = new Figures("secrets");
    private final List<String> printed = new ArrayList<>();
    private final List<String> reachedElsewhere = new ArrayList<>();
    private String session;
    /** The token by which the host knows this browser at its next sign-in (it lets it past the sign-in delays). */
    private String browser;

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void noSecretIsEverInALogAnAnswerAReportOrAFileInClear(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path plugins = dir.resolve("plugins");
        // The sandboxes keep the credentials they are first given: these, so the test knows every secret.
        Sandboxes.start(SandboxConfig.builder().dataDir(data)
                .autotaskCredentials(new AutotaskCredentials("api-user@sandbox.example", Secret.of(AUTOTASK_SECRET), "INTEGRATION-CODE-1"))
                .kscCredentials(new KscCredentials("ksc-billing", Secret.of(KSC_PASSWORD), "")).build()).close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApiClient client;
        List<String> logs;
        try (LogCapture capture = new LogCapture()) {
            HostConfig config = RealPluginHost.config(dir, ADMIN).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .build();
            try (ServedHost host = RealPluginHost.start(config)) {
                client = new ApiClient(host.app().port());
                useEverything(client, host, data, plugins);
            }
            logs = capture.lines();
        }
        printed.add(out.toString(StandardCharsets.UTF_8));

        figures.add("log lines scanned (all loggers, all levels)", logs.size());
        figures.add("HTTP answers scanned", client.bodies.size());
        figures.add("printed outputs scanned (reports of bill --json, sandbox show --json, the host's own)", printed.size());
        List<String> found = new ArrayList<>();
        scan("log line", logs, found);
        scan("HTTP answer", client.bodies, found);
        scan("printed output", printed, found);
        scan("bytes that reached a proposed server", reachedElsewhere, found);
        scanFiles(data, found);
        figures.add("secrets found in clear", found.size());
        figures.write();
        assertThat(found).as("secrets in clear").isEmpty();
        // The scan can find what it looks for: the sandboxes' own credentials file holds two of them.
        String credentials = Files.readString(Sandboxes.stateDir(data).resolve(SANDBOX_CREDENTIALS));
        assertThat(credentials).contains(AUTOTASK_SECRET, KSC_PASSWORD);
        assertThat(logs).hasSizeGreaterThan(1000);
    }

    private void useEverything(ApiClient client, ServedHost host, Path data, Path plugins) throws Exception {
        assertThat(client.login("not-the-password").status()).isEqualTo(401);
        ApiClient.Answer signedIn = client.login(ADMIN);
        assertThat(signedIn.status()).isEqualTo(200);
        String cookie = signedIn.header("Set-Cookie");
        session = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        String browserCookie = signedIn.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("host_browser=")).findFirst().orElseThrow();
        browser = browserCookie.substring(browserCookie.indexOf('=') + 1, browserCookie.indexOf(';'));
        for (String path : List.of("/api/session", "/api/plugins", "/api/settings", "/api/settings/" + PLUGIN,
                "/api/schedule", "/api/inventory", "/api/sandbox", "/api/charts/units")) {
            assertThat(client.get(path).status()).as(path).isEqualTo(200);
        }
        String panels = "/api/settings/" + PLUGIN + "/panels/";
        assertThat(client.get(panels + "services/fields/services.mapping/options?column=windowsServers").status()).isEqualTo(200);
        assertThat(client.get(panels + "companies/fields/companies.mapping/rows").status()).isEqualTo(200);
        assertThat(client.get(panels + "companies/fields/companies.mapping/options?column=contract&param.company=174").status())
                .isEqualTo(200);
        for (String action : List.of("test-autotask", "test-kaspersky")) {
            assertThat(client.send("POST", panels + "connection/actions/" + action, "{}").json().get("outcome").asText())
                    .as(action).isEqualTo("SUCCESSFUL");
        }
        JsonNode wrongAutotask = client.send("POST", panels + "connection/actions/test-autotask",
                "{\"secrets\":{\"autotask.secret\":\"" + TYPED_WRONG + "\"}}").json();
        JsonNode wrongKsc = client.send("POST", panels + "connection/actions/test-kaspersky",
                "{\"secrets\":{\"ksc.password\":\"" + TYPED_WRONG + "\"}}").json();
        assertThat(wrongAutotask.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(wrongKsc.get("outcome").asText()).isEqualTo("FAILED");

        // Another destination proposed with the stored secrets kept (issue 19): tests and a save; what reaches
        // that server is scanned with the rest, and nothing may.
        try (RecordingServer elsewhere = new RecordingServer()) {
            String url = "http://127.0.0.1:" + elsewhere.port() + "/attacker-chosen-path/";
            String address = "127.0.0.1:" + elsewhere.port();
            for (String[] proposal : List.of(new String[] {"test-autotask", "autotask.baseUrl", url},
                    new String[] {"test-kaspersky", "ksc.address", address},
                    new String[] {"test-kaspersky", "ksc.certificatePin", "ab".repeat(32)})) {
                JsonNode moved = client.send("POST", panels + "connection/actions/" + proposal[0],
                        "{\"values\":{\"" + proposal[1] + "\":\"" + proposal[2] + "\"}}").json();
                assertThat(moved.get("outcome").asText()).as(proposal[1]).isEqualTo("FAILED");
            }
            long current = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();
            assertThat(client.send("PUT", panels + "connection", "{\"version\":" + current
                    + ",\"values\":{\"autotask.baseUrl\":\"" + url + "\",\"ksc.address\":\"" + address + "\"}}").status())
                    .isEqualTo(422);
            assertThat(client.send("POST", panels + "connection/actions/test-autotask", "{}").json().get("outcome").asText())
                    .isEqualTo("SUCCESSFUL");
            reachedElsewhere.addAll(elsewhere.received());
        }
        figures.add("connections that reached a proposed server", reachedElsewhere.size());
        assertThat(reachedElsewhere).isEmpty();

        // A wrong secret saved: the next run fails on it, then the right one is saved again.
        long version = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();
        ApiClient.Answer wrong = client.send("PUT", panels + "connection", "{\"version\":" + version
                + ",\"secrets\":{\"autotask.secret\":\"" + SAVED_WRONG + "\"}}");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(200);
        assertThat(run(client, host, "PREVIEW").get("state").asText()).isEqualTo("FAILED");
        ApiClient.Answer right = client.send("PUT", panels + "connection", "{\"version\":" + wrong.json().get("version").asLong()
                + ",\"secrets\":{\"autotask.secret\":\"" + AUTOTASK_SECRET + "\"}}");
        assertThat(right.status()).as(right.body()).isEqualTo(200);

        // Runs under faults and KSC session expiry, then a clean one.
        Sandboxes sandboxes = host.sandboxes().orElseThrow().sandboxes();
        sandboxes.ksc().setOptions(KscOptions.defaults().withExpireSessionsEveryCalls(25));
        sandboxes.autotask().setFaults(FaultOptions.builder().seed(7).timeoutDelay(Duration.ofMillis(200))
                .share(FaultKind.ANSWER_LOST, 0.15).share(FaultKind.SERVER_ERROR, 0.1).share(FaultKind.TOO_MANY_REQUESTS, 0.1)
                .share(FaultKind.CONNECTION_RESET, 0.05).share(FaultKind.TIMEOUT_AFTER_COMMIT, 0.1).build());
        run(client, host, "PREVIEW");
        run(client, host, "APPLY");
        sandboxes.autotask().setFaults(FaultOptions.none());
        sandboxes.ksc().setOptions(KscOptions.defaults());
        assertThat(run(client, host, "APPLY").get("state").asText()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
        for (JsonNode run : client.get("/api/runs").json().get("runs")) {
            assertThat(client.get("/api/runs/" + run.get("runId").asText()).status()).isEqualTo(200);
        }
        figures.add("billing runs", client.get("/api/runs").json().get("runs").size());

        // The command line, on the same data folder while the host serves it.
        printed.add(command(plugins, "--data-dir", data.toString(), "bill", "--apply", "--json"));
        printed.add(command(plugins, "--data-dir", data.toString(), "sandbox", "show", "--json"));
        assertThat(client.send("POST", "/api/logout", null).status()).isEqualTo(204);
    }

    private static JsonNode run(ApiClient client, ServedHost host, String mode) throws InterruptedException {
        ApiClient.Answer started = client.send("POST", "/api/runs", "{\"mode\":\"" + mode + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        host.app().core().runs().await(runId, Duration.ofSeconds(120));
        return client.get("/api/runs/" + runId).json().get("run");
    }

    /** Runs the command line in this process; returns what it printed on both streams. */
    private static String command(Path plugins, String... args) {
        HostMain main = new HostMain(Map.of(HostMain.ADMIN_PASSWORD_VARIABLE, ADMIN), config -> PluginHost.load(plugins),
                builder -> builder.passwordHashCost(4));
        CommandLine commandLine = HostMain.commandLine(main);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        assertThat(code).as(String.join(" ", args) + ": " + out + err).isZero();
        return out + "\n" + err;
    }

    /**
     * What a secret looks like when written down: as itself, and in base64 (KSC's login header carries the
     * password in base64, which is clear text to anyone who reads it).
     */
    private static Map<String, String> forms(String secret) {
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return Map.of(secret, "", base64.encodeToString(bytes).replace("=", ""), " (base64)");
    }

    private void scan(String where, List<String> texts, List<String> found) {
        for (String text : texts) {
            for (String secret : secrets()) {
                forms(secret).forEach((form, how) -> {
                    if (text != null && text.contains(form)) {
                        found.add(where + " has " + name(secret) + how + ": " + abbreviate(text));
                    }
                });
            }
        }
    }

    /** Every file of the data folder, as bytes, for each secret in UTF-8 and both UTF-16 orders. */
    private void scanFiles(Path data, List<String> found) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            if (file.getFileName().toString().equals(SANDBOX_CREDENTIALS)) {
                figures.note("file not scanned (the sandboxes' own credentials, by design)", data.relativize(file).toString());
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            figures.increment("data folder files scanned");
            figures.add("data folder bytes scanned", bytes.length);
            for (String secret : secrets()) {
                for (Map.Entry<String, String> form : forms(secret).entrySet()) {
                    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        if (indexOf(bytes, form.getKey().getBytes(charset)) >= 0) {
                            found.add(data.relativize(file) + " has " + name(secret) + form.getValue() + " in " + charset);
                        }
                    }
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The known secrets, the session cookie the host issued (a credential too, for its 30 idle minutes) and the
     * browser's sign-in token.
     */
    private List<String> secrets() {
        List<String> all = new ArrayList<>(SECRETS);
        if (session != null) {
            all.add(session);
        }
        if (browser != null) {
            all.add(browser);
        }
        return all;
    }

    private String name(String secret) {
        return secret.equals(session) ? "the session cookie" : secret.equals(browser) ? "the browser's sign-in token"
                : secret.equals(ADMIN) ? "the admin password" : secret.equals(AUTOTASK_SECRET) ? "the Autotask secret"
                : secret.equals(KSC_PASSWORD) ? "the KSC password" : secret.equals(TYPED_WRONG) ? "a typed secret" : "a saved secret";
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
