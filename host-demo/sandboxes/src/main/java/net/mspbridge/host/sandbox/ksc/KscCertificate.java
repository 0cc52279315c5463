package net.mspbridge.host.sandbox.ksc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import net.mspbridge.host.sandbox.files.OwnerOnlyFiles;

/**
 * The KSC sandbox's self-signed server certificate (EC P-256, names {@code 127.0.0.1} and
 * {@code localhost}, ten years), as real KSC servers usually have one. Kept as PEM files so it stays
 * the same across restarts and a client can pin it by PEM or SHA-256 fingerprint. Immutable.
 */
public final class KscCertificate {

    static final String CERT_FILE = "certificate.pem";
    static final String KEY_FILE = "private-key.pem";

    private final X509Certificate certificate;
    private final PrivateKey key;

    private KscCertificate(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** A new key pair and certificate. */
    public static KscCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=KSC sandbox, O=host-demo");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(63, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new KscCertificate(certificate, pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("the KSC sandbox could not make its certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate kept in {@code dir}, or a new one saved there (the key readable only by its
     * owner where the file system allows).
     *
     * @throws UncheckedIOException when the files cannot be read or written
     * @throws IllegalStateException when the files are not a certificate and key this class wrote
     */
    public static KscCertificate loadOrCreate(Path dir) {
        Path cert = dir.resolve(CERT_FILE);
        Path key = dir.resolve(KEY_FILE);
        try {
            if (Files.exists(cert) && Files.exists(key)) {
                return read(Files.readString(cert), Files.readString(key));
            }
            KscCertificate created = generate();
            OwnerOnlyFiles.createDirectories(dir);
            write(key, created.privateKeyPem());
            write(cert, created.certificatePem());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("the KSC sandbox certificate in " + dir + " could not be read or written", e);
        }
    }

    private static KscCertificate read(String certPem, String keyPem) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certPem.getBytes(StandardCharsets.US_ASCII)));
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(keyPem)));
            return new KscCertificate(certificate, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the KSC sandbox certificate files are damaged; delete " + CERT_FILE + " and "
                    + KEY_FILE + " to make new ones (clients pinning the old one must then pin the new one)", e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel channel = OwnerOnlyFiles.create(tmp, StandardOpenOption.CREATE_NEW)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The certificate as PEM, for a client to pin. */
    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sandbox certificate cannot be encoded", e);
        }
    }

    /** SHA-256 of the certificate (DER), upper-case hex in colon-separated pairs. */
    public String fingerprintSha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    String privateKeyPem() {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** An in-memory key store with the key and certificate, for the TLS server. */
    KeyStore keyStore(String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("ksc", key, password.toCharArray(), new java.security.cert.Certificate[] {certificate});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the sandbox key store cannot be built", e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "KscCertificate[" + fingerprintSha256() + "]";
    }
}
