package net.mspbridge.integration.billing;

import java.util.Objects;

/**
 * One read failed after the adapter's retries while Autotask is otherwise usable (for example a
 * server error on this query). Only the ids of the failed call are affected: the run reports the
 * customers behind them and goes on with the others.
 */
public class ReadFailedException extends AutotaskPortException {

    private static final long serialVersionUID = 1L;

    private final String entity;

    /**
     * @param entity  the Autotask entity that could not be read ("ContractServiceUnits")
     * @param message what happened, with Autotask's message when it gave one
     */
    public ReadFailedException(String entity, String message, Throwable cause) {
        super(message, cause);
        this.entity = Objects.requireNonNull(entity, "entity");
    }

    public ReadFailedException(String entity, String message) {
        this(entity, message, null);
    }

    /** The Autotask entity that could not be read. */
    public String entity() {
        return entity;
    }
}
