package net.mspbridge.host.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES key of the data folder: 32 random bytes, Base64 on one line, in a file only its owner
 * may read or write (POSIX 600).
 */
final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFile() {
    }

    static SecretKey loadOrCreate(Path keyFile) {
        if (!Files.exists(keyFile)) {
            create(keyFile);
        }
        requireOwnerOnly(keyFile);
        return read(keyFile);
    }

    /**
     * Writes the key to a private temporary file and links it into place, so a second process
     * starting at the same moment either finds no file or a complete one, never half a key.
     */
    private static void create(Path keyFile) {
        Path dir = keyFile.toAbsolutePath().getParent();
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".secret-key-", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(keyFile, temp);
                log.info("Created the secret key file {} (owner read/write only); back it up with the data folder:"
                        + " without it the stored secrets cannot be decrypted", keyFile);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it first: use theirs.
            }
        } catch (UnsupportedOperationException e) {
            throw new KeyFileException(keyFile, "cannot create the secret key file " + keyFile
                    + " readable only by its owner: its file system has no POSIX permissions;"
                    + " put the data folder on a POSIX file system", e);
        } catch (IOException e) {
            throw new KeyFileException(keyFile, "cannot create the secret key file " + keyFile + ": " + e.getMessage()
                    + " (is the data folder writable?)", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    log.warn("Could not delete the temporary key file {}: {}", temp, e.getMessage());
                }
            }
        }
    }

    /** Makes the file owner-only if it is not, and fails when that cannot be done. */
    private static void requireOwnerOnly(Path keyFile) {
        PosixFileAttributeView view = Files.getFileAttributeView(keyFile, PosixFileAttributeView.class);
        if (view == null) {
            throw new KeyFileException(keyFile, "the secret key file " + keyFile + " cannot be made readable only by"
                    + " its owner: its file system has no POSIX permissions; put the data folder on a POSIX file system");
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (!OWNER_ONLY.containsAll(permissions)) {
                view.setPermissions(OWNER_ONLY);
                log.warn("The secret key file {} was readable by others ({}); it is now owner read/write only (600)",
                        keyFile, PosixFilePermissions.toString(permissions));
            }
            if (!OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
                throw new KeyFileException(keyFile, "the secret key file " + keyFile
                        + " is readable by others and its permissions cannot be changed: run chmod 600 " + keyFile);
            }
        } catch (IOException e) {
            throw new KeyFileException(keyFile, "the secret key file " + keyFile + " is readable by others and its"
                    + " permissions cannot be changed (" + e.getMessage() + "): run chmod 600 " + keyFile
                    + " as its owner", e);
        }
    }

    private static SecretKey read(Path keyFile) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new KeyFileException(keyFile, "cannot read the secret key file " + keyFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new KeyFileException(keyFile, "the secret key file " + keyFile + " does not hold a key written by this"
                    + " host; restore it from the backup of the data folder (without it the stored secrets cannot be"
                    + " decrypted) or, to start over, delete it together with the database");
        }
        return new SecretKeySpec(key, "AES");
    }
}
