package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.BillingOptions;
import net.mspbridge.integration.settings.SettingsKeys;

class BillingOptionsTest {

    private static ValidationResult validate(SettingsValues values) {
        return new DefaultSettingsService(ApplicationCatalog.load(), new FakePorts())
                .validate(SettingsKeys.BILLING_PANEL, Contexts.of(values));
    }

    @Test
    void nothingStoredMeansNoZeroingAndHalfTheBudget() {
        assertThat(BillingOptions.read(SettingsValues.empty())).isEqualTo(new BillingOptions(false, 50));
        assertThat(validate(SettingsValues.empty()).messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "50", "90", " 75 "})
    void aShareFromTenToNinetyIsAcceptedAndRead(String share) {
        SettingsValues values = SettingsValues.empty().with(SettingsKeys.API_BUDGET_SHARE, share)
                .with(SettingsKeys.ZERO_STALE_UNITS, "true");

        assertThat(validate(values).messages()).isEmpty();
        assertThat(BillingOptions.read(values)).isEqualTo(new BillingOptions(true, Integer.parseInt(share.trim())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "91", "0", "100", "50%", "half", "12.5"})
    void anyOtherShareIsRefusedSayingTheRange(String share) {
        SettingsValues values = SettingsValues.empty().with(SettingsKeys.API_BUDGET_SHARE, share);

        assertThat(validate(values).errors()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.API_BUDGET_SHARE));
            assertThat(m.text()).isEqualTo("The API budget share must be a whole number of percent from 10 to 90; \""
                    + share + "\" is not.");
        });
        assertThatThrownBy(() -> BillingOptions.read(values)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Billing options panel");
    }

    @Test
    void aToggleValueThatIsNeitherOnNorOffIsRefused() {
        assertThat(validate(SettingsValues.empty().with(SettingsKeys.ZERO_STALE_UNITS, "1")).errors())
                .singleElement().satisfies(m -> assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.ZERO_STALE_UNITS)));
    }
}
