package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;

class BudgetGuardTest {

    private final AutotaskStub autotask = new AutotaskStub()
            .always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

    @AfterEach
    void stop() {
        autotask.close();
    }

    private static MockResponse threshold(int used) {
        return threshold(used, 10_000);
    }

    private static MockResponse threshold(int used, int limit) {
        return Fixtures.ok("{\"externalRequestThreshold\":" + limit + ",\"requestThresholdTimeframe\":60,"
                + "\"currentTimeframeRequestCount\":" + used + "}");
    }

    private void calls(AutotaskClient client, int count) {
        for (int i = 0; i < count; i++) {
            client.companiesByIds(List.of(174L));
        }
    }

    private int thresholdReadings() {
        return autotask.requests("GET", "ThresholdInformation").size();
    }

    private int successfulCallsUntilDeferred(AutotaskClient client, int max) {
        for (int i = 0; i < max; i++) {
            try {
                client.companiesByIds(List.of(174L));
            } catch (AutotaskBudgetExhaustedException deferred) {
                return i;
            }
        }
        throw new AssertionError("the budget guard never stopped the client");
    }

    @Test
    void stopsAtTheConfiguredShareWithADeferredSignalAndSendsNothingMore() {
        autotask.always("GET", "ThresholdInformation", threshold(4990));
        AutotaskClient client = autotask.client();

        assertThat(successfulCallsUntilDeferred(client, 50)).isEqualTo(10);

        assertThatThrownBy(() -> client.companiesByIds(List.of(174L)))
                .asInstanceOf(type(AutotaskBudgetExhaustedException.class))
                .satisfies(e -> {
                    assertThat(e.used()).isEqualTo(5000);
                    assertThat(e.threshold()).isEqualTo(10000);
                    assertThat(e.share()).isEqualTo(0.5);
                    assertThat(e).hasMessageContaining("50%").hasMessageContaining("deferred");
                });
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(10);
    }

    @Test
    void theShareIsConfigurable() {
        autotask.always("GET", "ThresholdInformation", threshold(7990));
        AutotaskClient client = autotask.client(Fixtures.fastOptions().budgetShare(0.8).build());

        assertThat(successfulCallsUntilDeferred(client, 50)).isEqualTo(10);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(10);
    }

    @Test
    void aRunStartingBeyondTheShareSendsNoEntityCall() {
        autotask.always("GET", "ThresholdInformation", threshold(6000));

        assertThatThrownBy(() -> autotask.client().activeServices())
                .isInstanceOf(AutotaskBudgetExhaustedException.class);
        assertThat(autotask.entityRequests()).isEmpty();
    }

    /**
     * When the budget is read again: after at least N calls since the last reading and either the
     * interval since it, or the next call passing the share. Time is a ticker the test moves.
     */
    @Nested
    class Rereading {

        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        private AutotaskClient client(int everyCalls, Duration interval) {
            return autotask.client(Fixtures.fastOptions().budgetRecheckCalls(everyCalls).budgetRecheckInterval(interval)
                    .build(), nanos::get);
        }

        private void wait(Duration time) {
            nanos.addAndGet(time.toNanos());
        }

        @Test
        void aQuickRunFarBelowItsShareReadsTheBudgetOnlyBeforeItsFirstCall() {
            AutotaskClient client = client(4, Duration.ofSeconds(60));

            calls(client, 20);
            wait(Duration.ofSeconds(59));
            calls(client, 20);

            assertThat(thresholdReadings()).isEqualTo(1);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(40);
        }

        @Test
        void readsAgainOnceNCallsHaveBeenMadeAndTheIntervalHasPassed() {
            AutotaskClient client = client(4, Duration.ofSeconds(60));

            calls(client, 4);
            wait(Duration.ofSeconds(60));
            calls(client, 1);

            assertThat(thresholdReadings()).isEqualTo(2);
            assertThat(autotask.requests().get(autotask.requests().size() - 2).getUrl().encodedPath())
                    .as("the reading comes before the fifth call").endsWith("/ThresholdInformation");
            calls(client, 10);
            assertThat(thresholdReadings()).as("the interval starts again at the new reading").isEqualTo(2);
        }

        @Test
        void timeAloneDoesNotReadAgainBeforeNCalls() {
            AutotaskClient client = client(4, Duration.ofSeconds(60));

            calls(client, 3);
            wait(Duration.ofMinutes(30));
            calls(client, 1);

            assertThat(thresholdReadings()).isEqualTo(1);
            calls(client, 1);
            assertThat(thresholdReadings()).as("the fifth call: 4 calls and 30 minutes since").isEqualTo(2);
        }

        @Test
        void withAZeroIntervalReadsAfterEveryNCalls() {
            AutotaskClient client = client(4, Duration.ZERO);

            calls(client, 10);

            // Read before call 1, then before calls 5 and 9.
            assertThat(thresholdReadings()).isEqualTo(3);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(10);
        }

        @Test
        void aRereadSeesWhatOtherIntegrationsUsed() {
            autotask.enqueue("GET", "ThresholdInformation", threshold(100), threshold(4998));
            AutotaskClient client = client(3, Duration.ofSeconds(60));

            calls(client, 3);
            wait(Duration.ofSeconds(61));

            // The re-read shows 4998 of 5000 used: 2 more calls fit.
            assertThat(successfulCallsUntilDeferred(client, 20)).isEqualTo(2);
            assertThat(thresholdReadings()).isEqualTo(2);
        }

        @Test
        void nearTheShareItReadsAgainBeforeStoppingInsteadOfWaitingForTheInterval() {
            // Share 50 of 100. 40 used: 10 calls fit; then a fresh reading shows the rolling hour made room.
            autotask.enqueue("GET", "ThresholdInformation", threshold(40, 100), threshold(20, 100));
            AutotaskClient client = client(5, Duration.ofSeconds(60));

            calls(client, 20);

            assertThat(thresholdReadings()).isEqualTo(2);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(20);
        }

        @Test
        void stopsBeforeTheShareOnTheLastReadingPlusItsOwnCallsWithoutReadingOnEveryRefusal() {
            // 40 used: 10 calls fit, the 11th reads again (48 used): 2 more fit; the 13th is refused on
            // that reading plus 2 calls, with fewer than 5 calls since it, so without another reading.
            autotask.enqueue("GET", "ThresholdInformation", threshold(40, 100), threshold(48, 100));
            AutotaskClient client = client(5, Duration.ofSeconds(60));

            assertThat(successfulCallsUntilDeferred(client, 50)).isEqualTo(12);
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> client.companiesByIds(List.of(174L)))
                        .isInstanceOfSatisfying(AutotaskBudgetExhaustedException.class,
                                e -> assertThat(e.used()).isEqualTo(50));
            }

            assertThat(thresholdReadings()).isEqualTo(2);
            assertThat(autotask.requests("POST", "Companies/query")).hasSize(12);
        }

        @Test
        void aLongRunFarBelowItsShareReadsOncePerInterval() {
            AutotaskClient client = client(5, Duration.ofSeconds(60));

            // Five minutes, a call every five seconds: readings before the calls at 0, 60, 120, 180 and 240 s.
            for (int second = 0; second < 5 * 60; second += 5) {
                calls(client, 1);
                wait(Duration.ofSeconds(5));
            }

            assertThat(thresholdReadings()).isEqualTo(5);
        }
    }

    @Test
    void retriesSpendBudgetToo() {
        autotask.always("GET", "ThresholdInformation", threshold(4997));
        autotask.enqueue("POST", "Companies/query", Fixtures.status(503, ""), Fixtures.status(503, ""));
        AutotaskClient client = autotask.client();

        client.companiesByIds(List.of(174L));

        assertThatThrownBy(() -> client.companiesByIds(List.of(174L)))
                .isInstanceOf(AutotaskBudgetExhaustedException.class);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
    }

    @Test
    void thresholdInformationCanAlwaysBeReadAndRestartsTheCount() {
        autotask.enqueue("GET", "ThresholdInformation", threshold(4999), threshold(4999), threshold(120));
        AutotaskClient client = autotask.client();

        assertThat(client.thresholdInformation().currentTimeframeRequestCount()).isEqualTo(4999);
        client.companiesByIds(List.of(174L));
        assertThatThrownBy(() -> client.companiesByIds(List.of(174L)))
                .isInstanceOf(AutotaskBudgetExhaustedException.class);

        ThresholdInformation later = client.thresholdInformation();
        assertThat(later.currentTimeframeRequestCount()).isEqualTo(4999);
        ThresholdInformation muchLater = client.thresholdInformation();
        assertThat((double) muchLater.currentTimeframeRequestCount() / muchLater.externalRequestThreshold()).isEqualTo(0.012);
        assertThat(client.companiesByIds(List.of(174L))).hasSize(1);
    }
}
