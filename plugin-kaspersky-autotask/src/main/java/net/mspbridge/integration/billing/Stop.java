package net.mspbridge.integration.billing;

import java.util.Objects;

import net.mspbridge.api.billing.RunStatus;

/**
 * Why a run stopped before handling every line.
 *
 * @param kind    what stopped it
 * @param message for a person: what happened and what to do
 */
record Stop(Kind kind, String message) {

    Stop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
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
}
