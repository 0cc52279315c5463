package net.mspbridge.integration.kaspersky.ksc;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.mspbridge.api.ConfigurationException;

/**
 * The Administration Server certificate(s) a person chose to trust, as SHA-256 fingerprints of
 * the DER encoding. This is how a server with a self-signed certificate is reached without turning
 * verification off. A pin names the server's <em>own</em> certificate (on the server,
 * {@code klserver.cer}); a certificate authority is not a pin: add it to the JVM's trust store
 * instead. Several PEM certificates may be given, so a pin can cover a certificate being replaced.
 *
 * <p>Immutable and thread-safe. It holds only public data, so {@link #toString()} shows the
 * fingerprints.
 */
public final class CertificatePin {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern HEX40 = Pattern.compile("[0-9a-fA-F]{40}");

    // Lower-case hex without separators.
    private final Set<String> sha256;

    private CertificatePin(Set<String> sha256) {
        this.sha256 = Set.copyOf(sha256);
    }

    /**
     * Reads a pin as a person pastes it: one or more PEM certificates ({@code -----BEGIN
     * CERTIFICATE-----}), or one SHA-256 fingerprint as 64 hex digits, colons and spaces optional.
     *
     * @throws ConfigurationException when the text is neither, with a message that says which
     *                                form is expected (the text itself is not repeated)
     */
    public static CertificatePin parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw invalid("it is empty");
        }
        if (trimmed.contains("-----BEGIN")) {
            return fromPem(trimmed);
        }
        String hex = trimmed.replace(":", "").replaceAll("\\s+", "");
        if (HEX64.matcher(hex).matches()) {
            return new CertificatePin(Set.of(hex.toLowerCase(Locale.ROOT)));
        }
        if (HEX40.matcher(hex).matches()) {
            throw invalid("it looks like a SHA-1 fingerprint (40 hex digits); give the SHA-256 fingerprint");
        }
        throw invalid("it is neither a PEM certificate nor 64 hex digits");
    }

    /** A pin of exactly these certificates. */
    public static CertificatePin of(X509Certificate... certificates) {
        Set<String> fingerprints = new LinkedHashSet<>();
        for (X509Certificate certificate : certificates) {
            fingerprints.add(sha256Hex(certificate));
        }
        if (fingerprints.isEmpty()) {
            throw new IllegalArgumentException("a pin needs at least one certificate");
        }
        return new CertificatePin(fingerprints);
    }

    /** Whether the certificate is one of the pinned ones. */
    public boolean matches(X509Certificate certificate) {
        return sha256.contains(sha256Hex(certificate));
    }

    /** The pinned fingerprints, upper-case hex pairs separated by colons, sorted. */
    public Set<String> fingerprints() {
        Set<String> display = new java.util.TreeSet<>();
        sha256.forEach(hex -> display.add(display(hex)));
        return display;
    }

    /** The SHA-256 fingerprint of a certificate as people compare it: {@code AB:CD:...}. */
    public static String fingerprint(X509Certificate certificate) {
        return display(sha256Hex(certificate));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificatePin pin && pin.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "CertificatePin" + fingerprints();
    }

    private static CertificatePin fromPem(String text) {
        Set<String> fingerprints = new LinkedHashSet<>();
        Matcher block = PEM_BLOCK.matcher(text);
        CertificateFactory factory = x509Factory();
        while (block.find()) {
            String label = block.group(1);
            if (label.contains("PRIVATE KEY")) {
                // Never echo it; a private key pasted here should be removed from the settings at once.
                throw invalid("it contains a private key; paste only the server's certificate and remove the key");
            }
            if (!label.equals("CERTIFICATE")) {
                continue;
            }
            try {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2));
                X509Certificate certificate =
                        (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
                fingerprints.add(sha256Hex(certificate));
            } catch (IllegalArgumentException | CertificateException e) {
                throw invalid("its certificate block cannot be read as an X.509 certificate");
            }
        }
        if (fingerprints.isEmpty()) {
            throw invalid("it has no complete -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- block");
        }
        return new CertificatePin(fingerprints);
    }

    private static CertificateFactory x509Factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JVM has no X.509 certificate support", e);
        }
    }

    static String sha256Hex(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot compute a SHA-256 fingerprint", e);
        }
    }

    private static String display(String hex) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }

    private static ConfigurationException invalid(String why) {
        return new ConfigurationException("The certificate pin (" + KscSettingKeys.CERTIFICATE_PIN
                + ") cannot be used: " + why + ". Give the Administration Server's certificate as PEM text"
                + " (-----BEGIN CERTIFICATE----- ...) or its SHA-256 fingerprint (64 hex digits, colons optional).");
    }
}
