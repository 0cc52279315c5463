package net.mspbridge.integration.autotask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The picklists of each entity, read once per client from {@code {Entity}/entityInformation/fields}
 * (one call per entity) and kept: picklists change rarely, and a client lives for one run or one
 * settings request. Thread-safe; an entity's fields are read by one thread while others wait.
 */
final class Picklists {

    private final AutotaskHttp http;
    private final Map<String, Map<String, Picklist>> byEntity = new ConcurrentHashMap<>();

    Picklists(AutotaskHttp http) {
        this.http = http;
    }

    /**
     * @throws AutotaskPicklistException when the entity has no picklist field of that name
     */
    Picklist get(String entity, String field) {
        Picklist picklist = fieldsOf(entity).get(field.toLowerCase(Locale.ROOT));
        if (picklist == null) {
            throw new AutotaskPicklistException(entity, field, "Autotask describes no picklist field of that name");
        }
        return picklist;
    }

    /** The label of a value (see {@link Picklist#labelOf(Integer)}); no read when the value is null. */
    String label(String entity, String field, Integer value) {
        return value == null ? "" : get(entity, field).labelOf(value);
    }

    private Map<String, Picklist> fieldsOf(String entity) {
        Map<String, Picklist> known = byEntity.get(entity);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = byEntity.get(entity);
            if (known == null) {
                known = read(entity);
                byEntity.put(entity, known);
            }
            return known;
        }
    }

    private Map<String, Picklist> read(String entity) {
        String path = entity + "/entityInformation/fields";
        JsonNode root = http.get(CallInfo.read(entity), path);
        JsonNode fields = root.path("fields");
        if (!fields.isArray()) {
            throw new AutotaskProtocolException("GET", path, "no 'fields' list", null);
        }
        Map<String, Picklist> picklists = new HashMap<>();
        for (JsonNode field : fields) {
            if (!field.path("isPickList").asBoolean(false)) {
                continue;
            }
            String name = field.path("name").asText();
            List<PicklistValue> values = new ArrayList<>();
            for (JsonNode value : field.path("picklistValues")) {
                try {
                    values.add(Json.MAPPER.treeToValue(value, PicklistValue.class));
                } catch (JsonProcessingException e) {
                    throw new AutotaskProtocolException("GET", path, "an unreadable value of picklist " + name, e);
                }
            }
            picklists.put(name.toLowerCase(Locale.ROOT), new Picklist(entity, name, values));
        }
        return Map.copyOf(picklists);
    }
}
