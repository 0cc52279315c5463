package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.BillingOptions;
import net.mspbridge.integration.settings.DropOptions;
import net.mspbridge.integration.settings.KasperskySettings;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Every numeric setting: what its panel accepts on save is exactly what a billing run reads, for
 * odd text around the number too. A value the form let through and the run then refused would stop
 * every run with a configuration error that the panel, showing it as saved, does not explain.
 */
class NumericSettingsAgreeTest {

    /** Text around a valid number or in place of one: white space of several kinds, control characters. */
    private static final String[] TYPED = {
        "50", " 8 ", "\t8\n", "\u20038\u2003", "\u00a08", "\u00018", "8\u0000", "\u0001", "\u2003", " ", "8\u200b"};

    private record Setting(String panel, String key, Consumer<SettingsValues> read) {
        @Override
        public String toString() {
            return key;
        }
    }

    private static final Setting[] SETTINGS = {
        new Setting(SettingsKeys.BILLING_PANEL, SettingsKeys.API_BUDGET_SHARE, BillingOptions::read),
        new Setting(SettingsKeys.BILLING_PANEL, SettingsKeys.DROP_SHARE, DropOptions::read),
        new Setting(SettingsKeys.BILLING_PANEL, SettingsKeys.DROP_ZERO_FROM, DropOptions::read),
        new Setting(SettingsKeys.CONNECTION_PANEL, SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS,
                values -> KasperskySettings.ksc(values, Contexts.SECRETS)),
    };

    static Stream<Arguments> settingsAndTexts() {
        return Stream.of(SETTINGS).flatMap(setting -> Stream.of(TYPED).map(text -> Arguments.of(setting, text)));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("settingsAndTexts")
    void thePanelAcceptsExactlyWhatARunReads(Setting setting, String typed) {
        SettingsValues values = Contexts.CONNECTION.with(setting.key(), typed);

        boolean refusedOnSave = new DefaultSettingsService(ApplicationCatalog.load(), new FakePorts())
                .validate(setting.panel(), Contexts.of(values)).errors().stream()
                .anyMatch(m -> m.path().equals(FieldPath.field(setting.key())));
        Throwable readError = catchThrowable(() -> setting.read().accept(values));

        assertThat(readError).as("read error").satisfiesAnyOf(
                e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(ConfigurationException.class));
        assertThat(readError != null)
                .as("refused when a run reads it (%s) as when the panel is saved", readError)
                .isEqualTo(refusedOnSave);
    }
}
