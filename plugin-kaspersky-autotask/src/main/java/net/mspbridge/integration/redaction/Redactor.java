package net.mspbridge.integration.redaction;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;

/**
 * Removes known secret values from text about to reach a page, a report or a log: the plugin's one
 * scrub, used by the Autotask client for its credentials and by the settings page for the call's
 * secrets. It is the second line of defence: messages are written without secrets, and this catches
 * the one that is not (a server echoing a header back, a defect in an adapter). Immutable and
 * thread-safe.
 */
public final class Redactor {

    /** What a secret value is replaced by. */
    public static final String MASK = "******";

    private final List<String> values;

    private Redactor(List<String> values) {
        this.values = values;
    }

    /** A redactor of these literal values; empty values are ignored (they would mask every gap). */
    public static Redactor of(Collection<String> values) {
        // Longest first, so a secret that contains another is masked whole.
        return new Redactor(values.stream()
                .filter(value -> !value.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    /** A redactor of every secret value in {@code secrets}. */
    public static Redactor of(Secrets secrets) {
        return of(secrets.keys().stream().map(secrets::get).flatMap(Optional::stream).map(Secret::reveal).toList());
    }

    /** The text with every secret value replaced by {@link #MASK}; empty for null. */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String value : values) {
            out = out.replace(value, MASK);
        }
        return out;
    }

    /**
     * A copy of the failure that is safe to log: its class name and scrubbed message, with the
     * original stack trace (which holds no values) and no cause (whose message might).
     */
    public RuntimeException loggable(Throwable failure) {
        RuntimeException copy = new RuntimeException(failure.getClass().getName() + ": " + scrub(failure.getMessage()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
