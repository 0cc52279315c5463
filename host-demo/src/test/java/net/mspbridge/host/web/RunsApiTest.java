package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.TestHost;

/** Billing runs, the schedule, the inventory and the pages, through HTTP. */
class RunsApiTest {

    @TempDir
    Path dataDir;
    private TestHost host;
    private ApiClient client;

    @BeforeEach
    void start() {
        host = new TestHost(dataDir);
        client = host.signedIn();
        Answer mapped = client.send("PUT", "/api/settings/fake-billing/panels/services",
                "{\"version\":0,\"values\":{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}");
        assertThat(mapped.status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private JsonNode startRun(String mode) {
        Answer answer = client.send("POST", "/api/runs", "{\"mode\":\"" + mode + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().get("run");
    }

    /** Polls the run-status endpoint as the page does, within a bound. */
    private JsonNode awaitFinished(String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode run = client.get("/api/runs/" + runId).json().get("run");
        while (!run.get("finished").asBoolean() && System.nanoTime() < deadline) {
            host.app.core().runs().await(runId, Duration.ofMillis(100));
            run = client.get("/api/runs/" + runId).json().get("run");
        }
        return run;
    }

    /** Issue 16: the dashboard shows what needs a person without opening the history. */
    @Nested
    class Attention {

        @Test
        void nothingToActOnGivesEmptyLists() throws InterruptedException {
            awaitFinished(startRun("APPLY").get("runId").asText());

            JsonNode attention = client.get("/api/attention").json();

            assertThat(attention.get("problems")).isEmpty();
            assertThat(attention.get("failedSchedules")).isEmpty();
        }

        @Test
        void theLatestRunsProblemsAndAFailedScheduledRunAreListed() throws InterruptedException {
            // A scheduled apply whose plugin throws: nobody watches the schedule, so the dashboard must say so.
            host.fake.billing.faults.set("run", net.mspbridge.host.fake.Fault.BUG);
            String scheduled = host.app.core().runs().start(new net.mspbridge.host.runs.RunRequest("fake-billing",
                    net.mspbridge.api.billing.RunMode.APPLY, LocalDate.now(), net.mspbridge.host.runs.Trigger.SCHEDULE,
                    "daily schedule")).runId();
            assertThat(awaitFinished(scheduled).get("state").asText()).isEqualTo("FAILED");
            host.fake.billing.faults.clear();
            // Then a preview with the service column the plugin reads left empty: usage billed nowhere, a problem.
            Answer unmapped = client.send("PUT", "/api/settings/fake-billing/panels/services",
                    "{\"version\":1,\"values\":{\"byCategory\":\"true\"},\"tables\":{\"services\":{}}}");
            assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(200);
            String preview = awaitFinished(startRun("PREVIEW").get("runId").asText()).get("runId").asText();

            JsonNode attention = client.get("/api/attention").json();

            assertThat(attention.get("failedSchedules")).singleElement().satisfies(run -> {
                assertThat(run.get("runId").asText()).isEqualTo(scheduled);
                assertThat(run.get("triggerDescription").asText()).isEqualTo("the daily schedule");
            });
            assertThat(attention.get("problems")).singleElement().satisfies(entry -> {
                assertThat(entry.get("run").get("runId").asText()).isEqualTo(preview);
                assertThat(entry.get("problems")).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.get("kind").asText()).isEqualTo("UNMAPPED_USAGE"));
            });
        }

        @Test
        void aScheduledRunThatLaterCompletedIsNoLongerListed() throws InterruptedException {
            host.fake.billing.faults.set("run", net.mspbridge.host.fake.Fault.BUG);
            net.mspbridge.host.runs.RunRequest daily = new net.mspbridge.host.runs.RunRequest("fake-billing",
                    net.mspbridge.api.billing.RunMode.APPLY, LocalDate.now(), net.mspbridge.host.runs.Trigger.SCHEDULE,
                    "daily schedule");
            awaitFinished(host.app.core().runs().start(daily).runId());
            host.fake.billing.faults.clear();
            awaitFinished(host.app.core().runs().start(daily).runId());

            assertThat(client.get("/api/attention").json().get("failedSchedules")).isEmpty();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void previewThenApplyThenTheHistoryListsBothWithTheirReports() throws InterruptedException {
            JsonNode preview = awaitFinished(startRun("PREVIEW").get("runId").asText());
            JsonNode apply = awaitFinished(startRun("APPLY").get("runId").asText());

            assertThat(preview.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(preview.get("report").get("lines")).allSatisfy(l -> assertThat(l.get("outcome").asText()).isEqualTo("PLANNED"));
            assertThat(apply.get("changes").asInt()).isEqualTo(5);
            assertThat(apply.get("startedBy").asText()).isEqualTo("admin");
            assertThat(apply.get("triggerDescription").asText()).isEqualTo("the billing page");
            assertThat(apply.get("effectiveDate").asText()).isEqualTo(LocalDate.now().toString());
            JsonNode history = client.get("/api/runs").json().get("runs");
            assertThat(history).extracting(r -> r.get("runId").asText())
                    .containsExactly(apply.get("runId").asText(), preview.get("runId").asText());
            assertThat(history.get(0).get("report").isNull()).isTrue();
        }

        @Test
        void progressCanBeFollowedAndTheRunCancelled() throws InterruptedException {
            host.fake.billing.hold();
            String runId = startRun("APPLY").get("runId").asText();
            assertThat(host.fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

            JsonNode running = client.get("/api/runs/" + runId).json().get("run");
            assertThat(running.get("state").asText()).isEqualTo("RUNNING");
            assertThat(running.get("progress").get("done").asInt()).isEqualTo(1);
            assertThat(running.get("progress").get("total").asInt()).isEqualTo(6);

            Answer cancel = client.send("POST", "/api/runs/" + runId + "/cancel", null);
            assertThat(cancel.status()).isEqualTo(200);
            assertThat(cancel.json().get("run").get("cancelRequested").asBoolean()).isTrue();
            assertThat(awaitFinished(runId).get("state").asText()).isEqualTo("CANCELLED");
            assertThat(client.send("POST", "/api/runs/" + runId + "/cancel", null).status()).isEqualTo(409);
        }

        @Test
        void aSecondRunWhileOneIsUnderWayIs409NamingIt() throws InterruptedException {
            host.fake.billing.hold();
            String first = startRun("APPLY").get("runId").asText();
            assertThat(host.fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

            Answer second = client.send("POST", "/api/runs", "{\"mode\":\"PREVIEW\"}");

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("error").asText()).isEqualTo("run-refused");
            assertThat(second.json().get("otherRunId").asText()).isEqualTo(first);
            host.fake.billing.release();
            assertThat(awaitFinished(first).get("state").asText()).isEqualTo("COMPLETED");
        }

        @Test
        void aPluginThatThrowsEndsTheRunAsFailedAndTheHostGoesOn() throws InterruptedException {
            host.fake.billing.faults.set("run", Fault.BUG);

            JsonNode run = awaitFinished(startRun("APPLY").get("runId").asText());

            assertThat(run.get("state").asText()).isEqualTo("FAILED");
            assertThat(run.get("message").asText()).isEqualTo("the plugin failed: IllegalStateException");
            host.fake.billing.faults.clear();
            assertThat(awaitFinished(startRun("PREVIEW").get("runId").asText()).get("state").asText()).isEqualTo("COMPLETED");
        }

        @Test
        void theChartHasBilledUnitsPerServiceForApplyRuns() throws InterruptedException {
            awaitFinished(startRun("PREVIEW").get("runId").asText());
            awaitFinished(startRun("APPLY").get("runId").asText());

            JsonNode chart = client.get("/api/charts/units").json();

            assertThat(chart.get("dates")).hasSize(1);
            assertThat(chart.get("series").get(0).get("service").asText()).isEqualTo("EDR Workstation");
            assertThat(chart.get("series").get(0).get("units").get(0).asInt()).isEqualTo(64);
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "unknown mode | {\"mode\":\"NOW\"} | 400 | 'mode' must be PREVIEW or APPLY",
                "mode missing | {} | 400 | 'mode' is missing",
                "date not a date | {\"mode\":\"PREVIEW\",\"effectiveDate\":\"31/12/2026\"} | 400 | YYYY-MM-DD",
                "date out of range | {\"mode\":\"PREVIEW\",\"effectiveDate\":\"1999-01-01\"} | 400 | out of range",
                "unknown plugin | {\"mode\":\"PREVIEW\",\"pluginId\":\"nope\"} | 400 | there is no plugin 'nope'",
                "wrong type | {\"mode\":1} | 400 | 'mode' must be a string",
                "unknown property | {\"mode\":\"PREVIEW\",\"force\":true} | 400 | unknown property 'force'",
        })
        void startingIsRefusedClearlyAndNothingRuns(String what, String body, int status, String message) {
            Answer answer = client.send("POST", "/api/runs", body);

            assertThat(answer.status()).as(what).isEqualTo(status);
            assertThat(answer.json().get("message").asText()).as(what).contains(message);
            assertThat(client.get("/api/runs").json().get("runs")).isEmpty();
        }

        @Test
        void unknownRunsAre404AndBadLimits400() {
            assertThat(client.get("/api/runs/run-404").status()).isEqualTo(404);
            assertThat(client.send("POST", "/api/runs/run-404/cancel", null).status()).isEqualTo(404);
            assertThat(client.get("/api/runs?limit=0").status()).isEqualTo(400);
            assertThat(client.get("/api/runs?limit=ten").status()).isEqualTo(400);
        }
    }

    @Nested
    class Schedule {

        @Test
        void isOffByDefaultAndCanBeSet() {
            assertThat(client.get("/api/schedule").json().get("enabled").asBoolean()).isFalse();

            JsonNode set = client.send("PUT", "/api/schedule", "{\"enabled\":true,\"time\":\"03:30\"}").json();

            assertThat(set.get("enabled").asBoolean()).isTrue();
            assertThat(set.get("time").asText()).isEqualTo("03:30");
            assertThat(set.get("nextRun").asText()).contains("T03:30");
        }

        @Test
        void nextRunIsAnIsoDateTimeWithItsOffsetThatBrowsersReadAndTheZoneIsNamed() {
            JsonNode set = client.send("PUT", "/api/schedule", "{\"enabled\":true,\"time\":\"03:30\"}").json();

            // A ZonedDateTime's own text ends in "[Etc/UTC]", which a browser's Date cannot read ("Invalid Date").
            assertThat(set.get("nextRun").asText()).matches("\\d{4}-\\d{2}-\\d{2}T03:30:00(Z|[+-]\\d{2}:\\d{2})");
            assertThat(java.time.OffsetDateTime.parse(set.get("nextRun").asText()).toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(3, 30));
            assertThat(set.get("zone").asText()).isNotBlank();
            assertThat(client.get("/api/schedule").json().get("nextRun").asText()).isEqualTo(set.get("nextRun").asText());
        }

        @Test
        void aTimeThatIsNotATimeIs400AndChangesNothing() {
            Answer answer = client.send("PUT", "/api/schedule", "{\"enabled\":true,\"time\":\"24:61\"}");
            Answer noFlag = client.send("PUT", "/api/schedule", "{\"time\":\"03:00\"}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(noFlag.status()).isEqualTo(400);
            assertThat(client.get("/api/schedule").json().get("enabled").asBoolean()).isFalse();
        }
    }

    @Test
    void theInventoryListsCustomersAndEachCustomersDevices() {
        JsonNode customers = client.get("/api/inventory").json().get("customers");
        JsonNode contoso = client.get("/api/inventory/cust-contoso").json();

        assertThat(customers).hasSize(6);
        assertThat(contoso.get("devices")).hasSize(20);
        assertThat(contoso.get("devices").get(0).get("applications").get(0).get("licence").asText()).isEqualTo("COMMERCIAL");
        assertThat(client.get("/api/inventory/nobody").status()).isEqualTo(404);
    }

    @Test
    void everyPageIsServedToASignedInBrowser() {
        for (String page : new String[] {"/", "/settings", "/billing", "/runs", "/runs/run-1", "/inventory"}) {
            Answer answer = client.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(page).startsWith("text/html");
        }
    }
}
