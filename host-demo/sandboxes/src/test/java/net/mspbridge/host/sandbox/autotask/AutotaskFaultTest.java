package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutotaskFaultTest {

    private static final String ADJUSTMENT = "{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-03-15\",\"unitChange\":2}";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private AutotaskSandbox sandbox;
    private AtHttp http;

    @BeforeEach
    void start() {
        sandbox = TestSeed.start(0);
        http = new AtHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int units() {
        return sandbox.unitsInForce(TestSeed.RECURRING, TestSeed.EDR, DAY);
    }

    @Test
    void faultsAreOffByDefault() {
        for (int i = 0; i < 20; i++) {
            assertThat(http.get("V1.0/ThresholdInformation").statusCode()).isEqualTo(200);
        }
        assertThat(sandbox.stats().endpoint("ThresholdInformation").faultsInjected()).isZero();
    }

    @Test
    void tooManyRequestsAndServerErrorChangeNothing() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.TOO_MANY_REQUESTS, FaultKind.SERVER_ERROR);
        HttpResponse<String> first = http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.body()).contains("API thread threshold of 3 threads has been exceeded");
        HttpResponse<String> second = http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(second.body()).startsWith("{\"errors\":[");
        assertThat(units()).isEqualTo(10);
        assertThat(http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT).statusCode()).isEqualTo(200);
        assertThat(units()).isEqualTo(12);
    }

    @Test
    void aResetConnectionChangesNothing() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.CONNECTION_RESET);
        IOException failure = http.failure("POST", "V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(failure).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(units()).isEqualTo(10);
        assertThat(sandbox.adjustments()).isEmpty();
    }

    @Test
    void aTimeOutHoldsTheCallBeyondTheClientsReadTimeoutAndChangesNothing() {
        sandbox.setFaults(FaultOptions.builder().timeoutDelay(Duration.ofSeconds(3)).build());
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.TIMEOUT);
        IOException failure = http.timeout(Duration.ofMillis(500)).failure("POST", "V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(failure).isInstanceOf(HttpTimeoutException.class);
        assertThat(units()).isEqualTo(10);
    }

    @Test
    void anAnswerLostAfterTheChangeLeavesTheChangeMadeAndTheClientWithAFailedCall() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.ANSWER_LOST);
        IOException failure = http.failure("POST", "V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(failure).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(units()).isEqualTo(12);
        assertThat(sandbox.adjustments()).hasSize(1);
    }

    @Test
    void a500AfterTheChangeLeavesTheChangeMadeAndAnswersWithAutotasksUnexpectedError() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.SERVER_ERROR_AFTER_COMMIT);
        HttpResponse<String> answer = http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).matches("\\{\"errors\":\\[\"An unexpected error has occurred\\. If the problem persists, "
                + "please contact Autotask Support and reference Error Id [0-9a-f-]{36}\\.\"]}");
        assertThat(units()).isEqualTo(12);
        assertThat(sandbox.adjustments()).hasSize(1);
    }

    @Test
    void a500AfterTheChangeOnACreateTheApiRefusesKeepsTheRefusalAndSavesNothing() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.SERVER_ERROR_AFTER_COMMIT);
        HttpResponse<String> answer = http.post("V1.0/ContractServiceAdjustments",
                "{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2027-01-01\",\"unitChange\":2}");
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("outside the dates of contract").doesNotContain("unexpected");
        assertThat(units()).isEqualTo(10);
        assertThat(sandbox.adjustments()).isEmpty();
    }

    @Test
    void aTimeOutAfterTheChangeLeavesTheChangeMade() {
        sandbox.setFaults(FaultOptions.builder().timeoutDelay(Duration.ofSeconds(3)).build());
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.TIMEOUT_AFTER_COMMIT);
        IOException failure = http.timeout(Duration.ofMillis(500)).failure("POST", "V1.0/ContractServiceAdjustments", ADJUSTMENT);
        assertThat(failure).isInstanceOf(HttpTimeoutException.class);
        assertThat(units()).isEqualTo(12);
    }

    @Test
    void randomFaultsFollowTheirSharesAndRepeatForTheSameSeed() {
        List<Integer> first = statuses(42);
        List<Integer> again = statuses(42);
        List<Integer> other = statuses(7);
        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(first).contains(200, 429, 500).doesNotContain(401);
        long faults = first.stream().filter(s -> s != 200).count();
        assertThat(faults).isBetween(20L, 80L);
        assertThat(sandbox.stats().endpoint("Companies").faultsInjected()).isEqualTo(statusesFaults(other));
    }

    private List<Integer> statuses(long seed) {
        sandbox.setFaults(FaultOptions.builder().seed(seed)
                .share(FaultKind.TOO_MANY_REQUESTS, 0.25).share(FaultKind.SERVER_ERROR, 0.25)
                .endpoints("companies").build());
        sandbox.resetStats();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            statuses.add(http.post("V1.0/Companies/query", "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":100}]}").statusCode());
        }
        // Endpoints not chosen get no faults.
        assertThat(http.get("V1.0/ThresholdInformation").statusCode()).isEqualTo(200);
        return statuses;
    }

    private static long statusesFaults(List<Integer> statuses) {
        return statuses.stream().filter(s -> s != 200).count();
    }

    @Test
    void injectedFaultsAreCountedByKindAndEndpointUntilTheStatsAreReset() {
        sandbox.scheduleFaults("ContractServiceAdjustments", FaultKind.SERVER_ERROR, FaultKind.ANSWER_LOST, FaultKind.SERVER_ERROR);
        sandbox.scheduleFaults("Companies", FaultKind.TOO_MANY_REQUESTS);
        http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT);
        http.failure("POST", "V1.0/ContractServiceAdjustments", ADJUSTMENT);
        http.post("V1.0/ContractServiceAdjustments", ADJUSTMENT);
        http.post("V1.0/Companies/query", "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":100}]}");

        assertThat(sandbox.faultsInjected("contractserviceadjustments"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(FaultKind.SERVER_ERROR, 2L, FaultKind.ANSWER_LOST, 1L));
        assertThat(sandbox.faultsInjected()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                FaultKind.SERVER_ERROR, 2L, FaultKind.ANSWER_LOST, 1L, FaultKind.TOO_MANY_REQUESTS, 1L));
        sandbox.resetStats();
        assertThat(sandbox.faultsInjected()).isEmpty();
    }

    @Test
    void sharesMustAddUpToAtMostOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FaultOptions.builder()
                        .share(FaultKind.TIMEOUT, 0.6).share(FaultKind.ANSWER_LOST, 0.6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1");
    }
}
