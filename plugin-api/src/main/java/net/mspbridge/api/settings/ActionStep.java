package net.mspbridge.api.settings;

/**
 * One step of an action, for example "Zone found" or "Credentials accepted".
 *
 * @param name    what the step checks, short
 * @param outcome how it went
 * @param detail  what was found, or what went wrong and what to fix; never a secret
 */
public record ActionStep(String name, StepOutcome outcome, String detail) {

    public ActionStep {
        Checks.id(name, "name");
        java.util.Objects.requireNonNull(outcome, "outcome");
        Checks.text(detail, "detail");
    }

    public static ActionStep successful(String name, String detail) {
        return new ActionStep(name, StepOutcome.SUCCESSFUL, detail);
    }

    public static ActionStep failed(String name, String detail) {
        return new ActionStep(name, StepOutcome.FAILED, detail);
    }

    public static ActionStep skipped(String name, String detail) {
        return new ActionStep(name, StepOutcome.SKIPPED, detail);
    }
}
