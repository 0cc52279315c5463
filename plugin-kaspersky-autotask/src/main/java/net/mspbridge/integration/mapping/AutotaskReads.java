package net.mspbridge.integration.mapping;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.PluginException;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.redaction.Redactor;

/**
 * Runs the Autotask reads of a validation. Validation never throws for what a person can fix, and
 * an unreachable Autotask is such a thing: the failure becomes one panel-level error (so nothing
 * is saved) and the checks that needed the answer are skipped, while the local checks still
 * report.
 */
final class AutotaskReads {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskReads.class);

    private AutotaskReads() {
    }

    /**
     * The read's answer, or empty after adding an error that says what failed and what to check.
     * The secrets are only decrypted when a failure message must be scrubbed.
     */
    static <T> Optional<T> read(ValidationResult.Builder out, Secrets secrets, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (ConfigurationException e) {
            Redactor redactor = Redactor.of(secrets);
            out.error(FieldPath.panel(), "These values name Autotask services, companies or contracts, which cannot "
                    + "be checked until the Autotask connection is set up, so nothing was saved. {0}",
                    redactor.scrub(e.getMessage()));
        } catch (PluginException e) {
            Redactor redactor = Redactor.of(secrets);
            out.error(FieldPath.panel(), "Autotask could not be reached, so nothing was saved: {0} Check the Autotask "
                    + "user name, secret, integration code and base URL on the Connection panel (\"Test Autotask "
                    + "connection\" shows which step fails), then save again.", redactor.scrub(e.getMessage()));
        } catch (RuntimeException e) {
            Redactor redactor = Redactor.of(secrets);
            // A defect, not a condition: kept in the log (without secrets) for whoever fixes it.
            LOG.warn("Reading Autotask during validation failed unexpectedly", redactor.loggable(e));
            out.error(FieldPath.panel(), "Checking the values against Autotask failed unexpectedly ({0}), so nothing "
                    + "was saved. Try again; the host log has the details if it persists.", e.getClass().getSimpleName());
        }
        return Optional.empty();
    }
}
