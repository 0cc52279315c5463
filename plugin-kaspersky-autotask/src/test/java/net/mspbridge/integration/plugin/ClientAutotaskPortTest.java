package net.mspbridge.integration.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import net.mspbridge.api.billing.BillingPeriod;
import net.mspbridge.integration.autotask.AutotaskApiException;
import net.mspbridge.integration.autotask.AutotaskAuthenticationException;
import net.mspbridge.integration.autotask.AutotaskBudgetExhaustedException;
import net.mspbridge.integration.autotask.AutotaskClient;
import net.mspbridge.integration.autotask.AutotaskException;
import net.mspbridge.integration.autotask.AutotaskOutcomeUnknownException;
import net.mspbridge.integration.autotask.AutotaskRateLimitedException;
import net.mspbridge.integration.autotask.AutotaskUnavailableException;
import net.mspbridge.integration.autotask.AutotaskUntrustedUrlException;
import net.mspbridge.integration.autotask.ContractServiceAdjustment;
import net.mspbridge.integration.autotask.Service;
import net.mspbridge.integration.billing.AdjustmentRefusedException;
import net.mspbridge.integration.billing.AdjustmentRequest;
import net.mspbridge.integration.billing.AutotaskPortUnavailableException;
import net.mspbridge.integration.billing.BudgetLimitException;
import net.mspbridge.integration.billing.OutcomeUnknownException;
import net.mspbridge.integration.billing.ReadFailedException;
import net.mspbridge.integration.billing.ServerErrorOnCreateException;
import net.mspbridge.integration.billing.ServiceFacts;

/**
 * The port's reading of the client's exceptions, the guard against sending a create twice: only an
 * answer that proves Autotask did not act may become "refused" (the run reports Autotask's reasons)
 * or "unavailable" (the run stops, the next one makes it); everything else is "outcome unknown",
 * which the run settles by reading the units again. The port itself never sends anything twice.
 * The client's own behaviour on the wire (what it retries, what it calls unknown) is proven against
 * MockWebServer in the autotask package; here each of its exceptions meets the port.
 */
class ClientAutotaskPortTest {

    private static final AdjustmentRequest REQUEST =
            new AdjustmentRequest(29684101, 29682801, LocalDate.of(2026, 12, 1), 3, new BigDecimal("4.50"));
    private static final String CREATE = "ContractServiceAdjustments";
    /** Autotask's wording for its own fault (github.com/KelvinTegelaar/AutotaskAPI/issues/25). */
    private static final String UNEXPECTED = "An unexpected error has occurred. If the problem persists, please contact "
            + "Autotask Support and reference Error Id 5b4c3f0e-7d1a-4e55-9a43-1f2e6c8d9b70.";

    /** The host's clock as the run's context gives it. */
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T14:00:00Z"),
            java.time.ZoneOffset.UTC);

    private final AutotaskClient client = mock(AutotaskClient.class);
    private final ClientAutotaskPort port = new ClientAutotaskPort(client, CLOCK);

    /** An answer the client could not read (no itemId, not JSON): the client's generic failure. */
    private static AutotaskException unreadableAnswer() {
        return new AutotaskException("the answer to POST ContractServiceAdjustments has no itemId") {
            private static final long serialVersionUID = 1L;
        };
    }

    static Stream<Arguments> createFailures() {
        return Stream.of(
                Arguments.of("a 500 with a business rule's reasons (Autotask refuses with 500, nothing saved)",
                        new AutotaskApiException(500, "POST", CREATE, List.of("The contract is not active on 2026-12-01.")),
                        ServerErrorOnCreateException.class),
                Arguments.of("a 500 with Autotask's own fault (it may come after the change was saved)",
                        new AutotaskApiException(500, "POST", CREATE, List.of(UNEXPECTED)),
                        ServerErrorOnCreateException.class),
                Arguments.of("a request Autotask rejected as malformed (400 with reasons)",
                        new AutotaskApiException(400, "POST", CREATE, List.of("unitChange is required.")),
                        AdjustmentRefusedException.class),
                Arguments.of("a gateway error, even with messages (the change may be behind it)",
                        new AutotaskApiException(502, "POST", CREATE, List.of("Bad gateway")),
                        OutcomeUnknownException.class),
                Arguments.of("a server error without Autotask's reasons",
                        new AutotaskApiException(500, "POST", CREATE, List.of()),
                        OutcomeUnknownException.class),
                Arguments.of("an answer lost after the request was sent",
                        new AutotaskOutcomeUnknownException("POST", CREATE, "read timed out", new SocketTimeoutException()),
                        OutcomeUnknownException.class),
                Arguments.of("an answer that cannot be read", unreadableAnswer(), OutcomeUnknownException.class),
                Arguments.of("still 429 after the client's retries (turned away before processing)",
                        new AutotaskRateLimitedException("POST", CREATE, List.of("thread threshold exceeded")),
                        AutotaskPortUnavailableException.class),
                Arguments.of("no connection could be made",
                        new AutotaskUnavailableException("POST", CREATE, "connection refused", new IOException("refused")),
                        AutotaskPortUnavailableException.class),
                Arguments.of("a URL the client will not send credentials to",
                        new AutotaskUntrustedUrlException("http://example.com/", "not an autotask.net zone"),
                        AutotaskPortUnavailableException.class),
                Arguments.of("the budget share is used up (nothing sent)",
                        new AutotaskBudgetExhaustedException(5000, 10000, 0.5, 60),
                        BudgetLimitException.class));
    }

    @Nested
    class ServicePeriods {

        @Test
        void aServicesPeriodComesFromItsPicklistLabelAndAnUnknownLabelIsNotMonthly() {
            when(client.servicesByIds(anyCollection())).thenReturn(List.of(
                    new Service(29682807, "Kaspersky EDR Workstation (annual)", null, null, true, 5, "Yearly",
                            new BigDecimal("48.00"), null),
                    new Service(29682801, "Kaspersky EDR Workstation", null, null, true, 2, "Monthly",
                            new BigDecimal("4.50"), null),
                    new Service(29682899, "Odd", null, null, true, 99, "99", BigDecimal.ONE, null)));

            assertThat(port.services(List.of(29682807L, 29682801L, 29682899L)))
                    .extracting(ServiceFacts::id, ServiceFacts::period)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(29682807L, BillingPeriod.YEARLY),
                            org.assertj.core.groups.Tuple.tuple(29682801L, BillingPeriod.MONTHLY),
                            org.assertj.core.groups.Tuple.tuple(29682899L, BillingPeriod.UNKNOWN));
        }
    }

    @Nested
    class Creates {

        @Test
        void anAnswerWithAnIdIsTheAdjustmentsIdAndCarriesTheRequestAsIs() {
            when(client.createAdjustment(any())).thenReturn(128926L);

            assertThat(port.createAdjustment(REQUEST)).isEqualTo(128926L);
            verify(client).createAdjustment(new ContractServiceAdjustment(29684101, 29682801, LocalDate.of(2026, 12, 1), 3,
                    new BigDecimal("4.50")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("net.mspbridge.integration.plugin.ClientAutotaskPortTest#createFailures")
        void eachFailureSaysWhatTheRunMayDoNextAndNothingIsSentTwice(String what, AutotaskException thrown,
                                                                      Class<? extends RuntimeException> expected) {
            when(client.createAdjustment(any())).thenThrow(thrown);

            assertThatThrownBy(() -> port.createAdjustment(REQUEST)).isExactlyInstanceOf(expected);
            verify(client, times(1)).createAdjustment(any());
        }

        @Test
        void aRefusalCarriesAutotasksOwnReasons() {
            when(client.createAdjustment(any())).thenThrow(
                    new AutotaskApiException(400, "POST", CREATE, List.of("unitChange is required.")));

            assertThatThrownBy(() -> port.createAdjustment(REQUEST)).isInstanceOf(AdjustmentRefusedException.class)
                    .hasMessageContaining("unitChange is required.");
        }

        @Test
        void a500WithMessagesIsAnUnknownOutcomeThatKeepsAutotasksMessagesForARefusal() {
            when(client.createAdjustment(any())).thenThrow(new AutotaskApiException(500, "POST", CREATE, List.of(UNEXPECTED)));

            assertThatThrownBy(() -> port.createAdjustment(REQUEST))
                    .isInstanceOfSatisfying(ServerErrorOnCreateException.class, e -> {
                        assertThat(e).isInstanceOf(OutcomeUnknownException.class);
                        assertThat(e.status()).isEqualTo(500);
                        assertThat(e.errors()).containsExactly(UNEXPECTED);
                        assertThat(e.request()).isEqualTo(REQUEST);
                        assertThat(e.getMessage()).contains("may or may not have been saved");
                    });
        }
    }

    @Nested
    class Reads {

        @Test
        void aFailedQueryNamesItsEntityAndLeavesTheRestOfTheRunToGoOn() {
            when(client.contractServiceUnits(anyCollection(), any())).thenThrow(
                    new AutotaskApiException(500, "POST", "ContractServiceUnits/query", List.of("Timeout expired.")));

            assertThatThrownBy(() -> port.serviceUnits(List.of(29684101L), LocalDate.of(2026, 12, 1)))
                    .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                        assertThat(e.entity()).isEqualTo("ContractServiceUnits");
                        assertThat(e.getMessage()).contains("Timeout expired.");
                    });
        }

        @Test
        void rejectedCredentialsMakeAutotaskUnavailableForTheWholeRun() {
            when(client.contractsByIds(anyCollection())).thenThrow(new AutotaskAuthenticationException(
                    "Autotask rejected the API user's credentials", 401, "POST", "Contracts/query", List.of()));

            assertThatThrownBy(() -> port.contracts(List.of(29684101L)))
                    .isInstanceOf(AutotaskPortUnavailableException.class)
                    .hasMessageContaining("rejected the API user's credentials");
        }

        @Test
        void aUsedUpBudgetStopsTheRunWithItsFigures() {
            when(client.servicesByIds(anyCollection())).thenThrow(new AutotaskBudgetExhaustedException(5000, 10000, 0.5, 60));

            assertThatThrownBy(() -> port.services(List.of(29682801L))).isInstanceOfSatisfying(BudgetLimitException.class,
                    e -> assertThat(e.getMessage()).isNotBlank());
        }

        @Test
        void aUsedUpBudgetSaysTheShareIsFreeOneTimeFrameAndAMinuteAfterTheStopByTheHostsClock() {
            when(client.servicesByIds(anyCollection())).thenThrow(new AutotaskBudgetExhaustedException(100, 200, 0.5, 60));
            when(client.createAdjustment(any())).thenThrow(new AutotaskBudgetExhaustedException(100, 200, 0.5, 30));

            assertThatThrownBy(() -> port.services(List.of(29682801L))).isInstanceOfSatisfying(BudgetLimitException.class,
                    e -> assertThat(e.resumeAfter()).contains(java.time.Instant.parse("2026-12-07T15:01:00Z")));
            assertThatThrownBy(() -> port.createAdjustment(REQUEST)).isInstanceOfSatisfying(BudgetLimitException.class,
                    e -> assertThat(e.resumeAfter()).contains(java.time.Instant.parse("2026-12-07T14:31:00Z")));
        }
    }
}
