package net.mspbridge.host.db;

import java.nio.file.Path;

/**
 * The data folder cannot be used: a file of it is open to other users and cannot be made
 * owner-only, or the folder is a file. The host does not start; the message names the file and
 * what fixes it.
 */
public class DataFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DataFolderException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public DataFolderException(Path file, String message) {
        this(file, message, null);
    }

    /** The file or folder concerned. */
    public Path file() {
        return file;
    }
}
