package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    private final AutotaskStub autotask = new AutotaskStub();

    @AfterEach
    void stop() {
        autotask.close();
    }

    private static ContractServiceAdjustment adjustment() {
        return new ContractServiceAdjustment(29684183, 29683812, LocalDate.of(2024, 5, 1), 2, null);
    }

    @Test
    void aBusinessRuleRefusalCarriesTheServersMessageAndIsNotRetried() {
        autotask.always("POST", "ContractServiceAdjustments", Fixtures.status(500, Fixtures.text("error-business.json")));

        assertThatThrownBy(() -> autotask.client().createAdjustment(adjustment()))
                .asInstanceOf(type(AutotaskApiException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.method()).isEqualTo("POST");
                    assertThat(e.endpoint()).isEqualTo("ContractServiceAdjustments");
                    assertThat(e.serverMessages()).containsExactly("When assigning a Resource, you must assign both a"
                            + " assignedResourceID and assignedResourceRoleID.");
                    assertThat(e).hasMessage("Autotask answered HTTP 500 to POST ContractServiceAdjustments: When"
                            + " assigning a Resource, you must assign both a assignedResourceID and"
                            + " assignedResourceRoleID.");
                });
        assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
    }

    @Test
    void aReadAnswered500IsTriedAgainABoundedNumberOfTimesThenCarriesTheServersMessage() {
        autotask.always("POST", "Companies/query", Fixtures.status(500, "{\"errors\":[\"Invalid filter field\"]}"));

        assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(1L)))
                .isInstanceOf(AutotaskApiException.class).hasMessageContaining("Invalid filter field");
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(Fixtures.fastOptions().build().maxAttempts());
    }

    @Test
    void aReadAnswered500ThatSucceedsOnTheNextAttemptIsNoFailure() {
        autotask.enqueue("POST", "Companies/query",
                Fixtures.status(500, "{\"errors\":[\"An unexpected error has occurred. Please try again later.\"]}"));
        autotask.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

        assertThat(autotask.client().companiesByIds(List.of(174L))).extracting(Company::id).containsExactly(174L);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(2);
    }

    @Test
    void aRefusedIntegrationCodeIsNeverRetried() {
        autotask.always("POST", "Companies/query", Fixtures.status(500, Fixtures.text("error-integration-code.json")));

        assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(1L)))
                .isInstanceOf(AutotaskAuthenticationException.class);
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(1);
    }

    @Test
    void theAspNetMessageShapeIsRead() {
        autotask.always("GET", "Companies/5", Fixtures.status(405, Fixtures.text("error-405.json")));

        assertThatThrownBy(() -> autotask.client().get(AutotaskEntity.COMPANIES, 5))
                .asInstanceOf(type(AutotaskApiException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(405);
                    assertThat(e.serverMessages())
                            .containsExactly("The requested resource does not support http method 'GET'.");
                });
    }

    @Test
    void rejectedCredentialsBecomeOneClearAuthenticationError() {
        autotask.always("POST", "Companies/query", Fixtures.status(401, "{\"errors\":[\"Unauthorized\"]}"));

        assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(1L)))
                .isInstanceOf(AutotaskAuthenticationException.class)
                .hasMessageStartingWith("Autotask rejected the API user, secret or integration code: check them on"
                        + " the Connection panel");
        assertThat(autotask.requests("POST", "Companies/query")).hasSize(1);
    }

    @Test
    void anInvalidIntegrationCodeIsTheSameAuthenticationError() {
        autotask.always("GET", "ThresholdInformation", Fixtures.status(500, Fixtures.text("error-integration-code.json")));

        assertThatThrownBy(() -> autotask.client().activeServices())
                .asInstanceOf(type(AutotaskAuthenticationException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e).hasMessageStartingWith(AutotaskAuthenticationException.REJECTED)
                            .hasMessageContaining("IntegrationCode is invalid.");
                });
        assertThat(autotask.requests("POST", "Services/query")).isEmpty();
    }

    @Test
    void forbiddenIsAnApiErrorWithItsStatus() {
        autotask.always("POST", "Contracts/query", Fixtures.status(403, "{\"errors\":[\"Insufficient permission\"]}"));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .hasMessageContaining("Insufficient permission")
                .asInstanceOf(type(AutotaskApiException.class))
                .satisfies(e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void errorsGivenAsObjectsAreRead() {
        autotask.always("POST", "Contracts/query", Fixtures.status(500, "{\"errors\":[{\"message\":\"first\"},\"second\"]}"));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .asInstanceOf(type(AutotaskApiException.class))
                .satisfies(e -> assertThat(e.serverMessages()).containsExactly("first", "second"));
    }

    @Test
    void aNonJsonErrorBodyIsShownShortened() {
        autotask.always("POST", "Contracts/query", Fixtures.status(500, "<html>" + "x".repeat(2000) + "</html>"));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .asInstanceOf(type(AutotaskApiException.class))
                .satisfies(e -> assertThat(e.serverMessages().get(0)).startsWith("<html>xxx").hasSizeLessThan(600));
    }

    @Test
    void anEmptyErrorBodySaysNoMessageWasGiven() {
        autotask.always("POST", "Contracts/query", Fixtures.status(500, ""));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .hasMessageEndingWith("(no message given)");
    }

    @Test
    void notFoundOnAQueryIsAnErrorNotAnEmptyResult() {
        autotask.always("POST", "Nothing/query", Fixtures.status(404, "{\"Message\":\"No HTTP resource was found\"}"));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .isInstanceOf(AutotaskApiException.class).hasMessageContaining("404");
    }

    @Test
    void aSuccessThatIsNotJsonIsAProtocolError() {
        autotask.always("POST", "Contracts/query", Fixtures.ok("<html>proxy login</html>"));

        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("not JSON");
    }

    @Test
    void aCreateAnswerWithoutItemIdIsAProtocolError() {
        autotask.always("POST", "ContractServiceAdjustments", Fixtures.ok("{}"));

        assertThatThrownBy(() -> autotask.client().createAdjustment(adjustment()))
                .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("itemId");
        assertThat(autotask.requests("POST", "ContractServiceAdjustments")).hasSize(1);
    }

    @Test
    void aRedirectIsNotFollowed() {
        try (AutotaskStub elsewhere = new AutotaskStub()) {
            autotask.always("POST", "Contracts/query", new mockwebserver3.MockResponse.Builder().code(302)
                    .setHeader("Location", elsewhere.url("Contracts/query").toString()).build());

            assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L)))
                    .isInstanceOf(AutotaskApiException.class).hasMessageContaining("302");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }
}
