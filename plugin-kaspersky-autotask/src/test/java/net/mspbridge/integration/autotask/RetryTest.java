package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

class RetryTest {

    private final AutotaskStub autotask = new AutotaskStub();

    @AfterEach
    void stop() {
        autotask.close();
    }

    private static MockResponse threadLimit() {
        return Fixtures.status(429, Fixtures.text("error-thread-limit.json"));
    }

    /** An answer that never comes: the server keeps the connection open and silent. */
    private static MockResponse silence() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }

    /** The connection is closed as the answer should start. */
    private static MockResponse reset() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private AutotaskClient shortReadTimeoutClient() {
        return autotask.client(Fixtures.fastOptions().readTimeout(Duration.ofMillis(300)).build());
    }

    private static ContractServiceAdjustment adjustment() {
        return new ContractServiceAdjustment(29684183, 29683812, LocalDate.of(2024, 5, 1), 5, null);
    }

    @Nested
    class Reads {

        @Test
        void a429ThenSuccessIsRetried() {
            autotask.enqueue("POST", "Companies/query", threadLimit(), Fixtures.okFixture("companies-page.json"));

            assertThat(autotask.client().companiesByIds(List.of(174L))).hasSize(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(2);
        }

        @Test
        void gatewayErrorsAreRetried() {
            autotask.enqueue("POST", "Companies/query", Fixtures.status(503, ""), Fixtures.status(504, ""),
                    Fixtures.okFixture("companies-page.json"));

            assertThat(autotask.client().companiesByIds(List.of(174L))).hasSize(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
        }

        @Test
        void attemptsAreBounded() {
            autotask.always("POST", "Companies/query", Fixtures.status(502, "Bad Gateway"));

            assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(174L)))
                    .isInstanceOf(AutotaskApiException.class).hasMessageContaining("HTTP 502");
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
        }

        @Test
        void a429ThatDoesNotEndIsReportedAsRateLimited() {
            autotask.always("POST", "Companies/query", threadLimit());

            assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(174L)))
                    .isInstanceOf(AutotaskRateLimitedException.class)
                    .hasMessageContaining("API thread threshold of 3 threads has been exceeded");
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
        }

        @Test
        void aRetryAfterWithinTheCapIsWaitedFor() {
            autotask.enqueue("POST", "Companies/query",
                    threadLimit().newBuilder().setHeader("Retry-After", "0").build(),
                    Fixtures.okFixture("companies-page.json"));

            assertThat(autotask.client().companiesByIds(List.of(174L))).hasSize(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(2);
        }

        @Test
        void aRetryAfterLongerThanTheCapEndsTheRetries() {
            autotask.enqueue("POST", "Companies/query",
                    threadLimit().newBuilder().setHeader("Retry-After", "3600").build(),
                    Fixtures.okFixture("companies-page.json"));

            assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(174L)))
                    .isInstanceOf(AutotaskRateLimitedException.class);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(1);
        }

        @Test
        void aReadWhoseAnswerTimesOutIsRetried() {
            autotask.enqueue("POST", "Companies/query", silence(), Fixtures.okFixture("companies-page.json"));

            assertThat(shortReadTimeoutClient().companiesByIds(List.of(174L))).hasSize(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(2);
        }

        @Test
        void aReadCutOffMidAnswerIsRetried() {
            autotask.enqueue("POST", "Companies/query", reset(), Fixtures.okFixture("companies-page.json"));

            assertThat(autotask.client().companiesByIds(List.of(174L))).hasSize(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(2);
        }

        @Test
        void aReadThatKeepsTimingOutIsUnavailable() {
            autotask.always("POST", "Companies/query", silence());

            assertThatThrownBy(() -> shortReadTimeoutClient().companiesByIds(List.of(174L)))
                    .isInstanceOf(AutotaskUnavailableException.class)
                    .hasMessageContaining("POST Companies/query").hasMessageContaining("no answer in time");
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
        }
    }

    @Nested
    class Creates {

        @Test
        void a429IsRetriedBecauseAutotaskDidNotAct() {
            autotask.enqueue("POST", "ContractServiceAdjustments", threadLimit(),
                    Fixtures.okFixture("create-result.json"));

            assertThat(autotask.client().createAdjustment(adjustment())).isEqualTo(128926);
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(2);
        }

        @Test
        void aCreateWhoseAnswerTimesOutIsNotSentTwice() {
            // Were it sent again, the second POST would succeed: the test would see an id, not the exception.
            autotask.enqueue("POST", "ContractServiceAdjustments", silence(), Fixtures.okFixture("create-result.json"));

            assertThatThrownBy(() -> shortReadTimeoutClient().createAdjustment(adjustment()))
                    .isInstanceOf(AutotaskOutcomeUnknownException.class)
                    .hasMessageContaining("POST ContractServiceAdjustments")
                    .hasMessageContaining("was not sent again");
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
        }

        @Test
        void aCreateCutOffMidAnswerIsNotSentTwice() {
            autotask.enqueue("POST", "ContractServiceAdjustments", reset(), Fixtures.okFixture("create-result.json"));

            assertThatThrownBy(() -> autotask.client().createAdjustment(adjustment()))
                    .isInstanceOf(AutotaskOutcomeUnknownException.class);
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
        }

        @Test
        void aGatewayErrorOnACreateIsAnUnknownOutcomeAndNotRetried() {
            autotask.enqueue("POST", "ContractServiceAdjustments", Fixtures.status(504, ""),
                    Fixtures.okFixture("create-result.json"));

            assertThatThrownBy(() -> autotask.client().createAdjustment(adjustment()))
                    .isInstanceOf(AutotaskOutcomeUnknownException.class).hasMessageContaining("HTTP 504");
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
        }

        @Test
        void aCreateRefusedAtConnectIsRetried() {
            RefusingSocketFactory sockets = new RefusingSocketFactory();
            closeEveryConnection();
            autotask.enqueue("POST", "ContractServiceAdjustments", Fixtures.okFixture("create-result.json"));
            AutotaskClient client = autotask.client(autotask.configBuilder(Fixtures.fastOptions().build()).build(),
                    b -> b.socketFactory(sockets));
            client.thresholdInformation();
            sockets.refuseNext(2);

            long id = client.createAdjustment(adjustment());

            assertThat(id).isEqualTo(128926);
            assertThat(sockets.connects()).isGreaterThanOrEqualTo(4);
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
        }

        @Test
        void aCreateThatCannotConnectAtAllCertainlyDidNotHappen() {
            RefusingSocketFactory sockets = new RefusingSocketFactory();
            closeEveryConnection();
            AutotaskClient client = autotask.client(autotask.configBuilder(Fixtures.fastOptions().build()).build(),
                    b -> b.socketFactory(sockets));
            client.thresholdInformation();
            sockets.refuseNext(100);

            assertThatThrownBy(() -> client.createAdjustment(adjustment()))
                    .isInstanceOf(AutotaskUnavailableException.class).hasMessageContaining("connection refused");
            assertThat(autotask.requests("POST", "ContractServiceAdjustments")).isEmpty();
        }

        /** Every answer closes its connection, so each request needs a new connect the factory sees. */
        private void closeEveryConnection() {
            autotask.always("GET", "ThresholdInformation", Fixtures.okFixture("threshold.json").newBuilder()
                    .setHeader("Connection", "close").build());
        }
    }
}
