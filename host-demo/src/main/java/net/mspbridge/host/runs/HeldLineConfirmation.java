package net.mspbridge.host.runs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's confirmation of one held line of a run's report, for the run history.
 *
 * @param line         the held line's index in the run's report
 * @param confirmedBy  who confirmed it
 * @param confirmedAt  when
 * @param status       what became of it
 * @param appliedRunId the apply run whose report showed the drop made or found it made; empty unless {@code MADE}
 */
public record HeldLineConfirmation(int line, String confirmedBy, Instant confirmedAt, Status status,
                                   Optional<String> appliedRunId) {

    /** What became of a confirmed drop. */
    public enum Status {
        /**
         * An apply run made it, or found it made (its pair at the units wanted: made by a run that died
         * before its report); that run's id is {@link #appliedRunId()}.
         */
        MADE,
        /** Not made yet: the next apply of the run's effective date makes it while the same units are in force. */
        WAITING,
        /**
         * Not made, and the run's effective date is before today: runs are passed the confirmations of
         * their own date only, so no run of a later date makes it ("lapsed, not made"); only an apply
         * back-dated to that day still could.
         */
        LAPSED
    }

    public HeldLineConfirmation {
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(appliedRunId, "appliedRunId");
    }
}
