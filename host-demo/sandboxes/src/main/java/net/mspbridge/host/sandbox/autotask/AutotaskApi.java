package net.mspbridge.host.sandbox.autotask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What each Autotask route answers, in Autotask's wire format (camelCase JSON). Knows nothing of
 * HTTP connections, authentication or limits: {@link AutotaskHttpServer} does those first.
 */
final class AutotaskApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: the HTTP status and the JSON body. */
    record Answer(int status, String body) {
    }

    private final AutotaskState state;
    private final Supplier<String> baseUrl;
    private final IntSupplier threshold;
    private final IntSupplier requestsInTimeframe;

    /**
     * @param baseUrl the sandbox's own REST base, {@code http://127.0.0.1:PORT/ATServicesRest/}
     */
    AutotaskApi(AutotaskState state, Supplier<String> baseUrl, IntSupplier threshold, IntSupplier requestsInTimeframe) {
        this.state = state;
        this.baseUrl = baseUrl;
        this.threshold = threshold;
        this.requestsInTimeframe = requestsInTimeframe;
    }

    /**
     * @param query the decoded query parameters
     * @throws AutotaskErrorAnswer for every error answer
     */
    Answer process(Route route, String method, Map<String, String> query, String body) {
        return switch (route.action()) {
            case THRESHOLD -> ok(threshold());
            case ENTITY_INFO -> ok(entityInfo(route.kind()));
            case FIELDS -> ok(fields(route.kind()));
            case UDF_FIELDS -> ok(JSON.createObjectNode().set("fields", JSON.createArrayNode()));
            case QUERY -> ok(page(route.kind(), queryBody(method, query, body), method.equals("GET") ? query.get("search") : null, Long.MIN_VALUE, null));
            case QUERY_NEXT -> next(route.kind(), method, query, body);
            case COUNT -> ok(count(route.kind(), queryBody(method, query, body)));
            case GET_BY_ID -> byId(route.kind(), route.id());
            case CREATE -> create(route, body);
            case NOT_ALLOWED -> throw AutotaskErrorAnswer.methodNotAllowed(method);
            case ZONE, UNKNOWN -> throw new IllegalStateException("route " + route.action() + " is answered before the API");
        };
    }

    private static Answer ok(JsonNode node) {
        return new Answer(200, node.toString());
    }

    private ObjectNode threshold() {
        ObjectNode node = JSON.createObjectNode();
        node.put("externalRequestThreshold", threshold.getAsInt());
        node.put("requestThresholdTimeframe", RequestWindow.TIMEFRAME_MINUTES);
        node.put("currentTimeframeRequestCount", requestsInTimeframe.getAsInt());
        return node;
    }

    private static JsonNode entityInfo(EntityKind kind) {
        ObjectNode info = JSON.createObjectNode();
        info.put("name", kind.entityName);
        info.put("canCreate", kind.canCreate);
        info.put("canDelete", false);
        info.put("canQuery", kind.canQuery);
        info.put("canUpdate", false);
        info.put("hasUserDefinedFields", kind.fields.stream().anyMatch(f -> f.type() == FieldDef.Type.UDF_LIST));
        info.put("supportsWebhookCallouts", false);
        return JSON.createObjectNode().set("info", info);
    }

    private static JsonNode fields(EntityKind kind) {
        ArrayNode fields = JSON.createArrayNode();
        for (FieldDef f : kind.fields) {
            if (f.type() == FieldDef.Type.UDF_LIST) {
                continue;
            }
            ObjectNode node = fields.addObject();
            node.put("name", f.name());
            node.put("dataType", f.type().wireName);
            node.put("length", f.type() == FieldDef.Type.STRING ? 100 : 0);
            node.put("isRequired", f.required());
            node.put("isReadOnly", f.readOnly());
            node.put("isQueryable", kind.canQuery);
            node.put("isReference", f.referenceEntity() != null);
            node.put("referenceEntityType", f.referenceEntity() == null ? "" : f.referenceEntity());
            node.put("isPickList", !f.picklist().isEmpty());
            ArrayNode values = node.putArray("picklistValues");
            int order = 0;
            for (Map.Entry<Integer, String> entry : f.picklist().entrySet()) {
                ObjectNode v = values.addObject();
                v.put("value", String.valueOf(entry.getKey()));
                v.put("label", entry.getValue());
                v.put("isDefaultValue", false);
                v.put("sortOrder", order++);
                v.put("parentValue", "");
                v.put("isActive", true);
                v.put("isSystem", true);
            }
            node.put("picklistParentValueField", "");
            node.put("isSupportedWebhookField", false);
        }
        return JSON.createObjectNode().set("fields", fields);
    }

    private static JsonNode queryBody(String method, Map<String, String> query, String body) {
        String text = method.equals("GET") ? query.get("search") : body;
        if (text == null || text.isBlank()) {
            throw AutotaskErrorAnswer.invalid(method.equals("GET")
                    ? "The search parameter is required: a URL-encoded JSON query with a filter."
                    : "The request body is required: a JSON query with a filter.");
        }
        return parse(text);
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw AutotaskErrorAnswer.invalid("The request is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * One page: the rows after {@code afterId} that pass the filter, at most the page size, and the
     * URL of the next page when there are more. Keyset paging by id, so a page never repeats or skips a
     * row even while adjustments add contract services.
     *
     * @param search the GET query's search text, repeated in the next page's URL; null for POST
     */
    private JsonNode page(EntityKind kind, JsonNode body, String search, long afterId, Integer pageSizeOverride) {
        QueryBody q = QueryBody.parse(body, kind);
        int pageSize = pageSizeOverride != null ? pageSizeOverride : q.pageSize();
        List<Map<String, Object>> rows = new ArrayList<>(Math.min(pageSize + 1, 512));
        state.read(() -> {
            Iterator<Map<String, Object>> it = state.rows(kind, q.hint("id", "contractServiceID", "contractID", "companyID"), afterId);
            while (it.hasNext() && rows.size() <= pageSize) {
                Map<String, Object> row = it.next();
                if (QueryFilter.all(q.filters(), row)) {
                    rows.add(row);
                }
            }
            return null;
        });
        boolean more = rows.size() > pageSize;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode items = result.putArray("items");
        for (Map<String, Object> row : rows) {
            items.add(project(row, q.includeFields()));
        }
        ObjectNode details = result.putObject("pageDetails");
        details.put("count", rows.size());
        details.put("requestCount", pageSize);
        details.putNull("prevPageUrl");
        if (more) {
            long lastId = (Long) rows.get(rows.size() - 1).get("id");
            ObjectNode paging = JSON.createObjectNode().put("pageSize", pageSize).put("afterId", lastId);
            String url = baseUrl.get() + "V1.0/" + kind.path + "/query/next?paging=" + encode(paging.toString())
                    + (search != null ? "&search=" + encode(search) : "");
            details.put("nextPageUrl", url);
        } else {
            details.putNull("nextPageUrl");
        }
        return result;
    }

    private Answer next(EntityKind kind, String method, Map<String, String> query, String body) {
        String pagingText = query.get("paging");
        if (pagingText == null) {
            throw AutotaskErrorAnswer.invalid("The paging parameter is required; follow pageDetails.nextPageUrl as given.");
        }
        if (method.equals("GET") && query.get("search") == null) {
            // A nextPageUrl of a POST query is followed with POST and the same body, as Autotask requires.
            throw AutotaskErrorAnswer.methodNotAllowed(method);
        }
        JsonNode paging = parse(pagingText);
        JsonNode size = paging.get("pageSize");
        JsonNode after = paging.get("afterId");
        if (size == null || !size.canConvertToInt() || size.asInt() < 1 || size.asInt() > QueryBody.MAX_PAGE
                || after == null || !after.isIntegralNumber()) {
            throw AutotaskErrorAnswer.invalid("The paging parameter " + pagingText + " is not one this server gave.");
        }
        return ok(page(kind, queryBody(method, query, body), method.equals("GET") ? query.get("search") : null,
                after.asLong(), size.asInt()));
    }

    private JsonNode count(EntityKind kind, JsonNode body) {
        QueryBody q = QueryBody.parse(body, kind);
        long n = state.read(() -> {
            long c = 0;
            Iterator<Map<String, Object>> it = state.rows(kind, q.hint("id", "contractServiceID", "contractID", "companyID"), Long.MIN_VALUE);
            while (it.hasNext()) {
                if (QueryFilter.all(q.filters(), it.next())) {
                    c++;
                }
            }
            return c;
        });
        return JSON.createObjectNode().put("queryCount", n);
    }

    private Answer byId(EntityKind kind, long id) {
        Map<String, Object> row = state.read(() -> state.row(kind, id).orElse(null));
        if (row == null) {
            throw AutotaskErrorAnswer.errors(404, "Unable to find " + kind.entityName + " with id " + id + ".");
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("item", project(row, List.of()));
        return ok(result);
    }

    private Answer create(Route route, String body) {
        if (route.kind() != EntityKind.CONTRACT_SERVICE_ADJUSTMENTS) {
            throw AutotaskErrorAnswer.methodNotAllowed("POST");
        }
        AdjustmentBody request = AdjustmentBody.parse(body == null || body.isBlank() ? null : parse(body), route.id());
        AtAdjustment adjustment = state.apply(request);
        return ok(JSON.createObjectNode().put("itemId", adjustment.id()));
    }

    private static ObjectNode project(Map<String, Object> row, List<FieldDef> include) {
        ObjectNode node = JSON.createObjectNode();
        if (include.isEmpty()) {
            row.forEach((k, v) -> node.set(k, WireValues.toJson(v)));
        } else {
            node.set("id", WireValues.toJson(row.get("id")));
            include.forEach(f -> node.set(f.name(), WireValues.toJson(row.get(f.name()))));
        }
        return node;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ObjectMapper json() {
        return JSON;
    }
}
