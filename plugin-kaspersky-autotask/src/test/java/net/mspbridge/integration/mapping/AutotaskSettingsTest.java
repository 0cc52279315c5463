package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.settings.AutotaskSettings;
import net.mspbridge.integration.settings.SettingsKeys;

class AutotaskSettingsTest {

    @Test
    void readsTheConnectionTrimmedWithTheSecretStillWrapped() {
        AutotaskSettings settings = AutotaskSettings.read(Contexts.CONNECTION
                .with(SettingsKeys.AUTOTASK_USERNAME, " billing-api@contoso-msp.com ")
                .with(SettingsKeys.AUTOTASK_BASE_URL, "http://127.0.0.1:41234/ATServicesRest/")
                .with(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID, "29682885"), Contexts.SECRETS);

        assertThat(settings.username()).isEqualTo("billing-api@contoso-msp.com");
        assertThat(settings.secret().reveal()).isEqualTo(Contexts.AUTOTASK_SECRET);
        assertThat(settings.baseUrlOverride()).contains(URI.create("http://127.0.0.1:41234/ATServicesRest/"));
        assertThat(settings.impersonationResourceId()).isEqualTo(OptionalLong.of(29682885));
        assertThat(settings.toString()).doesNotContain(Contexts.AUTOTASK_SECRET);
    }

    @Test
    void optionalPartsAreEmptyWhenNotSet() {
        AutotaskSettings settings = AutotaskSettings.read(Contexts.CONNECTION, Contexts.SECRETS);

        assertThat(settings.baseUrlOverride()).isEmpty();
        assertThat(settings.impersonationResourceId()).isEmpty();
    }

    @Test
    void incompleteSettingsAreRefusedNamingEveryProblem() {
        assertThatThrownBy(() -> AutotaskSettings.read(SettingsValues.empty()
                .with(SettingsKeys.AUTOTASK_BASE_URL, "sandbox"), Secrets.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("The Autotask connection is not set up:")
                .hasMessageContaining("API user name").hasMessageContaining("API secret")
                .hasMessageContaining("integration code").hasMessageContaining("base URL override")
                .hasMessageEndingWith("Fix it on the Connection panel.");
    }
}
