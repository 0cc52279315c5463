package net.mspbridge.integration.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;

/**
 * Removes the values of the call's secrets from text that is about to reach a page or a log.
 * Exception messages of the ports are promised to be free of secrets; this is the second line of
 * defence for the one that is not (a server echoing a header back, a defect in an adapter).
 */
final class Redactor {

    static final String MASK = "******";

    private final List<String> values;

    private Redactor(List<String> values) {
        this.values = values;
    }

    static Redactor of(Secrets secrets) {
        // Longest first, so a secret that contains another is masked whole.
        List<String> values = secrets.keys().stream()
                .map(secrets::get)
                .flatMap(Optional::stream)
                .map(Secret::reveal)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return new Redactor(values);
    }

    /** The text with every secret value replaced by {@link #MASK}; empty for null. */
    String scrub(String text) {
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
    RuntimeException loggable(Throwable failure) {
        RuntimeException copy = new RuntimeException(failure.getClass().getName() + ": " + scrub(failure.getMessage()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
