package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.sandbox.MutableClock;

/** Zone discovery, authentication, the thread limit, the hourly threshold and latency. */
class AutotaskAccessTest {

    private static final String COMPANY_QUERY = "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":100}]}";

    private AutotaskSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private AtHttp http() {
        if (sandbox == null) {
            sandbox = TestSeed.start(0);
        }
        return new AtHttp(sandbox);
    }

    @Nested
    class ZoneAndAuthentication {

        @Test
        void zoneInformationAnswersTheSandboxesOwnUrlWithoutAuthHeaders() {
            AtHttp http = http().as(null, null, null);
            HttpResponse<String> response = http.get("V1.0/zoneInformation?user=" + AtHttp.encode("API-User@msp.example"));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode zone = AtHttp.json(response);
            assertThat(zone.get("url").asText()).isEqualTo(sandbox.baseUrl().toString());
            assertThat(zone.has("webUrl")).isTrue();
            assertThat(zone.get("ci").isInt()).isTrue();
        }

        @Test
        void zoneInformationForAnUnknownOrBlankUserIs500() {
            AtHttp http = http();
            for (String user : List.of("someone@else.example", "")) {
                HttpResponse<String> response = http.get("V1.0/zoneInformation?user=" + AtHttp.encode(user));
                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).isEqualTo("{\"errors\":[\"Zone information could not be determined\"]}");
            }
        }

        @Test
        void aWrongSecretOrUserIs401() {
            AtHttp http = http();
            String user = TestSeed.CREDENTIALS.userName();
            String code = TestSeed.CREDENTIALS.integrationCode();
            assertThat(http.as(user, "wrong", code).post("V1.0/Companies/query", COMPANY_QUERY).statusCode()).isEqualTo(401);
            assertThat(http.as("other@msp.example", TestSeed.CREDENTIALS.secret().reveal(), code)
                    .post("V1.0/Companies/query", COMPANY_QUERY).statusCode()).isEqualTo(401);
            assertThat(http.as(null, null, null).get("V1.0/ThresholdInformation").statusCode()).isEqualTo(401);
        }

        @Test
        void aWrongIntegrationCodeIs500WithAutotasksMessage() {
            HttpResponse<String> response = http().as(TestSeed.CREDENTIALS.userName(), TestSeed.CREDENTIALS.secret().reveal(), "WRONG")
                    .post("V1.0/Companies/query", COMPANY_QUERY);
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("{\"errors\":[\"IntegrationCode is invalid.\"]}");
        }

        @Test
        void credentialsNeverShowTheSecret() {
            assertThat(TestSeed.CREDENTIALS.toString()).doesNotContain(TestSeed.CREDENTIALS.secret().reveal());
        }
    }

    @Nested
    class Limits {

        @Test
        void aFourthConcurrentCallOnOneEndpointGets429AndOthersPass() throws Exception {
            AtHttp http = http();
            AutotaskHttpServer server = (AutotaskHttpServer) sandbox;
            server.closeGate("Companies");
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(http.postAsync("V1.0/Companies/query", COMPANY_QUERY));
            }
            awaitInFlight(server, "Companies", 3);

            HttpResponse<String> fourth = http.post("V1.0/Companies/query", COMPANY_QUERY);
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.body()).isEqualTo("{\"errors\":[\"API thread threshold of 3 threads has been exceeded\"]}");
            // Another endpoint has its own three threads.
            assertThat(http.post("V1.0/Contracts/query", "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":5001}]}").statusCode())
                    .isEqualTo(200);

            server.openGate();
            for (CompletableFuture<HttpResponse<String>> call : held) {
                assertThat(call.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            EndpointStats stats = sandbox.stats().endpoint("Companies");
            assertThat(stats.requests()).isEqualTo(4);
            assertThat(stats.throttled()).isEqualTo(1);
            assertThat(stats.peakInFlight()).isEqualTo(3);
            assertThat(stats.inFlight()).isZero();
        }

        @Test
        void thresholdInformationCountsRequestsInTheRollingHourAndRefusesPastTheThreshold() {
            MutableClock clock = new MutableClock(TestSeed.CLOCK.instant());
            sandbox = AutotaskSandbox.start(AutotaskSandboxConfig.of(TestSeed.data(0), TestSeed.CREDENTIALS).withClock(clock)
                    .withOptions(AutotaskLimits.defaults().withRequestThreshold(5)));
            AtHttp http = new AtHttp(sandbox);
            for (int i = 0; i < 3; i++) {
                http.post("V1.0/Companies/query", COMPANY_QUERY);
            }
            JsonNode threshold = AtHttp.json(http.get("V1.0/ThresholdInformation"));
            assertThat(threshold.get("externalRequestThreshold").asInt()).isEqualTo(5);
            assertThat(threshold.get("requestThresholdTimeframe").asInt()).isEqualTo(60);
            assertThat(threshold.get("currentTimeframeRequestCount").asInt()).isEqualTo(4);

            assertThat(http.post("V1.0/Companies/query", COMPANY_QUERY).statusCode()).isEqualTo(200);
            HttpResponse<String> over = http.post("V1.0/Companies/query", COMPANY_QUERY);
            assertThat(over.statusCode()).isEqualTo(429);
            assertThat(over.body()).contains("threshold of 5 requests per 60 minutes");

            clock.advance(Duration.ofMinutes(61));
            assertThat(http.post("V1.0/Companies/query", COMPANY_QUERY).statusCode()).isEqualTo(200);
            assertThat(sandbox.stats().requestsInTimeframe()).isEqualTo(1);
        }

        @Test
        void latencyIsAddedToEveryAuthenticatedCall() {
            AtHttp http = http();
            sandbox.setOptions(sandbox.options().withLatency(Duration.ofMillis(300)));
            long started = System.nanoTime();
            assertThat(http.post("V1.0/Companies/query", COMPANY_QUERY).statusCode()).isEqualTo(200);
            // A lower bound only: the call cannot be answered before its latency has passed.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    static void awaitInFlight(AutotaskHttpServer server, String endpoint, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.inFlight(endpoint) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + server.inFlight(endpoint) + " calls in flight on " + endpoint);
            }
            Thread.sleep(10);
        }
    }
}
