package net.mspbridge.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsValuesTest {

    @Test
    void mergeLetsSubmittedValuesReplaceStoredOnesAndKeepsTheRest() {
        SettingsValues stored = SettingsValues.empty()
                .with("autotask.username", "api@example.com")
                .with("services.byCategory", "false")
                .withTable("services.mapping", TableValue.empty().with("kes", "service", "11"));
        SettingsValues submitted = SettingsValues.empty()
                .with("services.byCategory", "true")
                .withTable("services.mapping", TableValue.empty().with("kes", "windowsServers", "12"));

        SettingsValues proposed = stored.merge(submitted);

        assertThat(proposed.text("autotask.username")).isEqualTo("api@example.com");
        assertThat(proposed.toggle("services.byCategory")).isTrue();
        assertThat(proposed.table("services.mapping").cell("kes", "windowsServers")).contains("12");
        assertThat(proposed.table("services.mapping").cell("kes", "service")).isEmpty();
    }

    @Test
    void tableCellsKeepHiddenColumnsAndTreatEmptyAsUnchosen() {
        TableValue table = TableValue.empty()
                .with("kes", "service", "11")
                .with("kes", "windowsWorkstations", "21")
                .with("kes", "nonWindows", "");

        assertThat(table.cell("kes", "service")).contains("11");
        assertThat(table.cell("kes", "windowsWorkstations")).contains("21");
        assertThat(table.cell("kes", "nonWindows")).isEmpty();
        assertThat(table.cell("other", "service")).isEmpty();
    }

    @Test
    void readsAbsentValuesAsEmptyOrOff() {
        SettingsValues none = SettingsValues.empty();

        assertThat(none.text("x")).isEmpty();
        assertThat(none.toggle("x")).isFalse();
        assertThat(none.table("x").rowIds()).isEmpty();
    }
}
