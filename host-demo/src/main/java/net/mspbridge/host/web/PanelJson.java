package net.mspbridge.host.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.api.settings.ActionDefinition;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.Condition;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.host.settings.PluginSettings;

/**
 * plugin-api's settings records as the page's JSON. Written field by field so the wire format is
 * the host's own, whatever accessors the records grow; every field carries its {@code kind}.
 */
final class PanelJson {

    private PanelJson() {
    }

    static ObjectNode plugin(PluginSettings settings) {
        ObjectNode json = object();
        json.put("pluginId", settings.pluginId());
        json.put("description", settings.description());
        json.put("version", settings.version());
        ArrayNode panels = json.putArray("panels");
        settings.panels().forEach(panel -> panels.add(panel(panel)));
        json.put("problem", settings.problem().orElse(null));
        values(json, settings.values());
        ObjectNode secrets = json.putObject("secrets");
        new TreeMap<>(settings.secretsSet()).forEach((key, set) -> secrets.putObject(key).put("set", set));
        json.put("updatedAt", settings.updatedAt().map(Object::toString).orElse(null));
        json.put("updatedBy", settings.updatedBy());
        return json;
    }

    private static void values(ObjectNode json, SettingsValues values) {
        ObjectNode scalars = json.putObject("values");
        new TreeMap<>(values.values()).forEach(scalars::put);
        ObjectNode tables = json.putObject("tables");
        new TreeMap<>(values.tables()).forEach((key, table) -> {
            ObjectNode rows = tables.putObject(key);
            new TreeMap<>(table.rows()).forEach((rowId, cells) -> {
                ObjectNode row = rows.putObject(rowId);
                new TreeMap<>(cells).forEach(row::put);
            });
        });
    }

    static ObjectNode panel(PanelDefinition panel) {
        ObjectNode json = object();
        json.put("id", panel.id());
        json.put("title", panel.title());
        json.put("help", panel.help());
        ArrayNode fields = json.putArray("fields");
        panel.fields().forEach(field -> fields.add(field(field)));
        ArrayNode actions = json.putArray("actions");
        for (ActionDefinition action : panel.actions()) {
            actions.addObject().put("id", action.id()).put("label", action.label()).put("help", action.help());
        }
        return json;
    }

    private static ObjectNode field(FieldDefinition field) {
        ObjectNode json = object();
        json.put("key", field.key());
        json.put("kind", field.kind().name());
        json.put("label", field.label());
        json.put("help", field.help());
        conditions(json.putArray("visibleWhen"), field.visibleWhen());
        if (field instanceof TextField text) {
            json.put("required", text.required());
            json.put("default", text.defaultValue());
            json.put("placeholder", text.placeholder());
        } else if (field instanceof SecretField secret) {
            json.put("required", secret.required());
            // The fields whose change asks for the secret again (contract 1.1).
            secret.destinationKeys().forEach(json.putArray("sentTo")::add);
        } else if (field instanceof ToggleField toggle) {
            json.put("default", toggle.defaultValue());
        } else if (field instanceof SelectField select) {
            json.put("required", select.required());
            json.put("default", select.defaultValue());
            options(json.putArray("options"), select.options());
            source(json, select.source());
        } else if (field instanceof MappingTableField table) {
            json.put("rowHeader", table.rowHeader());
            ArrayNode columns = json.putArray("columns");
            table.columns().forEach(column -> columns.add(column(column)));
            rows(json.putArray("rows"), table.rows());
            json.put("rowSource", table.rowSource().orElse(null));
        }
        return json;
    }

    private static ObjectNode column(ColumnDefinition column) {
        ObjectNode json = object();
        json.put("id", column.id());
        json.put("label", column.label());
        json.put("help", column.help());
        json.put("kind", column.kind().name());
        json.put("default", column.defaultValue());
        options(json.putArray("options"), column.options());
        source(json, column.source());
        conditions(json.putArray("visibleWhen"), column.visibleWhen());
        return json;
    }

    static void rows(ArrayNode json, List<MappingRow> rows) {
        for (MappingRow row : rows) {
            ObjectNode item = json.addObject();
            item.put("id", row.id());
            item.put("label", row.label());
            item.put("description", row.description());
            ArrayNode columns = item.putArray("columns");
            row.columns().forEach(columns::add);
            ObjectNode suggestions = item.putObject("suggestions");
            new TreeMap<>(row.suggestions()).forEach(suggestions::put);
            ArrayNode notApplicable = item.putArray("notApplicable");
            row.notApplicable().forEach(notApplicable::add);
        }
    }

    static void options(ArrayNode json, List<Option> options) {
        for (Option option : options) {
            json.addObject().put("id", option.id()).put("label", option.label()).put("description", option.description());
        }
    }

    private static void source(ObjectNode json, Optional<OptionSource> source) {
        if (source.isEmpty()) {
            json.putNull("source");
            return;
        }
        ObjectNode node = json.putObject("source");
        node.put("name", source.get().name());
        ArrayNode parameters = node.putArray("parameters");
        source.get().parameters().forEach(parameters::add);
    }

    private static void conditions(ArrayNode json, List<Condition> conditions) {
        conditions.forEach(c -> json.addObject().put("field", c.fieldKey()).put("value", c.value()));
    }

    static ArrayNode messages(List<ValidationMessage> messages) {
        ArrayNode json = WebJson.MAPPER.createArrayNode();
        for (ValidationMessage message : messages) {
            ObjectNode item = json.addObject();
            item.put("severity", message.severity().name());
            item.put("field", message.path().fieldKey());
            item.put("row", message.path().rowId());
            item.put("column", message.path().columnId());
            item.put("text", message.text());
            item.put("pattern", message.pattern());
            ArrayNode arguments = item.putArray("arguments");
            message.arguments().forEach(arguments::add);
        }
        return json;
    }

    static ObjectNode action(ActionResult result) {
        ObjectNode json = object();
        json.put("outcome", result.outcome().name());
        ArrayNode steps = json.putArray("steps");
        for (ActionStep step : result.steps()) {
            steps.addObject().put("name", step.name()).put("outcome", step.outcome().name()).put("detail", step.detail());
        }
        return json;
    }

    static ObjectNode object() {
        return WebJson.MAPPER.createObjectNode();
    }

    static ObjectNode of(String key, Object value) {
        return WebJson.MAPPER.valueToTree(Map.of(key, value));
    }
}
