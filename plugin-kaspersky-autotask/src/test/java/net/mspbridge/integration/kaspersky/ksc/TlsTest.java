package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secret;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * Reaching a server with a self-signed certificate, which names "ksc-sandbox.local" while the
 * client connects to 127.0.0.1: only a pin of that very certificate gets through.
 */
class TlsTest {

    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    private UsageSource source(KscSettings.Builder settings) {
        return SecurityCenter.usageSource(settings.build(), ApplicationCatalog.load(), LocalDate.of(2026, 6, 15));
    }

    private KscSettings.Builder unpinned() {
        return KscSettings.builder(ksc.address(), FakeKsc.USER, Secret.of(FakeKsc.PASSWORD));
    }

    private String serverFingerprint() {
        return CertificatePin.fingerprint(ksc.certificate().certificate());
    }

    @Nested
    class APinnedCertificate {

        @Test
        void givenAsPemIsTrustedThoughItNamesAnotherHost() {
            UsageSource source = source(unpinned().pin(CertificatePin.parse(ksc.certificate().certificatePem())));

            assertThat(source.customers()).containsExactly(new KasperskyCustomer("12", "Contoso"));
        }

        @Test
        void givenAsAFingerprintWithColonsIsTrusted() {
            UsageSource source = source(unpinned().pin(CertificatePin.parse(serverFingerprint())));

            assertThat(source.customers()).hasSize(1);
        }

        @Test
        void givenAsALowerCaseFingerprintWithoutColonsIsTrusted() {
            String plain = serverFingerprint().replace(":", "").toLowerCase(Locale.ROOT);

            assertThat(source(unpinned().pin(CertificatePin.parse(plain))).customers()).hasSize(1);
        }

        @Test
        void thatIsAnotherCertificateRefusesTheServerAndShowsWhatItPresented() {
            HeldCertificate other = new HeldCertificate.Builder().commonName("ksc-sandbox.local").build();
            UsageSource source = source(unpinned().pin(CertificatePin.of(other.certificate())));

            assertThatThrownBy(source::customers)
                    .isInstanceOfSatisfying(KscCertificateException.class,
                            e -> assertThat(e.fingerprint()).hasValue(serverFingerprint()))
                    .hasMessageContaining(serverFingerprint())
                    .hasMessageContaining("not the pinned certificate")
                    .hasMessageContaining("ksc.certificatePin");
            assertThat(ksc.logins()).as("nothing was sent to the untrusted server").isEmpty();
        }
    }

    @Nested
    class WithoutAPin {

        @Test
        void aSelfSignedServerIsRefusedWithTheFingerprintToCheckAndPin() {
            UsageSource source = source(unpinned());

            assertThatThrownBy(source::customers)
                    .isInstanceOfSatisfying(KscCertificateException.class,
                            e -> assertThat(e.fingerprint()).hasValue(serverFingerprint()))
                    .hasMessageContaining("does not trust")
                    .hasMessageContaining(serverFingerprint())
                    .hasMessageContaining("ksc.certificatePin");
            assertThat(ksc.logins()).isEmpty();
        }
    }
}
