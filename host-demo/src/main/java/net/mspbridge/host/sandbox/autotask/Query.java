package net.mspbridge.host.sandbox.autotask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed query body ({@code {"filter":[...],"includeFields":[...],"maxRecords":N}}) checked
 * against its entity.
 *
 * @param includeFields the fields to return, empty for all; {@code id} is always returned
 * @param pageSize      {@code maxRecords}, 500 when absent
 */
record Query(List<Filter> filters, List<FieldDef> includeFields, int pageSize) {

    static final int MAX_PAGE = 500;

    /** A narrowing the row source may use: the rows whose {@code field} is one of {@code ids}. */
    record Hint(String field, Set<Long> ids) {
    }

    /**
     * @throws ApiError (500) with a message naming the problem when the body is not a valid query
     */
    static Query parse(JsonNode body, EntityKind kind) {
        if (body == null || !body.isObject()) {
            throw ApiError.invalid("The query must be a JSON object with a filter.");
        }
        JsonNode filterNode = JsonFields.present(body, "filter");
        if (filterNode == null || !filterNode.isArray() || filterNode.isEmpty()) {
            throw ApiError.invalid("A query needs at least one filter expression in \"filter\".");
        }
        List<Filter> filters = new ArrayList<>();
        filterNode.forEach(item -> filters.add(parseItem(item, kind)));

        List<FieldDef> include = new ArrayList<>();
        JsonNode includeNode = JsonFields.present(body, "includeFields");
        if (includeNode != null) {
            if (!includeNode.isArray()) {
                throw ApiError.invalid("includeFields must be an array of field names.");
            }
            for (JsonNode name : includeNode) {
                include.add(kind.field(name.asText()).orElseThrow(() -> ApiError.invalid(
                        "includeFields names " + name.asText() + ", which is not a field of " + kind.entityName + ".")));
            }
        }

        int pageSize = MAX_PAGE;
        JsonNode max = JsonFields.present(body, "maxRecords");
        if (max != null) {
            if (!max.canConvertToInt() || max.asInt() < 1 || max.asInt() > MAX_PAGE) {
                throw ApiError.invalid("MaxRecords must be between 1 and " + MAX_PAGE + ", not " + max + ".");
            }
            pageSize = max.asInt();
        }
        return new Query(List.copyOf(filters), List.copyOf(include), pageSize);
    }

    private static Filter parseItem(JsonNode item, EntityKind kind) {
        if (!item.isObject()) {
            throw ApiError.invalid("Each filter expression must be an object with op, field and value, not " + item + ".");
        }
        JsonNode opNode = JsonFields.present(item, "op");
        if (opNode == null) {
            throw ApiError.invalid("A filter expression has no op: " + item + ".");
        }
        String opText = opNode.asText();
        if (opText.equalsIgnoreCase("and") || opText.equalsIgnoreCase("or")) {
            JsonNode items = JsonFields.present(item, "items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw ApiError.invalid("The '" + opText + "' group needs a non-empty items array.");
            }
            List<Filter> children = new ArrayList<>();
            items.forEach(child -> children.add(parseItem(child, kind)));
            return new Filter.Group(opText.equalsIgnoreCase("and"), List.copyOf(children));
        }
        Filter.Op op = Filter.Op.parse(opText);
        if (op == null) {
            throw ApiError.invalid("The filter operator '" + opText + "' is not valid. Use one of eq, noteq, gt, gte, lt, lte, "
                    + "beginsWith, endsWith, contains, exist, notExist, in, notIn, and, or.");
        }
        JsonNode udf = JsonFields.present(item, "udf");
        String fieldName = Optional.ofNullable(JsonFields.present(item, "field")).map(JsonNode::asText).orElse("");
        if (udf != null && udf.asBoolean()) {
            throw ApiError.invalid("The user-defined field '" + fieldName + "' does not exist for " + kind.entityName + ".");
        }
        if (fieldName.isBlank()) {
            throw ApiError.invalid("The filter expression " + item + " names no field.");
        }
        FieldDef field = kind.field(fieldName).filter(FieldDef::queryable).orElseThrow(() -> ApiError.invalid(
                "Unable to find " + fieldName + " in the " + kind.entityName + " entity."));
        JsonNode value = JsonFields.get(item, "value");
        List<Comparable<?>> values = new ArrayList<>();
        switch (op) {
            case EXIST, NOTEXIST -> { }
            case IN, NOTIN -> {
                if (value == null || !value.isArray() || value.isEmpty()) {
                    throw ApiError.invalid("The '" + opText + "' filter on " + field.name() + " needs a non-empty array value.");
                }
                value.forEach(v -> values.add(WireValues.filterValue(v, field)));
            }
            case BEGINSWITH, ENDSWITH, CONTAINS -> {
                if (field.type() != FieldDef.Type.STRING) {
                    throw ApiError.invalid("The '" + opText + "' filter works on text fields; " + field.name() + " is not one.");
                }
                values.add(WireValues.filterValue(value, field));
            }
            default -> values.add(WireValues.filterValue(value, field));
        }
        return Filter.Condition.of(op, field, List.copyOf(values));
    }

    /** The first top-level {@code eq}/{@code in} condition on one of the given id fields, if any. */
    Optional<Hint> hint(String... idFields) {
        for (String wanted : idFields) {
            for (Filter f : filters) {
                if (f instanceof Filter.Condition c && c.field().name().equals(wanted)
                        && (c.op() == Filter.Op.EQ || c.op() == Filter.Op.IN)) {
                    Set<Long> ids = new LinkedHashSet<>();
                    c.values().forEach(v -> ids.add((Long) v));
                    return Optional.of(new Hint(wanted, ids));
                }
            }
        }
        return Optional.empty();
    }
}
