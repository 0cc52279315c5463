package net.mspbridge.api.settings;

import java.util.List;

/**
 * What an action did, step by step.
 *
 * @param steps the steps in the order taken
 */
public record ActionResult(List<ActionStep> steps) {

    public ActionResult {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an action result needs at least one step");
        }
    }

    public static ActionResult of(ActionStep... steps) {
        return new ActionResult(List.of(steps));
    }

    /** {@link StepOutcome#FAILED} if any step failed, else {@link StepOutcome#SUCCESSFUL}. */
    public StepOutcome outcome() {
        return steps.stream().anyMatch(s -> s.outcome() == StepOutcome.FAILED)
                ? StepOutcome.FAILED
                : StepOutcome.SUCCESSFUL;
    }
}
