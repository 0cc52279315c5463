package net.mspbridge.integration.billing;

import java.util.Objects;

import net.mspbridge.api.billing.LineOutcome;

/**
 * What happened to one planned create.
 *
 * @param outcome   applied, failed or deferred
 * @param message   why, or a note
 * @param reference Autotask's id of the adjustment made, empty when none is known
 */
record LineResult(LineOutcome outcome, String message, String reference) {

    LineResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
    }

    static LineResult applied(long adjustmentId, String note) {
        return new LineResult(LineOutcome.APPLIED, note, Long.toString(adjustmentId));
    }

    static LineResult failed(String why) {
        return new LineResult(LineOutcome.FAILED, why, "");
    }

    static LineResult deferred(String why) {
        return new LineResult(LineOutcome.DEFERRED, why, "");
    }
}
