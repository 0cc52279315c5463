package net.mspbridge.host.sandbox;

import java.nio.file.Path;

/** A sandbox state file is missing, unreadable or damaged. {@link #file()} says which. */
public final class SandboxStateException extends SandboxException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SandboxStateException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
