package net.mspbridge.integration.mapping;

import java.util.function.Supplier;

import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;

/** Answers "Test Kaspersky connection" for Security Center as set, and counts its runs. */
final class FakeKscCheck implements KscConnectionCheck {

    int runs;
    Supplier<ActionResult> answer = () -> ActionResult.of(
            ActionStep.successful("Server reached", "Kaspersky Security Center answered at https://ksc:13299."),
            ActionStep.successful("Logged in", "Logged in as 'billing'."),
            ActionStep.successful("Virtual servers", "2 virtual server(s): Contoso, Fabrikam."),
            ActionStep.skipped("Virtual server scope", "No single virtual server is set."));

    @Override
    public ActionResult run() {
        runs++;
        return answer.get();
    }
}
