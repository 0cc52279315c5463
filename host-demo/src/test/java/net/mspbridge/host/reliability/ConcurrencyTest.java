package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunState;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskLimits;

/**
 * Two things at once, through the real HTTP API with the real plugin and the sandboxes: billing runs
 * from the button, a second browser and the daily schedule (one runs, the others are refused with a
 * message naming it, and nothing is billed twice), and saves of the same settings from two pages
 * (one wins, the other is told to reload, and only the winner's values are stored). Races are started
 * together from a latch, several rounds each. Figures go to {@code target/reliability/concurrency.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "concurrency-admin-password";
    private static final int ROUNDS = 5;

    private final Figures figures = new Figures("concurrency");
    private final ExecutorService two = Executors.newFixedThreadPool(2);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** The host's clock: today at 01:59 UTC, so a schedule at 02:00 is due when the test says so. */
    private final MutableClock clock = new MutableClock(today.atTime(1, 59).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private ServedHost host;
    private ApiClient first;
    private ApiClient second;

    @BeforeAll
    void start(@TempDir Path dir) {
        host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).clock(clock).build());
        first = new ApiClient(host.app().port());
        second = new ApiClient(host.app().port());
        assertThat(first.login(PASSWORD).status()).isEqualTo(200);
        assertThat(second.login(PASSWORD).status()).isEqualTo(200);
    }

    @AfterAll
    void stop() throws InterruptedException {
        figures.write();
        two.shutdownNow();
        two.awaitTermination(10, TimeUnit.SECONDS);
        if (host != null) {
            host.close();
        }
    }

    private Sandboxes sandboxes() {
        return host.sandboxes().orElseThrow().sandboxes();
    }

    /** Runs both at the same moment (as far as two threads can) and returns both results. */
    private <A, B> Map.Entry<A, B> together(Callable<A> a, Callable<B> b) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Future<A> fa = two.submit(() -> {
            go.await();
            return a.call();
        });
        Future<B> fb = two.submit(() -> {
            go.await();
            return b.call();
        });
        go.countDown();
        return Map.entry(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
    }

    private JsonNode finish(String runId) throws InterruptedException {
        RunRecord record = host.app().core().runs().await(runId, Duration.ofSeconds(120));
        assertThat(record.state().isFinished()).as(runId + " finished").isTrue();
        return first.get("/api/runs/" + runId).json().get("run");
    }

    private static String runOf(String mode) {
        return "{\"mode\":\"" + mode + "\",\"pluginId\":\"" + PLUGIN + "\"}";
    }

    @Test
    @Order(1)
    void theButtonTheScheduleAndASecondBrowserAtOnceStartOneRunAndTellTheOthersWhichOneRuns() throws Exception {
        // Slow Autotask down, so the run that starts is still running while the others try.
        sandboxes().autotask().setOptions(AutotaskLimits.defaults().withLatency(Duration.ofMillis(150)));
        List<String> scheduleRefusals = new ArrayList<>();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                clock.set(today.atTime(1, 59).toInstant(ZoneOffset.UTC));
                assertThat(first.send("PUT", "/api/schedule", "{\"enabled\":true,\"time\":\"02:00\"}").status()).isEqualTo(200);
                clock.set(today.atTime(2, 0).toInstant(ZoneOffset.UTC));
                String mode = round == 1 ? "APPLY" : "PREVIEW";
                Map.Entry<ApiClient.Answer, List<RunRecord>> raced = together(
                        () -> first.send("POST", "/api/runs", runOf(mode)), () -> host.app().schedule().tick());
                ApiClient.Answer button = raced.getKey();
                RunRecord scheduled = raced.getValue().stream().filter(r -> r.pluginId().equals(PLUGIN)).findFirst().orElseThrow();
                ApiClient.Answer other = second.send("POST", "/api/runs", runOf("PREVIEW"));

                List<String> started = new ArrayList<>();
                if (button.status() == 202) {
                    started.add(button.json().get("run").get("runId").asText());
                }
                if (scheduled.state() != RunState.REFUSED) {
                    started.add(scheduled.runId());
                }
                assertThat(started).as("round %d: exactly one of the button and the schedule starts a run (button: %s, schedule: %s)",
                        round, button.body(), scheduled).hasSize(1);
                String running = started.get(0);
                if (button.status() != 202) {
                    assertThat(button.status()).as(button.body()).isEqualTo(409);
                    assertThat(button.json().get("error").asText()).isEqualTo("run-refused");
                    refusedFor(button, running);
                    figures.increment("button presses refused while the schedule's run ran");
                } else {
                    assertThat(scheduled.trigger().name()).isEqualTo("SCHEDULE");
                    assertThat(scheduled.message()).as(scheduled.toString()).containsAnyOf(running, "started at the same moment");
                    scheduleRefusals.add(scheduled.runId());
                    figures.increment("scheduled runs refused while the button's run ran");
                }
                if (other.status() == 409) {
                    refusedFor(other, running);
                    figures.increment("second-browser presses refused");
                } else {
                    // The one run had already finished: then this one runs alone.
                    assertThat(other.status()).as(other.body()).isEqualTo(202);
                    finish(other.json().get("run").get("runId").asText());
                }
                assertThat(finish(running).get("state").asText()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
                figures.increment("rounds of button, schedule and second browser at once");
            }
        } finally {
            sandboxes().autotask().setOptions(AutotaskLimits.defaults());
        }
        // Which of the two won each round is up to the threads. A refused button press is answered on
        // the page; a refused scheduled run has nobody to answer, so the history keeps it, with why.
        JsonNode history = first.get("/api/runs?limit=100").json().get("runs");
        List<JsonNode> refused = new ArrayList<>();
        history.forEach(r -> {
            if (r.get("state").asText().equals("REFUSED")) {
                refused.add(r);
            }
        });
        assertThat(refused).extracting(r -> r.get("runId").asText()).containsExactlyInAnyOrderElementsOf(scheduleRefusals);
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.get("trigger").asText()).isEqualTo("SCHEDULE");
            assertThat(r.get("message").asText()).containsAnyOf("under way", "at the same moment");
        });
        // Nothing billed twice: every mapped pair at its usage, one adjustment each.
        Map<Pair, Integer> targets = Pair.targets(sandboxes().expectedUnits(today));
        Ledger ledger = new Ledger(net.mspbridge.host.sandbox.seed.DemoData.build(today).autotask(), today, targets.keySet());
        ledger.afterCleanRun(sandboxes().autotask().snapshot(), targets);
        assertThat(ledger.violations()).isEmpty();
        figures.add("doubled (units)", ledger.doubled());
        figures.add("lost (units)", ledger.lost());
    }

    /**
     * A refusal names the run under way; when both claimed the plugin in the same instant, the loser
     * cannot know the other's id yet and says that a run started at the same moment.
     */
    private void refusedFor(ApiClient.Answer refusal, String running) {
        JsonNode body = refusal.json();
        if (body.get("otherRunId").isNull()) {
            assertThat(body.get("message").asText()).as(refusal.body()).contains("started at the same moment");
            figures.increment("refusals in the same instant (no run to name yet)");
        } else {
            assertThat(body.get("otherRunId").asText()).isEqualTo(running);
            assertThat(body.get("message").asText()).contains(running);
        }
    }

    @Test
    @Order(2)
    void twoPagesSavingFromTheSameVersionAtOnceOneWinsTheOtherIsToldToReload() throws Exception {
        String settings = "/api/settings/" + PLUGIN;
        for (int round = 1; round <= ROUNDS * 2; round++) {
            JsonNode before = first.get(settings).json();
            long version = before.get("version").asLong();
            boolean byCategory = before.get("values").path("services.byCategory").asBoolean();
            boolean zeroStale = before.get("values").path("billing.zeroStaleUnits").asBoolean(false);
            // Two pages opened at the same version save different panels of the plugin at once.
            Map.Entry<ApiClient.Answer, ApiClient.Answer> raced = together(
                    () -> first.send("PUT", settings + "/panels/services", "{\"version\":" + version
                            + ",\"values\":{\"services.byCategory\":\"" + !byCategory + "\"}}"),
                    () -> second.send("PUT", settings + "/panels/billing", "{\"version\":" + version
                            + ",\"values\":{\"billing.zeroStaleUnits\":\"" + !zeroStale + "\"}}"));
            List<ApiClient.Answer> answers = List.of(raced.getKey(), raced.getValue());
            assertThat(answers).extracting(ApiClient.Answer::status).as("round %d: %s", round, answers.stream()
                    .map(ApiClient.Answer::body).toList()).containsExactlyInAnyOrder(200, 409);
            ApiClient.Answer lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(lost.json().get("error").asText()).isEqualTo("stale-settings");
            assertThat(lost.json().get("message").asText()).contains("reload");
            assertThat(lost.json().get("currentVersion").asLong()).isEqualTo(version + 1);
            // Only the winner's change is stored.
            JsonNode after = first.get(settings).json();
            boolean servicesWon = raced.getKey().status() == 200;
            assertThat(after.get("version").asLong()).isEqualTo(version + 1);
            assertThat(after.get("values").path("services.byCategory").asBoolean()).isEqualTo(servicesWon != byCategory);
            assertThat(after.get("values").path("billing.zeroStaleUnits").asBoolean(false)).isEqualTo(servicesWon == zeroStale);
            figures.increment("concurrent saves: one saved, one told to reload");
        }
        // A page still showing an older version is told to reload too, and its values are not stored.
        JsonNode now = first.get(settings).json();
        ApiClient.Answer old = second.send("PUT", settings + "/panels/services", "{\"version\":"
                + (now.get("version").asLong() - 3) + ",\"values\":{\"services.byCategory\":\""
                + !now.get("values").path("services.byCategory").asBoolean() + "\"}}");
        assertThat(old.status()).isEqualTo(409);
        assertThat(first.get(settings).json()).isEqualTo(now);
        figures.increment("saves from an older version told to reload");
    }
}
