package net.mspbridge.host.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import net.mspbridge.api.host.Secret;

/**
 * AES-256-GCM with a fresh 96-bit IV per value and the context as additional authenticated data.
 * Layout of a sealed value: one format byte, the IV, then ciphertext with the 128-bit tag.
 */
final class AesGcmSecretBox implements SecretBox {

    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    AesGcmSecretBox(SecretKey key) {
        this.key = key;
    }

    @Override
    public byte[] seal(Secret secret, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + ciphertext.length).put(FORMAT).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("cannot encrypt a secret: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Secret open(byte[] sealed, String context) {
        if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SecretBoxException("a stored secret (" + context + ") is not in a format this host wrote;"
                    + " set it again on the settings page");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("a stored secret (" + context + ") does not decrypt with the key file of this"
                    + " data folder (was the key file replaced?); restore the key file or set the secret again", e);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("cannot decrypt a stored secret (" + context + "): "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
