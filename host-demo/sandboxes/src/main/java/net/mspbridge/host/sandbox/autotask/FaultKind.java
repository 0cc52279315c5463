package net.mspbridge.host.sandbox.autotask;

/**
 * The faults the Autotask sandbox can inject. Each says whether the call's change (an adjustment)
 * was made, since that is what a client must find out by reading units again.
 */
public enum FaultKind {
    /** HTTP 429 with the thread-threshold message; nothing processed. */
    TOO_MANY_REQUESTS,
    /**
     * HTTP 500 with Autotask's "unexpected error" message ({@link AutotaskErrorAnswer#unexpected()}); nothing
     * processed.
     */
    SERVER_ERROR,
    /**
     * No answer for {@link FaultOptions#timeoutDelay()}, then the connection is closed; nothing processed.
     * The call keeps its thread slot while held, as a slow real call does, so a quick retry may meet 429.
     */
    TIMEOUT,
    /** The connection is reset (TCP RST) before anything is processed. */
    CONNECTION_RESET,
    /** The call is processed and saved, then the connection is closed without an answer. */
    ANSWER_LOST,
    /**
     * The call is processed and saved, then no answer for {@link FaultOptions#timeoutDelay()}, then the
     * connection is closed: the "time-out after sending" a client must not retry blindly.
     */
    TIMEOUT_AFTER_COMMIT,
    /**
     * The call is processed and saved, then answered with HTTP 500 and Autotask's "unexpected error"
     * message, as Autotask's own faults may come after the change was saved. A call the API refuses
     * (a validation 500, nothing saved) keeps its own answer.
     */
    SERVER_ERROR_AFTER_COMMIT;

    /** Whether the call's change is made despite the fault. */
    public boolean changeMade() {
        return this == ANSWER_LOST || this == TIMEOUT_AFTER_COMMIT || this == SERVER_ERROR_AFTER_COMMIT;
    }
}
