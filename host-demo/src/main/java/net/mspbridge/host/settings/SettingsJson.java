package net.mspbridge.host.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;

/**
 * The stored form of {@link SettingsValues}:
 * {@code {"values":{key:text}, "tables":{key:{rowId:{columnId:text}}}}}. Written out by hand rather
 * than by Jackson's record support so that the stored format does not change with plugin-api's
 * accessors.
 */
final class SettingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SettingsJson() {
    }

    static String write(SettingsValues settings) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode values = root.putObject("values");
        new java.util.TreeMap<>(settings.values()).forEach(values::put);
        ObjectNode tables = root.putObject("tables");
        new java.util.TreeMap<>(settings.tables()).forEach((key, table) -> {
            ObjectNode rows = tables.putObject(key);
            new java.util.TreeMap<>(table.rows()).forEach((rowId, cells) -> {
                ObjectNode row = rows.putObject(rowId);
                new java.util.TreeMap<>(cells).forEach(row::put);
            });
        });
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write settings as JSON", e);
        }
    }

    static SettingsValues read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are not valid JSON", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        Map<String, TableValue> tables = new LinkedHashMap<>();
        root.path("tables").properties().forEach(table -> {
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            table.getValue().properties().forEach(row -> {
                Map<String, String> cells = new LinkedHashMap<>();
                row.getValue().properties().forEach(cell -> cells.put(cell.getKey(), cell.getValue().asText()));
                rows.put(row.getKey(), cells);
            });
            tables.put(table.getKey(), new TableValue(rows));
        });
        return new SettingsValues(values, tables);
    }
}
