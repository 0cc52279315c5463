package net.mspbridge.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationResultTest {

    @Test
    void collectsEveryProblemAndOnlyErrorsBlockSaving() {
        ValidationResult result = ValidationResult.builder()
                .warning(FieldPath.row("services.mapping", "kes"), "{0}: no service for {1}; those devices will not be billed.",
                        "Kaspersky Endpoint Security for Windows", "Windows servers")
                .build();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).hasSize(1);

        ValidationResult withError = ValidationResult.builder().addAll(result)
                .error(FieldPath.cell("companies.mapping", "vs1", "contract"), "Contract {0} is not active.", "42")
                .build();

        assertThat(withError.hasErrors()).isTrue();
        assertThat(withError.messages()).hasSize(2);
        assertThat(withError.errors().get(0).path().columnId()).isEqualTo("contract");
    }

    @Test
    void textFillsNumberedPlaceholdersAndLeavesOtherBracesAlone() {
        ValidationMessage message = new ValidationMessage(Severity.ERROR, FieldPath.panel(),
                "Service {0} of {1} is inactive {not a placeholder} {2}.", java.util.List.of("Backup", "Contoso"));

        assertThat(message.text()).isEqualTo("Service Backup of Contoso is inactive {not a placeholder} {2}.");
    }

    @Test
    void actionOutcomeIsFailedWhenAnyStepFailed() {
        ActionResult ok = ActionResult.of(ActionStep.successful("Zone found", "webservices5"),
                ActionStep.skipped("Budget", "not asked"));
        ActionResult failed = ActionResult.of(ActionStep.successful("Zone found", "webservices5"),
                ActionStep.failed("Credentials accepted", "Autotask rejected the API user or secret."));

        assertThat(ok.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
        assertThat(failed.outcome()).isEqualTo(StepOutcome.FAILED);
    }
}
