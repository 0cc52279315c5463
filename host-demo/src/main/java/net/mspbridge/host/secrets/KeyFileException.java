package net.mspbridge.host.secrets;

import java.nio.file.Path;

/** The key file cannot be used: {@link #keyFile()} names it, the message says what to do. */
public class KeyFileException extends SecretBoxException {

    private static final long serialVersionUID = 1L;

    private final transient Path keyFile;

    public KeyFileException(Path keyFile, String message, Throwable cause) {
        super(message, cause);
        this.keyFile = keyFile;
    }

    public KeyFileException(Path keyFile, String message) {
        this(keyFile, message, null);
    }

    public Path keyFile() {
        return keyFile;
    }
}
