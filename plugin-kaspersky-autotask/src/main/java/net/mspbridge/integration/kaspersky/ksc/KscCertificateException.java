package net.mspbridge.integration.kaspersky.ksc;

import java.util.Optional;

/**
 * The server answered with a TLS certificate this plugin does not trust: not signed by a
 * certificate authority the JVM trusts, issued for another name, or not the pinned certificate.
 */
public final class KscCertificateException extends KscException {

    private static final long serialVersionUID = 1L;

    private final String fingerprint;

    KscCertificateException(String message, String fingerprint, Throwable cause) {
        super(message, cause);
        this.fingerprint = fingerprint;
    }

    /**
     * The SHA-256 fingerprint of the certificate the server presented ({@code AB:CD:...}), when
     * it was seen; the person compares it with the one on the Administration Server before pinning it.
     */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }
}
