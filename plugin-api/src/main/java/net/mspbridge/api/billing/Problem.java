package net.mspbridge.api.billing;

import java.util.Objects;

/**
 * Something in a run that a person must act on.
 *
 * @param kind    what kind of problem
 * @param subject what it is about, for a person ("Contoso Ltd / Kaspersky Endpoint Security for
 *                Windows / Windows servers")
 * @param message what is wrong and what to do
 * @param units   the devices or users involved (for example unbilled devices), 0 when not applicable
 */
public record Problem(ProblemKind kind, String subject, String message, int units) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
