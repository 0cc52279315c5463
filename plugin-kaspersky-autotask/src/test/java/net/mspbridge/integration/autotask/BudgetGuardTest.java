package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
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
        return Fixtures.ok("{\"externalRequestThreshold\":10000,\"requestThresholdTimeframe\":60,"
                + "\"currentTimeframeRequestCount\":" + used + "}");
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

    @Test
    void thresholdIsReadOnceThenAfterEveryNCalls() {
        AutotaskClient client = autotask.client(Fixtures.fastOptions().budgetRecheckCalls(4).build());

        for (int i = 0; i < 10; i++) {
            client.companiesByIds(List.of(174L));
        }

        // Read before call 1, then before calls 5 and 9.
        assertThat(autotask.requests("GET", "ThresholdInformation")).hasSize(3);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(10);
    }

    @Test
    void aRereadSeesWhatOtherIntegrationsUsed() {
        autotask.enqueue("GET", "ThresholdInformation", threshold(100), threshold(4998));
        AutotaskClient client = autotask.client(Fixtures.fastOptions().budgetRecheckCalls(3).build());

        // 3 calls on the first reading; the re-read shows 4998 of 5000 used: 2 more calls fit.
        assertThat(successfulCallsUntilDeferred(client, 20)).isEqualTo(5);
        assertThat(autotask.requests("GET", "ThresholdInformation")).hasSize(2);
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
        assertThat(muchLater.usedShare()).isEqualTo(0.012);
        assertThat(client.companiesByIds(List.of(174L))).hasSize(1);
    }
}
