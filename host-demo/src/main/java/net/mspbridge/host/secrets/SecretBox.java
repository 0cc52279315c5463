package net.mspbridge.host.secrets;

import java.nio.file.Path;

import net.mspbridge.api.host.Secret;

/**
 * Seals secrets for storage and opens them again. Each sealed value is bound to a context (for
 * example the plugin id and secret key), so a value copied to another place in the database does
 * not open there.
 *
 * <p>Thread-safe.
 */
public interface SecretBox {

    /**
     * Seals a secret.
     *
     * @param secret  the secret
     * @param context where it will be stored; the same context opens it
     * @return the sealed bytes: version, IV, ciphertext and tag
     */
    byte[] seal(Secret secret, String context);

    /**
     * Opens a sealed secret.
     *
     * @throws SecretBoxException when the bytes were not sealed with this key and context
     */
    Secret open(byte[] sealed, String context);

    /**
     * The box whose key is in the given file, created (32 random bytes, owner read/write only)
     * when the file does not exist.
     *
     * @throws KeyFileException when the key file cannot be created or read, is not a key, or
     *                          cannot be made readable by its owner only
     */
    static SecretBox withKeyFile(Path keyFile) {
        return new AesGcmSecretBox(KeyFile.loadOrCreate(keyFile));
    }
}
