package net.mspbridge.host.runs;

import java.util.Optional;

/**
 * A run was not started, or a run cannot be cancelled, because of another run: one of the same
 * plugin is under way (its id in {@link #otherRunId()}), the host runs as many as it may, or the
 * run to cancel has finished. Nothing was changed.
 */
public class RunRefusedException extends RunException {

    private static final long serialVersionUID = 1L;

    private final String otherRunId;

    public RunRefusedException(String message, String otherRunId) {
        super(message);
        this.otherRunId = otherRunId;
    }

    public Optional<String> otherRunId() {
        return Optional.ofNullable(otherRunId);
    }
}
