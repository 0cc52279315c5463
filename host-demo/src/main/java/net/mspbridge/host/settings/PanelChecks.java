package net.mspbridge.host.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.ColumnKind;
import net.mspbridge.api.settings.Condition;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.host.calls.PluginResultException;

/**
 * The host's own checks: of what plugins answer (plugin-api's records check themselves; what is
 * left is nulls, duplicates across panels and sizes) and of what people submit.
 */
final class PanelChecks {

    static final int MAX_TEXT_CHARS = 10_000;
    static final int MAX_ROWS = 5_000;
    static final int MAX_OPTIONS = 10_000;
    static final int MAX_PANELS = 50;

    private PanelChecks() {
    }

    // ---- answers from plugins --------------------------------------------------------------

    static List<PanelDefinition> panels(String pluginId, List<PanelDefinition> panels) {
        if (panels == null) {
            throw new PluginResultException(pluginId, "no panel list (null)");
        }
        if (panels.size() > MAX_PANELS) {
            throw new PluginResultException(pluginId, panels.size() + " panels; at most " + MAX_PANELS + " are shown");
        }
        Set<String> panelIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (PanelDefinition panel : panels) {
            if (panel == null) {
                throw new PluginResultException(pluginId, "a panel that is null");
            }
            if (!panelIds.add(panel.id())) {
                throw new PluginResultException(pluginId, "two panels with the id '" + panel.id() + "'");
            }
            for (FieldDefinition field : panel.fields()) {
                if (field == null) {
                    throw new PluginResultException(pluginId, "a null field in panel '" + panel.id() + "'");
                }
                if (!keys.add(field.key())) {
                    throw new PluginResultException(pluginId, "the field key '" + field.key()
                            + "' is used twice across panels; keys must be unique across all panels");
                }
                if (field instanceof MappingTableField table && table.rows().size() > MAX_ROWS) {
                    throw new PluginResultException(pluginId, "table '" + table.key() + "' has " + table.rows().size()
                            + " rows; at most " + MAX_ROWS + " are shown");
                }
            }
        }
        return List.copyOf(panels);
    }

    static List<Option> options(String pluginId, String source, List<Option> options) {
        if (options == null) {
            throw new PluginResultException(pluginId, "no options (null) from source '" + source + "'");
        }
        if (options.size() > MAX_OPTIONS) {
            throw new PluginResultException(pluginId, options.size() + " options from source '" + source
                    + "'; at most " + MAX_OPTIONS + " can be shown");
        }
        Set<String> ids = new HashSet<>();
        for (Option option : options) {
            if (option == null) {
                throw new PluginResultException(pluginId, "a null option from source '" + source + "'");
            }
            if (!ids.add(option.id())) {
                throw new PluginResultException(pluginId, "the option id '" + option.id() + "' twice from source '"
                        + source + "'");
            }
        }
        return List.copyOf(options);
    }

    static List<MappingRow> rows(String pluginId, MappingTableField table, List<MappingRow> rows) {
        String source = table.rowSource().orElse("");
        if (rows == null) {
            throw new PluginResultException(pluginId, "no rows (null) from row source '" + source + "'");
        }
        if (rows.size() > MAX_ROWS) {
            throw new PluginResultException(pluginId, rows.size() + " rows from row source '" + source + "'; at most "
                    + MAX_ROWS + " can be shown");
        }
        Set<String> ids = new HashSet<>();
        for (MappingRow row : rows) {
            if (row == null) {
                throw new PluginResultException(pluginId, "a null row from row source '" + source + "'");
            }
            if (!ids.add(row.id())) {
                throw new PluginResultException(pluginId, "the row id '" + row.id() + "' twice from row source '"
                        + source + "'");
            }
            for (String column : java.util.stream.Stream.concat(row.columns().stream(), row.notApplicable().stream()).toList()) {
                if (table.column(column).isEmpty()) {
                    throw new PluginResultException(pluginId, "row '" + row.id() + "' names column '" + column
                            + "', which table '" + table.key() + "' does not have");
                }
            }
        }
        return List.copyOf(rows);
    }

    // ---- what people submit ----------------------------------------------------------------

    /**
     * Refuses what no panel could have sent. A row of a static table is accepted when the panel
     * shows it or when it is stored already: under the save contract a stored row the panel does not
     * show now is kept, so sending it back unchanged is harmless and must not fail.
     */
    static void submission(String pluginId, PanelDefinition panel, PanelSubmission submission, SettingsValues stored) {
        submission.values().forEach((key, value) -> scalar(pluginId, panel, key, value));
        submission.tables().forEach((key, table) -> table(pluginId, panel, key, table, stored.table(key)));
        for (String key : submission.secrets().keys()) {
            FieldDefinition field = field(pluginId, panel, key);
            if (!(field instanceof SecretField)) {
                throw invalid(pluginId, "field '" + key + "' of panel '" + panel.id() + "' is not a secret");
            }
        }
        submission.secrets().set().forEach((key, secret) -> {
            if (secret.reveal().length() > MAX_TEXT_CHARS) {
                throw invalid(pluginId, "the secret '" + key + "' is longer than " + MAX_TEXT_CHARS + " characters");
            }
        });
    }

    private static void scalar(String pluginId, PanelDefinition panel, String key, String value) {
        FieldDefinition field = field(pluginId, panel, key);
        if (value.length() > MAX_TEXT_CHARS) {
            throw invalid(pluginId, "the value of '" + key + "' is " + value.length() + " characters; at most "
                    + MAX_TEXT_CHARS + " are accepted");
        }
        if (field instanceof ToggleField) {
            requireBoolean(pluginId, "toggle '" + key + "'", value);
        } else if (field instanceof SelectField select) {
            requireOption(pluginId, "select '" + key + "'", select.options(), value);
        } else if (field instanceof SecretField) {
            throw invalid(pluginId, "'" + key + "' is a secret: send it under secrets, never with the values");
        } else if (field instanceof MappingTableField) {
            throw invalid(pluginId, "'" + key + "' is a mapping table: send it under tables");
        } else if (!(field instanceof TextField)) {
            throw invalid(pluginId, "'" + key + "' cannot take a value");
        }
    }

    private static void table(String pluginId, PanelDefinition panel, String key, TableValue value, TableValue stored) {
        FieldDefinition field = field(pluginId, panel, key);
        if (!(field instanceof MappingTableField table)) {
            throw invalid(pluginId, "'" + key + "' of panel '" + panel.id() + "' is not a mapping table");
        }
        if (value.rows().size() > MAX_ROWS) {
            throw invalid(pluginId, "table '" + key + "' has " + value.rows().size() + " rows; at most " + MAX_ROWS
                    + " are accepted");
        }
        Set<String> staticRows = new HashSet<>();
        table.rows().forEach(row -> staticRows.add(row.id()));
        for (Map.Entry<String, Map<String, String>> row : value.rows().entrySet()) {
            // Rows from a live source are only known to the plugin, which validates them.
            if (table.rowSource().isEmpty() && !staticRows.contains(row.getKey())
                    && !stored.rowIds().contains(row.getKey())) {
                throw invalid(pluginId, "table '" + key + "' has no row '" + row.getKey() + "'");
            }
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                ColumnDefinition column = table.column(cell.getKey()).orElseThrow(() -> invalid(pluginId,
                        "table '" + key + "' has no column '" + cell.getKey() + "'"));
                String where = "cell (" + row.getKey() + ", " + cell.getKey() + ") of table '" + key + "'";
                if (cell.getValue().length() > MAX_TEXT_CHARS) {
                    throw invalid(pluginId, "the " + where + " is longer than " + MAX_TEXT_CHARS + " characters");
                }
                if (column.kind() == ColumnKind.TOGGLE) {
                    requireBoolean(pluginId, where, cell.getValue());
                } else {
                    requireOption(pluginId, where, column.options(), cell.getValue());
                }
            }
        }
    }

    private static FieldDefinition field(String pluginId, PanelDefinition panel, String key) {
        return panel.field(key).orElseThrow(() -> new UnknownTargetException(pluginId,
                "panel '" + panel.id() + "' has no field '" + key + "'"));
    }

    private static void requireBoolean(String pluginId, String what, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(pluginId, "the " + what + " must be \"true\" or \"false\", not \"" + abbreviate(value) + "\"");
        }
    }

    /** A static select takes one of its options or nothing; a live one is checked by the plugin. */
    private static void requireOption(String pluginId, String what, List<Option> options, String value) {
        if (options.isEmpty() || value.isEmpty()) {
            return;
        }
        if (options.stream().noneMatch(o -> o.id().equals(value))) {
            throw invalid(pluginId, "\"" + abbreviate(value) + "\" is not an option of the " + what + "; choose one of "
                    + options.stream().map(Option::id).toList());
        }
    }

    private static InvalidSubmissionException invalid(String pluginId, String message) {
        return new InvalidSubmissionException(pluginId, message);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    // ---- the host's own validation ---------------------------------------------------------

    /** Errors for required fields that are shown but empty, as the plugin's own messages would be. */
    static List<ValidationMessage> required(PanelDefinition panel, SettingsValues proposed, Secrets secrets) {
        List<ValidationMessage> messages = new ArrayList<>();
        for (FieldDefinition field : panel.fields()) {
            if (!visible(field.visibleWhen(), proposed)) {
                continue;
            }
            boolean missing;
            if (field instanceof TextField text) {
                missing = text.required() && proposed.text(text.key()).isBlank();
            } else if (field instanceof SelectField select) {
                missing = select.required() && proposed.text(select.key()).isEmpty();
            } else if (field instanceof SecretField secret) {
                missing = secret.required() && secrets.get(secret.key()).isEmpty();
            } else {
                missing = false;
            }
            if (missing) {
                messages.add(new ValidationMessage(Severity.ERROR, FieldPath.field(field.key()),
                        field instanceof SecretField ? "{0} is required: enter it (it is stored encrypted)"
                                : "{0} is required", List.of(field.label())));
            }
        }
        return messages;
    }

    static boolean visible(List<Condition> conditions, SettingsValues values) {
        return conditions.stream().allMatch(c -> c.holds(values));
    }
}
