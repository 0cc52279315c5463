package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import net.mspbridge.api.host.Secret;

/**
 * The in-flight limit, observed from the server: its handler counts the requests it holds at once
 * and keeps each one until a latch opens (bounded waits throughout).
 */
class ConcurrencyLimitTest {

    private final AutotaskStub autotask = new AutotaskStub();
    private final ExecutorService callers = Executors.newFixedThreadPool(6);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        callers.shutdownNow();
        callers.awaitTermination(10, TimeUnit.SECONDS);
        autotask.close();
    }

    /** Holds each request until {@code release} opens (at most 5 s), counting how many it holds at once. */
    private MockResponse held(RecordedRequest request, CountDownLatch release, String answer) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        return Fixtures.okFixture(answer);
    }

    private static <T> List<T> results(List<Future<T>> futures)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    /**
     * Holds Companies queries in waves of 500 ms, long enough for any request the limiter let through
     * to arrive; a 4th request arriving at once ends the wave early (the limit failed).
     */
    private void holdCompanyQueriesInWaves() {
        CountDownLatch overflow = new CountDownLatch(1);
        autotask.handle("POST", "Companies/query", request -> {
            if (inFlight.get() >= 3) {
                overflow.countDown();
            }
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                overflow.await(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return Fixtures.okFixture("companies-page.json");
        });
    }

    @Test
    void sixCallersNeverPutMoreThanThreeRequestsInFlightOnOneEndpoint() throws Exception {
        holdCompanyQueriesInWaves();
        AutotaskClient client = autotask.client();
        client.thresholdInformation();

        List<Future<List<Company>>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            futures.add(callers.submit(() -> client.companiesByIds(List.of(174L))));
        }

        assertThat(results(futures)).hasSize(6).allSatisfy(companies -> assertThat(companies).hasSize(1));
        assertThat(maxInFlight.get()).isEqualTo(3);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(6);
    }

    @Test
    void twoClientsOnOneIntegrationCodeShareTheThreeSlots() throws Exception {
        // The settings page's client and a billing run's client: Autotask counts the threads of the
        // integration code, whichever client sends them.
        holdCompanyQueriesInWaves();
        AutotaskClientFactory factory = new DefaultAutotaskClientFactory();
        AutotaskConfig config = autotask.configBuilder(Fixtures.fastOptions().build()).build();
        AutotaskClient settingsPage = autotask.client(factory, config);
        AutotaskClient billingRun = autotask.client(factory, config);
        settingsPage.thresholdInformation();
        billingRun.thresholdInformation();

        List<Future<List<Company>>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AutotaskClient client = i % 2 == 0 ? settingsPage : billingRun;
            futures.add(callers.submit(() -> client.companiesByIds(List.of(174L))));
        }

        assertThat(results(futures)).hasSize(6);
        assertThat(maxInFlight.get()).isEqualTo(3);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(6);
    }

    @Test
    void clientsOnDifferentIntegrationCodesHaveSlotsOfTheirOwn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        autotask.handle("POST", "Companies/query", request -> held(request, release, "companies-page.json"));
        AutotaskClientFactory factory = new DefaultAutotaskClientFactory();
        AutotaskClient first = autotask.client(factory, autotask.configBuilder(Fixtures.fastOptions().build()).build());
        AutotaskClient other = autotask.client(factory, AutotaskConfig.builder("other@example.com",
                        Secret.of("other-secret"), "OTHERCODE").baseUrlOverride(autotask.base().uri())
                .options(Fixtures.fastOptions().build()).build());
        first.thresholdInformation();
        other.thresholdInformation();
        List<Future<List<Company>>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(callers.submit(() -> first.companiesByIds(List.of(174L))));
        }
        awaitInFlight(3);

        blocked.add(callers.submit(() -> other.companiesByIds(List.of(174L))));
        awaitInFlight(4);

        release.countDown();
        assertThat(results(blocked)).hasSize(4);
    }

    @Test
    void aFullEndpointDoesNotHoldUpAnother() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        autotask.handle("POST", "Companies/query", request -> held(request, release, "companies-page.json"));
        autotask.always("POST", "Contracts/query", Fixtures.okFixture("empty-page.json"));
        AutotaskClient client = autotask.client();
        client.thresholdInformation();
        List<Future<List<Company>>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(callers.submit(() -> client.companiesByIds(List.of(174L))));
        }
        awaitInFlight(3);

        List<Contract> contracts = callers.submit(() -> client.contractsByIds(List.of(1L))).get(10, TimeUnit.SECONDS);

        assertThat(contracts).isEmpty();
        assertThat(inFlight.get()).isEqualTo(3);
        release.countDown();
        assertThat(results(blocked)).hasSize(3);
    }

    @Test
    void aCallerThatFindsNoFreeSlotInTimeGivesUpWithoutSending() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        autotask.handle("POST", "Companies/query", request -> held(request, release, "companies-page.json"));
        AutotaskClient client = autotask.client(Fixtures.fastOptions().inFlightWait(Duration.ofMillis(200)).build());
        client.thresholdInformation();
        List<Future<List<Company>>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(callers.submit(() -> client.companiesByIds(List.of(174L))));
        }
        awaitInFlight(3);

        assertThatThrownBy(() -> client.companiesByIds(List.of(175L)))
                .isInstanceOf(AutotaskUnavailableException.class)
                .hasMessageContaining("no free slot among the 3 calls allowed in flight to Companies");
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(3);
        release.countDown();
        assertThat(results(blocked)).hasSize(3);
    }

    @Test
    void aLowerConfiguredLimitIsKept() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        autotask.handle("POST", "Companies/query", request -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                never.await(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return Fixtures.okFixture("companies-page.json");
        });
        AutotaskClient client = autotask.client(Fixtures.fastOptions().maxInFlightPerEndpoint(1).build());
        client.thresholdInformation();

        List<Future<List<Company>>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            futures.add(callers.submit(() -> client.companiesByIds(List.of(174L))));
        }

        assertThat(results(futures)).hasSize(3);
        assertThat(maxInFlight.get()).isEqualTo(1);
    }

    private void awaitInFlight(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inFlight.get() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + inFlight.get() + " requests reached the server");
            }
            Thread.sleep(5);
        }
    }
}
