package net.mspbridge.integration.settings;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the "Certificate pin" field may hold: the Security Center server's certificate in PEM form
 * (one or more CERTIFICATE blocks, read as X.509 here so a truncated paste is caught on save), or
 * its SHA-256 fingerprint as 64 hex digits (colons and spaces allowed). The field is a plain
 * setting, stored unencrypted: a pasted private key must never be saved, and is never repeated.
 */
public final class CertificatePins {

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern HEX64 = Pattern.compile("[0-9A-Fa-f]{64}");
    private static final Pattern HEX40 = Pattern.compile("[0-9A-Fa-f]{40}");

    private CertificatePins() {
    }

    /** What is wrong with the pin, as a sentence for the person; empty when it is usable. */
    public static Optional<String> problem(String pin) {
        String text = pin.strip();
        if (text.contains("PRIVATE KEY")) {
            return Optional.of("The certificate pin contains a private key, which was not saved: paste only the "
                    + "server's certificate. If the key was shared, replace it on the server.");
        }
        if (text.contains("-----BEGIN")) {
            return readablePem(text) ? Optional.empty() : Optional.of("The certificate pin has no complete, readable "
                    + "-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- block: paste the whole certificate "
                    + "again.");
        }
        String hex = text.replace(":", "").replaceAll("\\s+", "");
        if (HEX64.matcher(hex).matches()) {
            return Optional.empty();
        }
        if (HEX40.matcher(hex).matches()) {
            return Optional.of("The certificate pin looks like a SHA-1 fingerprint (40 hexadecimal digits): give the "
                    + "SHA-256 fingerprint (64 digits) instead.");
        }
        return Optional.of("The certificate pin must be the server certificate in PEM form (-----BEGIN CERTIFICATE----- "
                + "...) or its SHA-256 fingerprint (64 hexadecimal digits, colons allowed). Leave it empty when the "
                + "server certificate is trusted already.");
    }

    private static boolean readablePem(String text) {
        Matcher block = PEM_BLOCK.matcher(text);
        boolean any = false;
        while (block.find()) {
            if (!block.group(1).equals("CERTIFICATE")) {
                continue;
            }
            try {
                // The MIME decoder skips line breaks and spaces, so a PEM pasted into one line still reads.
                byte[] der = Base64.getMimeDecoder().decode(block.group(2));
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
                any = true;
            } catch (IllegalArgumentException | CertificateException e) {
                return false;
            }
        }
        return any;
    }
}
