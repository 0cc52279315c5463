package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;

/**
 * Every bad input of {@link BadInputs}, sent to a real host serving the real plugin beside the demo
 * sandboxes: each gets the 4xx it should, as {@code {"error": ..., "message": ...}} with a message a
 * person can act on, and leaves the database as it was, compared as a whole with H2's SCRIPT
 * ({@link DatabaseDump}) before and after each request. Figures go to
 * {@code target/reliability/bad-input.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {

    private static final String PASSWORD = "bad-input-corpus-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Figures figures = new Figures("bad-input");
    private ServedHost host;
    private Database database;
    private Probe probe;
    private String finishedRun;
    private long version;

    @BeforeAll
    void start(@TempDir Path dir) throws InterruptedException {
        host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build());
        database = host.app().core().database();
        ApiClient client = new ApiClient(host.app().port());
        assertThat(client.login(PASSWORD).status()).isEqualTo(200);
        probe = new Probe(client, host.app().port());
        ApiClient.Answer preview = client.send("POST", "/api/runs", "{\"mode\":\"PREVIEW\"}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(202);
        finishedRun = preview.json().get("run").get("runId").asText();
        host.app().core().runs().await(finishedRun, Duration.ofSeconds(60));
        version = client.get(BadInputs.SETTINGS).json().get("version").asLong();
    }

    @AfterAll
    void stop() {
        figures.write();
        if (host != null) {
            host.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyBadInputGetsAClear4xxAndChangesNothing() {
        List<BadInput> corpus = BadInputs.all(finishedRun, version);
        figures.note("endpoints covered", Long.toString(corpus.stream().map(BadInput::endpoint).distinct().count()));
        figures.zero("inputs that changed the database");
        return corpus.stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> check(input)));
    }

    /** After a person switched the Connection panel to Business Hub, whose applications are per user. */
    @TestFactory
    @Order(2)
    Stream<DynamicTest> whileBusinessHubIsChosenPerUserRulesHold() {
        ApiClient.Answer switched = probe.client().send("PUT", BadInputs.SETTINGS + "/panels/connection",
                "{\"version\":" + version + ",\"values\":{\"kaspersky.solution\":\"kbh\"}}");
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        return BadInputs.whileBusinessHubIsChosen(switched.json().get("version").asLong()).stream()
                .map(input -> DynamicTest.dynamicTest(input.toString(), () -> check(input)));
    }

    private void check(BadInput input) throws Exception {
        List<String> before = DatabaseDump.of(database);
        Probe.Answer answer = input.send().apply(probe);
        List<String> after = DatabaseDump.of(database);
        figures.increment("inputs tried");
        figures.increment("answered " + answer.status());
        if (!after.equals(before)) {
            figures.increment("inputs that changed the database");
        }

        assertThat(answer.status()).as("%s -> %s", input, answer.body()).isEqualTo(input.status());
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("error").asText()).as("%s: error code in %s", input, answer.body()).isNotBlank();
        assertThat(body.path("message").asText()).as("%s: message in %s", input, answer.body()).hasSizeGreaterThan(10);
        assertThat(after).as("%s changed the database:\n%s", input, DatabaseDump.difference(before, after)).isEqualTo(before);
        // The session survives every bad input (none of them signs the page out).
        assertThat(probe.get("/api/session").status()).as("still signed in after " + input).isEqualTo(200);
    }
}
