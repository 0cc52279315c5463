package net.mspbridge.integration.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.redaction.Redactor;

/**
 * Runs the steps of a "Test connection" action in order. A step that throws becomes a FAILED step
 * with the failure's message (scrubbed of secrets) and every later step is SKIPPED, so the action
 * never throws to the page and always says where it stopped. Not thread-safe: one per action.
 */
final class Steps {

    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);

    private final Redactor redactor;
    private final List<ActionStep> steps = new ArrayList<>();
    private String failed;

    Steps(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * Runs the step unless an earlier one failed.
     *
     * @param step what the step checks, as the person reads it
     * @param work does the step and returns what it found, for the step's detail
     */
    void run(String step, Supplier<String> work) {
        if (failed != null) {
            skip(step, "Not tried, because \"" + failed + "\" failed.");
            return;
        }
        try {
            steps.add(ActionStep.successful(step, redactor.scrub(work.get())));
        } catch (RuntimeException e) {
            failed(step, e);
        }
    }

    /**
     * Runs steps that another part reports itself, unless an earlier step failed; its steps are
     * added with their details scrubbed.
     *
     * @param step the name of the one failed step added when {@code work} throws instead
     */
    void runAll(String step, Supplier<ActionResult> work) {
        if (failed != null) {
            skip(step, "Not tried, because \"" + failed + "\" failed.");
            return;
        }
        try {
            for (ActionStep done : work.get().steps()) {
                steps.add(new ActionStep(done.name(), done.outcome(), redactor.scrub(done.detail())));
                if (done.outcome() == StepOutcome.FAILED && failed == null) {
                    failed = done.name();
                }
            }
        } catch (RuntimeException e) {
            failed(step, e);
        }
    }

    private void failed(String step, RuntimeException e) {
        if (e instanceof PluginException) {
            fail(step, redactor.scrub(e.getMessage()));
            return;
        }
        // A defect rather than a remote failure: the page gets a plain sentence, the log the trace.
        LOG.warn("Connection test step \"{}\" failed unexpectedly", step, redactor.loggable(e));
        fail(step, "Unexpected error (" + e.getClass().getSimpleName() + "); the host log has the details.");
    }

    /** Adds a step that failed without being tried remotely, for example on incomplete settings. */
    void fail(String step, String detail) {
        steps.add(ActionStep.failed(step, detail));
        if (failed == null) {
            failed = step;
        }
    }

    void skip(String step, String detail) {
        steps.add(ActionStep.skipped(step, detail));
    }

    /** Fails a "Settings" step with every local error, when there is one. */
    boolean settingsFailed(ValidationResult local) {
        if (!local.hasErrors()) {
            return false;
        }
        fail("Settings", "Fix these first: "
                + local.errors().stream().map(ValidationMessage::text).collect(Collectors.joining(" ")));
        return true;
    }

    ActionResult result() {
        return new ActionResult(steps);
    }
}
