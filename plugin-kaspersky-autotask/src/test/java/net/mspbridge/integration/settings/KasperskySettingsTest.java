package net.mspbridge.integration.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.ksc.CertificatePin;
import net.mspbridge.integration.kaspersky.ksc.KscSettings;

/** The Security Center connection as read from the stored settings and secrets. */
class KasperskySettingsTest {

    private final HeldCertificate certificate = new HeldCertificate.Builder().build();

    @Test
    void readsEveryKey() {
        SettingsValues values = new SettingsValues(Map.of(
                SettingsKeys.KSC_ADDRESS, " ksc.example.com ",
                SettingsKeys.KSC_USERNAME, "billing",
                SettingsKeys.KSC_VIRTUAL_SERVER, " Contoso ",
                SettingsKeys.KSC_CERTIFICATE_PIN, certificate.certificatePem()), Map.of());

        KscSettings settings = KasperskySettings.ksc(values, Secrets.of(Map.of(SettingsKeys.KSC_PASSWORD, "pw")));

        assertThat(settings.displayAddress()).isEqualTo("https://ksc.example.com:13299");
        assertThat(settings.username()).isEqualTo("billing");
        assertThat(settings.password()).isEqualTo(Secret.of("pw"));
        assertThat(settings.virtualServer()).hasValue("Contoso");
        assertThat(settings.pin()).hasValue(CertificatePin.of(certificate.certificate()));
        assertThat(settings.chunkSize()).isEqualTo(KscSettings.DEFAULT_CHUNK_SIZE);
        assertThat(settings.parallelVirtualServers()).isEqualTo(KscSettings.DEFAULT_PARALLEL_VIRTUAL_SERVERS);
    }

    @Test
    void readsTheVirtualServersReadAtOnceAndRefusesACountOutOfRangeNamingItsField() {
        SettingsValues values = new SettingsValues(Map.of(SettingsKeys.KSC_ADDRESS, "ksc", SettingsKeys.KSC_USERNAME,
                "billing", SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS, " 8 "), Map.of());
        Secrets secrets = Secrets.of(Map.of(SettingsKeys.KSC_PASSWORD, "pw"));

        assertThat(KasperskySettings.ksc(values, secrets).parallelVirtualServers()).isEqualTo(8);
        assertThatThrownBy(() -> KasperskySettings.ksc(values.with(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS, "40"), secrets))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("\"40\"").hasMessageContaining("1 to 16")
                .hasMessageContaining(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS);
    }

    @Test
    void treatsABlankVirtualServerAndPinAsNotSet() {
        SettingsValues values = new SettingsValues(Map.of(
                SettingsKeys.KSC_ADDRESS, "ksc", SettingsKeys.KSC_USERNAME, "billing",
                SettingsKeys.KSC_VIRTUAL_SERVER, "  ", SettingsKeys.KSC_CERTIFICATE_PIN, ""), Map.of());

        KscSettings settings = KasperskySettings.ksc(values, Secrets.of(Map.of(SettingsKeys.KSC_PASSWORD, "pw")));

        assertThat(settings.virtualServer()).isEmpty();
        assertThat(settings.pin()).isEmpty();
    }

    @Test
    void namesEveryMissingSettingAtOnce() {
        assertThatThrownBy(() -> KasperskySettings.ksc(SettingsValues.empty(), Secrets.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Kaspersky Security Center is not fully set up: set the Administration Server"
                        + " address (ksc.address), the user name (ksc.username), the password (ksc.password).");
    }
}
