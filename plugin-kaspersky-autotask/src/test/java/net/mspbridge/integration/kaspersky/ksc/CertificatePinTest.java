package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;

class CertificatePinTest {

    private final HeldCertificate server = new HeldCertificate.Builder().commonName("ksc.example.com").build();
    private final HeldCertificate other = new HeldCertificate.Builder().commonName("ksc.example.com").build();

    @Test
    void aPemCertificateMatchesThatCertificateOnly() {
        CertificatePin pin = CertificatePin.parse(server.certificatePem());

        assertThat(pin.matches(server.certificate())).isTrue();
        assertThat(pin.matches(other.certificate())).isFalse();
    }

    @Test
    void severalPemCertificatesWithTextAroundThemAllMatch() {
        String pasted = "Old one:\n" + server.certificatePem() + "\nNew one:\n" + other.certificatePem();

        CertificatePin pin = CertificatePin.parse(pasted);

        assertThat(pin.matches(server.certificate())).isTrue();
        assertThat(pin.matches(other.certificate())).isTrue();
        assertThat(pin.fingerprints()).hasSize(2);
    }

    @Test
    void aFingerprintIsReadWithOrWithoutColonsAndInAnyCase() {
        String fingerprint = CertificatePin.fingerprint(server.certificate());

        assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(CertificatePin.parse(fingerprint)).isEqualTo(CertificatePin.of(server.certificate()));
        assertThat(CertificatePin.parse("  " + fingerprint.replace(":", "").toLowerCase() + "\n"))
                .isEqualTo(CertificatePin.of(server.certificate()));
        assertThat(CertificatePin.parse(fingerprint.replace(":", " ")).matches(server.certificate())).isTrue();
    }

    @Test
    void showsItsFingerprints() {
        assertThat(CertificatePin.of(server.certificate()).toString())
                .isEqualTo("CertificatePin[" + CertificatePin.fingerprint(server.certificate()) + "]");
    }

    @Test
    void refusesASha1FingerprintSayingWhichOneIsNeeded() {
        assertThatThrownBy(() -> CertificatePin.parse("AB:".repeat(19) + "AB"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SHA-1")
                .hasMessageContaining("ksc.certificatePin");
    }

    @Test
    void refusesTextThatIsNeitherForm() {
        assertThatThrownBy(() -> CertificatePin.parse("trust me"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("neither a PEM certificate nor 64 hex digits")
                .hasMessageContaining("SHA-256 fingerprint");
    }

    @Test
    void refusesABrokenPemBlock() {
        String broken = "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----";

        assertThatThrownBy(() -> CertificatePin.parse(broken))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot be read as an X.509 certificate");
    }

    @Test
    void refusesAPrivateKeyWithoutRepeatingIt() {
        String key = server.privateKeyPkcs8Pem();

        assertThatThrownBy(() -> CertificatePin.parse(key + server.certificatePem()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("private key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key.lines().skip(1).findFirst().orElseThrow()));
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> CertificatePin.parse("  ")).isInstanceOf(ConfigurationException.class);
    }
}
