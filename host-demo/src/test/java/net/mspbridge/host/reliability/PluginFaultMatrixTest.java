package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.core.HostApp;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.FakePlugin;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.FaultSwitch;
import net.mspbridge.host.runs.RunLimits;

/**
 * Every extension method a plugin has, made to throw a defect, throw its own refusal, answer nonsense
 * (null, or a report for another run) and hang, through the host's HTTP API: each is reported (an
 * error answer with a message, or the plugin's {@code problem} on the settings page, or a failed or
 * refused run in the history), a hang is cut off at its time limit, no defect's details reach an
 * answer, and the host keeps serving: other calls work meanwhile, and the same call works once the
 * fault is gone. Figures go to {@code target/reliability/plugin-faults.txt}.
 */
class PluginFaultMatrixTest {

    private static final String PASSWORD = "plugin-fault-matrix-password";
    private static final String SETTINGS = "/api/settings/" + FakeSettings.PLUGIN_ID;
    private static final Duration CALL_LIMIT = Duration.ofMillis(800);
    private static final RunLimits SHORT_RUNS = new RunLimits(Duration.ofSeconds(1), Duration.ofMillis(300),
            Duration.ofSeconds(3), Duration.ofMillis(100), 2);
    private static final Figures FIGURES = new Figures("plugin-faults");

    /** The extension methods, how the page reaches each, and what counts as "reported". */
    enum Method {
        PANELS("panels"), OPTIONS("options"), ROWS("rows"), VALIDATE("validate"), RUN_ACTION("runAction"), RUN("run");

        final String name;

        Method(String name) {
            this.name = name;
        }
    }

    @AfterAll
    static void figures() {
        FIGURES.write();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Method.class)
    void aPluginThatThrowsAnswersNonsenseOrHangsIsReportedAndTheHostKeepsServing(Method method, @TempDir Path dir)
            throws InterruptedException {
        FakePlugin fake = new FakePlugin();
        HostConfig config = HostConfig.builder(dir).pluginsDir(dir.resolve("no-plugins")).port(0)
                .adminPassword(Optional.of(Secret.of(PASSWORD))).passwordHashCost(4).pluginCallTimeout(CALL_LIMIT)
                .runLimits(SHORT_RUNS).scheduler(false).out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .build();
        HostApp app = HostApp.start(config, fake.source());
        try {
            ApiClient client = new ApiClient(app.port());
            assertThat(client.login(PASSWORD).status()).isEqualTo(200);
            SoftAssertions soft = new SoftAssertions();
            // HANG last: a released hang does not hang again.
            for (Fault fault : List.of(Fault.BUG, Fault.REFUSE, Fault.NULL, Fault.HANG)) {
                (method == Method.RUN ? fake.billing.faults : fake.settings.faults).set(method.name, fault);
                Reported reported = call(method, client, app);
                FIGURES.increment("faults injected: " + method.name + " " + fault);
                soft.assertThat(reported.how()).as("%s %s: %s", method, fault, reported).isNotBlank();
                soft.assertThat(reported.message()).as("%s %s is reported with a message", method, fault).isNotBlank()
                        .doesNotContain(FaultSwitch.BUG_DETAIL);
                soft.assertThat(reported.message()).as("%s %s", method, fault).contains(expected(fault));
                soft.assertThat(client.get("/api/session").status()).as("%s %s: still serving", method, fault).isEqualTo(200);
                soft.assertThat(client.get("/api/inventory").status()).as("%s %s: still serving", method, fault).isEqualTo(200);
                if (fault == Fault.HANG) {
                    fake.releaseAll();
                }
                fake.settings.faults.clear();
                fake.billing.faults.clear();
                Reported after = call(method, client, app);
                soft.assertThat(after.how()).as("%s after %s is gone: %s", method, fault, after).isEqualTo("ok");
            }
            if (method == Method.RUN) {
                fake.billing.claimRunId = "run-of-someone-else";
                Reported nonsense = call(method, client, app);
                FIGURES.increment("faults injected: run report for another run");
                soft.assertThat(nonsense.message()).contains("invalid answer", "another run");
                fake.billing.claimRunId = null;
                JsonNode history = client.get("/api/runs").json().get("runs");
                soft.assertThat(history).extracting(r -> r.get("state").asText())
                        .as("the run history shows each failed run").contains("FAILED", "COMPLETED_WITH_PROBLEMS");
                soft.assertThat(history).allSatisfy(r -> assertThat(r.get("message").asText()).isNotBlank()
                        .doesNotContain(FaultSwitch.BUG_DETAIL));
            }
            assertThat(client.bodies).noneMatch(body -> body.contains(FaultSwitch.BUG_DETAIL));
            soft.assertAll();
        } finally {
            fake.releaseAll();
            app.close();
        }
    }

    /** What the host says for each kind of fault. */
    private static String expected(Fault fault) {
        return switch (fault) {
            case BUG -> "the plugin failed: IllegalStateException";
            case REFUSE -> "Set the server address on the Connection panel first.";
            case NULL -> "invalid answer";
            case HANG -> "did not";
            default -> throw new IllegalArgumentException(fault.name());
        };
    }

    /** How a call's outcome reached the page: "ok", an error answer, a plugin problem, or a run's end. */
    private record Reported(String how, String message) {
    }

    private Reported call(Method method, ApiClient client, HostApp app) throws InterruptedException {
        long started = System.nanoTime();
        Reported reported = switch (method) {
            case PANELS -> {
                JsonNode plugin = client.get("/api/settings").json().get("plugins").get(0);
                yield plugin.get("problem").isNull() ? new Reported("ok", "") : new Reported("problem on the settings page",
                        plugin.get("problem").asText());
            }
            case OPTIONS -> answer(client.get(SETTINGS + "/panels/services/fields/services/options?column=ws"));
            case ROWS -> answer(client.get(SETTINGS + "/panels/companies/fields/companies/rows"));
            case VALIDATE -> answer(client.send("PUT", SETTINGS + "/panels/services", "{\"version\":"
                    + client.get(SETTINGS).json().get("version").asLong() + ",\"values\":{\"byCategory\":\"false\"}}"));
            case RUN_ACTION -> answer(client.send("POST", SETTINGS + "/panels/connection/actions/test",
                    "{\"values\":{\"serverUrl\":\"https://billing.example.com\"},\"secrets\":{\"apiSecret\":\""
                            + FakeSettings.GOOD_SECRET + "\"}}"));
            case RUN -> {
                ApiClient.Answer start = client.send("POST", "/api/runs", "{\"mode\":\"PREVIEW\"}");
                assertThat(start.status()).as(start.body()).isEqualTo(202);
                String runId = start.json().get("run").get("runId").asText();
                app.core().runs().await(runId, Duration.ofSeconds(20));
                JsonNode run = client.get("/api/runs/" + runId).json().get("run");
                String state = run.get("state").asText();
                yield state.startsWith("COMPLETED") ? new Reported("ok", "") : new Reported("run " + state + " in the history",
                        run.get("message").asText());
            }
        };
        FIGURES.max("longest call or run until reported (ms)", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return reported;
    }

    private static Reported answer(ApiClient.Answer answer) {
        if (answer.status() == 200) {
            return new Reported("ok", "");
        }
        Function<String, String> field = name -> answer.json().path(name).asText();
        return new Reported("HTTP " + answer.status() + " " + field.apply("error"), field.apply("message"));
    }
}
