package net.mspbridge.api.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PanelDefinitionTest {

    private static final String BY_CATEGORY = "services.byCategory";

    /** The Services panel of the seed page, as a plugin would describe it. */
    static PanelDefinition servicesPanel() {
        OptionSource services = OptionSource.named("autotask.services");
        return PanelDefinition.builder("services", "Services")
                .field(ToggleField.of(BY_CATEGORY, "Bill devices by category", "", false))
                .field(MappingTableField.builder("services.mapping", "Mapping")
                        .rowHeader("Kaspersky security application")
                        .column(ColumnDefinition.select("service", "Autotask service").source(services)
                                .visibleWhen(Condition.whenOff(BY_CATEGORY)).build())
                        .column(ColumnDefinition.select("windowsWorkstations", "Windows workstations").source(services)
                                .visibleWhen(Condition.whenOn(BY_CATEGORY)).build())
                        .column(ColumnDefinition.select("windowsServers", "Windows servers").source(services)
                                .visibleWhen(Condition.whenOn(BY_CATEGORY)).build())
                        .column(ColumnDefinition.select("nonWindows", "Non-Windows devices").source(services)
                                .visibleWhen(Condition.whenOn(BY_CATEGORY)).build())
                        .row(MappingRow.of("kes-windows", "Kaspersky Endpoint Security for Windows"))
                        .row(new MappingRow("kes-cloud-plus", "Kaspersky Endpoint Security Cloud Plus", "Licensed per user",
                                List.of("service"), Map.of()))
                        .build())
                .action("test", "Test connection", "")
                .build();
    }

    @Test
    void aRowMayRuleOutColumnsThatCanNeverApplyToIt() {
        MappingRow linux = MappingRow.of("kes-linux", "KES for Linux").withNotApplicable(List.of("ws", "srv"));

        assertThat(linux.allows("ws")).isFalse();
        assertThat(linux.allows("other")).isTrue();
        assertThat(new MappingRow("r", "R", "", List.of(), Map.of()).notApplicable()).isEmpty();
        assertThatThrownBy(() -> MappingTableField.builder("t", "T")
                .column(ColumnDefinition.select("ws", "WS").option(Option.of("a", "A")).build())
                .row(MappingRow.of("r", "R").withNotApplicable(List.of("nope"))).build())
                .hasMessageContaining("unknown column 'nope'");
        assertThatThrownBy(() -> new MappingRow("r", "R", "", List.of("ws"), Map.of(), List.of("ws")))
                .hasMessageContaining("both uses and rules out column 'ws'");
    }

    @Test
    void describesTheSeedServicesPanel() {
        PanelDefinition panel = servicesPanel();

        MappingTableField table = (MappingTableField) panel.field("services.mapping").orElseThrow();
        assertThat(table.kind()).isEqualTo(FieldKind.MAPPING_TABLE);
        assertThat(table.columns()).extracting(ColumnDefinition::label)
                .containsExactly("Autotask service", "Windows workstations", "Windows servers", "Non-Windows devices");
        MappingRow perUser = table.rows().get(1);
        assertThat(perUser.isRestricted()).isTrue();
        assertThat(perUser.allows("service")).isTrue();
        assertThat(perUser.allows("windowsServers")).isFalse();
        assertThat(table.rows().get(0).allows("windowsServers")).isTrue();
    }

    @Nested
    class RejectsMistakesWhenBuilt {

        @Test
        void duplicateFieldKeys() {
            var builder = PanelDefinition.builder("p", "P")
                    .field(TextField.builder("a.key", "A").build())
                    .field(ToggleField.of("a.key", "Also A", "", false));

            assertThatThrownBy(builder::build).hasMessageContaining("duplicate field key 'a.key' in panel 'p'");
        }

        @Test
        void conditionOnAnUnknownField() {
            var builder = PanelDefinition.builder("p", "P")
                    .field(TextField.builder("a", "A").visibleWhen(Condition.whenOn("missing")).build());

            assertThatThrownBy(builder::build).hasMessageContaining("depends on unknown field 'missing'");
        }

        @Test
        void columnConditionOnAnUnknownField() {
            var builder = PanelDefinition.builder("p", "P").field(MappingTableField.builder("t", "T")
                    .column(ColumnDefinition.toggle("on", "On").visibleWhen(Condition.whenOn("nope")).build())
                    .rowSource("rows").build());

            assertThatThrownBy(builder::build).hasMessageContaining("column 'on'").hasMessageContaining("'nope'");
        }

        @Test
        void rowNamingAnUnknownColumn() {
            var builder = MappingTableField.builder("t", "T")
                    .column(ColumnDefinition.toggle("on", "On").build())
                    .row(new MappingRow("r", "R", "", List.of("other"), Map.of()));

            assertThatThrownBy(builder::build).hasMessageContaining("row 'r' of table 't' names unknown column 'other'");
        }

        @Test
        void tableWithStaticRowsAndARowSource() {
            var builder = MappingTableField.builder("t", "T")
                    .column(ColumnDefinition.toggle("on", "On").build())
                    .row(MappingRow.of("r", "R")).rowSource("rows");

            assertThatThrownBy(builder::build).hasMessageContaining("both static rows and a row source");
        }

        @Test
        void selectWithNeitherOptionsNorSource() {
            assertThatThrownBy(() -> SelectField.builder("s", "S").build())
                    .hasMessageContaining("needs either static options or an option source");
            assertThatThrownBy(() -> ColumnDefinition.select("c", "C").build())
                    .hasMessageContaining("needs either static options or an option source");
        }

        @Test
        void toggleColumnWithOptions() {
            assertThatThrownBy(() -> ColumnDefinition.toggle("c", "C").option(Option.of("x", "X")).build())
                    .hasMessageContaining("takes no options");
        }
    }
}
