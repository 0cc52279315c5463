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

    @Test
    void aSaveMergesTablesCellByCell_keepingRowsAndCellsItDoesNotName() {
        SettingsValues stored = SettingsValues.empty()
                .with("kaspersky.solution", "ksc")
                .withTable("services.mapping", TableValue.empty()
                        .with("kes-windows", "service", "11")
                        .with("kes-windows", "windowsServers", "12")
                        .with("kes-cloud-plus", "service", "31"));
        SettingsValues submitted = SettingsValues.empty()
                .withTable("services.mapping", TableValue.empty()
                        .with("kes-windows", "windowsServers", "")
                        .with("kes-linux", "service", "21"));

        SettingsValues proposed = stored.mergeSave(submitted);

        TableValue table = proposed.table("services.mapping");
        assertThat(table.rowIds()).containsExactlyInAnyOrder("kes-windows", "kes-linux", "kes-cloud-plus");
        assertThat(table.cell("kes-cloud-plus", "service")).contains("31");
        assertThat(table.cell("kes-windows", "service")).contains("11");
        assertThat(table.row("kes-windows")).containsEntry("windowsServers", "");
        assertThat(table.cell("kes-linux", "service")).contains("21");
        assertThat(proposed.text("kaspersky.solution")).isEqualTo("ksc");
    }

    @Test
    void mergeStillReplacesATableWhole() {
        SettingsValues stored = SettingsValues.empty()
                .withTable("t", TableValue.empty().with("a", "c", "1").with("b", "c", "2"));

        SettingsValues replaced = stored.merge(SettingsValues.empty().withTable("t", TableValue.empty().with("a", "c", "3")));

        assertThat(replaced.table("t").rowIds()).containsExactly("a");
    }
}
