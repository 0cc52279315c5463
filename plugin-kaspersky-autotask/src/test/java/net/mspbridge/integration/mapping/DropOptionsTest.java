package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.DropOptions;
import net.mspbridge.integration.settings.SettingsKeys;

/** The Billing options panel's "Hold sudden drops" fields: defaults, reading and validation. */
class DropOptionsTest {

    private static ValidationResult validate(SettingsValues values) {
        return new DefaultSettingsService(ApplicationCatalog.load(), new FakePorts())
                .validate(SettingsKeys.BILLING_PANEL, Contexts.of(values));
    }

    @Test
    void nothingStoredHoldsDropsOfMoreThanHalfAndFallsToZeroFromFive() {
        assertThat(DropOptions.read(SettingsValues.empty())).isEqualTo(new DropOptions(true, 50, 5));
        assertThat(validate(SettingsValues.empty()).messages()).isEmpty();
    }

    @Test
    void thePanelShowsTheToggleOnAndTheTwoNumbersWithTheirDefaults() {
        PanelDefinition billing = BillingOptionsPanel.definition();
        ToggleField toggle = (ToggleField) billing.field(SettingsKeys.HOLD_DROPS).orElseThrow();

        assertThat(toggle.defaultValue()).isTrue();
        assertThat(toggle.help()).contains("Increases are never held").contains("Billing page");
        assertThat(billing.field(SettingsKeys.DROP_SHARE)).isPresent();
        assertThat(billing.field(SettingsKeys.DROP_ZERO_FROM)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"false, 30, 2, false, 30, 2", "true, ' 99 ', 1, true, 99, 1", "true, 1, 500, true, 1, 500"})
    void setNumbersAreAcceptedAndRead(String hold, String share, String zeroFrom, boolean on, int readShare, int readZero) {
        SettingsValues values = SettingsValues.empty().with(SettingsKeys.HOLD_DROPS, hold)
                .with(SettingsKeys.DROP_SHARE, share).with(SettingsKeys.DROP_ZERO_FROM, zeroFrom);

        assertThat(validate(values).messages()).isEmpty();
        assertThat(DropOptions.read(values)).isEqualTo(new DropOptions(on, readShare, readZero));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "50%", "half", "12.5"})
    void anyOtherShareIsRefusedSayingTheRange(String share) {
        SettingsValues values = SettingsValues.empty().with(SettingsKeys.DROP_SHARE, share);

        assertThat(validate(values).errors()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.DROP_SHARE));
            assertThat(m.text()).contains("from 1 to 99").contains(share);
        });
        assertThatThrownBy(() -> DropOptions.read(values)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Billing options panel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "five"})
    void aZeroThresholdBelowOneIsRefused(String zeroFrom) {
        SettingsValues values = SettingsValues.empty().with(SettingsKeys.DROP_ZERO_FROM, zeroFrom);

        assertThat(validate(values).errors()).singleElement()
                .satisfies(m -> assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.DROP_ZERO_FROM)));
        assertThatThrownBy(() -> DropOptions.read(values)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aHoldToggleThatIsNeitherOnNorOffIsRefused() {
        assertThat(validate(SettingsValues.empty().with(SettingsKeys.HOLD_DROPS, "yes")).errors()).singleElement()
                .satisfies(m -> assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.HOLD_DROPS)));
    }
}
