package net.mspbridge.host.db;

import java.nio.file.Path;

/**
 * A file of the data folder is open to other users and cannot be made owner-only: the host does
 * not start. The message names the file and the command that fixes it.
 */
public class DataFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DataFolderException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file or folder concerned. */
    public Path file() {
        return file;
    }
}
