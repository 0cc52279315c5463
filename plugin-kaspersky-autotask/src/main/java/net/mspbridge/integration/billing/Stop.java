package net.mspbridge.integration.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunStatus;

/**
 * Why a run stopped before handling every line.
 *
 * @param kind        what stopped it
 * @param message     for a person: what happened and what to do
 * @param resumeAfter for a {@link Kind#BUDGET} stop, the earliest instant the run's share of the budget is
 *                    free again ({@link BudgetWindow}); it goes to the report's {@code resumeAfter}
 */
record Stop(Kind kind, String message, Optional<Instant> resumeAfter) {

    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    Stop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(resumeAfter, "resumeAfter");
    }

    /** A stop that says nothing of when the run may go on. */
    Stop(Kind kind, String message) {
        this(kind, message, Optional.empty());
    }

    /**
     * A stop to spare the hourly budget, its message saying from when the budget allows the rest.
     *
     * @param message what happened, without the time
     */
    static Stop budget(String message, Optional<Instant> resumeAfter) {
        String when = resumeAfter.map(at -> " The budget allows the rest from " + UTC_MINUTE.format(at) + " on.")
                .orElse("");
        return new Stop(Kind.BUDGET, message + when, resumeAfter);
    }

    enum Kind {
        /** The host asked the run to stop. */
        CANCELLED(RunStatus.CANCELLED, "the run was cancelled before this change was made"),
        /** The run's share of the hourly API budget is used up. */
        BUDGET(RunStatus.DEFERRED, "the run stopped to spare the shared hourly Autotask API budget"),
        /** Autotask could not be used. */
        UNAVAILABLE(RunStatus.FAILED, "Autotask could not be used"),
        /** The plugin's store refused a write, so what is done could not be recorded. */
        STORE(RunStatus.FAILED, "the plugin could not write its record of billed services"),
        /** The run's lease lapsed and could not be renewed. */
        LEASE_LOST(RunStatus.FAILED, "the run lost its claim to be the only billing run"),
        /** Autotask stopped answering creates within the run's bound. */
        NO_ANSWER(RunStatus.FAILED, "Autotask stopped answering"),
        /** Kaspersky usage could not be read to the end, after some customers were billed. */
        USAGE_UNAVAILABLE(RunStatus.FAILED, "Kaspersky usage could not be read to the end");

        private final RunStatus status;
        private final String reason;

        Kind(RunStatus status, String reason) {
            this.status = status;
            this.reason = reason;
        }

        RunStatus status() {
            return status;
        }
    }

    /** The message of a line this stop kept from being made. */
    String lineMessage() {
        return "Not made: " + kind.reason + ". It was not sent; the next run will make it.";
    }

    /**
     * The problem this stop leaves for a person, if any: a cancellation is the person's own doing.
     *
     * @param notMade how many creates it kept from being made
     */
    Optional<Problem> problem(int notMade) {
        return switch (kind) {
            case CANCELLED -> Optional.empty();
            case BUDGET -> Optional.of(new Problem(ProblemKind.BUDGET_LIMIT, "Autotask API budget", message, notMade));
            case UNAVAILABLE, NO_ANSWER -> Optional.of(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask", message, notMade));
            case STORE, LEASE_LOST -> Optional.of(new Problem(ProblemKind.OTHER, "Billing run", message, notMade));
            case USAGE_UNAVAILABLE -> Optional.of(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Kaspersky usage",
                    message, notMade));
        };
    }
}
