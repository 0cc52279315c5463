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
record QueryBody(List<QueryFilter> filters, List<FieldDef> includeFields, int pageSize) {

    static final int MAX_PAGE = 500;

    /** A narrowing the row source may use: the rows whose {@code field} is one of {@code ids}. */
    record Hint(String field, Set<Long> ids) {
    }

    /**
     * @throws AutotaskErrorAnswer (500) with a message naming the problem when the body is not a valid query
     */
    static QueryBody parse(JsonNode body, EntityKind kind) {
        if (body == null || !body.isObject()) {
            throw AutotaskErrorAnswer.invalid("The query must be a JSON object with a filter.");
        }
        JsonNode filterNode = JsonFields.present(body, "filter");
        if (filterNode == null || !filterNode.isArray() || filterNode.isEmpty()) {
            throw AutotaskErrorAnswer.invalid("A query needs at least one filter expression in \"filter\".");
        }
        List<QueryFilter> filters = new ArrayList<>();
        filterNode.forEach(item -> filters.add(parseItem(item, kind)));

        List<FieldDef> include = new ArrayList<>();
        JsonNode includeNode = JsonFields.present(body, "includeFields");
        if (includeNode != null) {
            if (!includeNode.isArray()) {
                throw AutotaskErrorAnswer.invalid("includeFields must be an array of field names.");
            }
            for (JsonNode name : includeNode) {
                include.add(kind.field(name.asText()).orElseThrow(() -> AutotaskErrorAnswer.invalid(
                        "includeFields names " + name.asText() + ", which is not a field of " + kind.entityName + ".")));
            }
        }

        int pageSize = MAX_PAGE;
        JsonNode max = JsonFields.present(body, "maxRecords");
        if (max != null) {
            if (!max.canConvertToInt() || max.asInt() < 1 || max.asInt() > MAX_PAGE) {
                throw AutotaskErrorAnswer.invalid("MaxRecords must be between 1 and " + MAX_PAGE + ", not " + max + ".");
            }
            pageSize = max.asInt();
        }
        return new QueryBody(List.copyOf(filters), List.copyOf(include), pageSize);
    }

    private static QueryFilter parseItem(JsonNode item, EntityKind kind) {
        if (!item.isObject()) {
            throw AutotaskErrorAnswer.invalid("Each filter expression must be an object with op, field and value, not " + item + ".");
        }
        JsonNode opNode = JsonFields.present(item, "op");
        if (opNode == null) {
            throw AutotaskErrorAnswer.invalid("A filter expression has no op: " + item + ".");
        }
        String opText = opNode.asText();
        if (opText.equalsIgnoreCase("and") || opText.equalsIgnoreCase("or")) {
            JsonNode items = JsonFields.present(item, "items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw AutotaskErrorAnswer.invalid("The '" + opText + "' group needs a non-empty items array.");
            }
            List<QueryFilter> children = new ArrayList<>();
            items.forEach(child -> children.add(parseItem(child, kind)));
            return new QueryFilter.Group(opText.equalsIgnoreCase("and"), List.copyOf(children));
        }
        QueryFilter.Op op = QueryFilter.Op.parse(opText);
        if (op == null) {
            throw AutotaskErrorAnswer.invalid("The filter operator '" + opText + "' is not valid. Use one of eq, noteq, gt, gte, lt, lte, "
                    + "beginsWith, endsWith, contains, exist, notExist, in, notIn, and, or.");
        }
        JsonNode udf = JsonFields.present(item, "udf");
        String fieldName = Optional.ofNullable(JsonFields.present(item, "field")).map(JsonNode::asText).orElse("");
        if (udf != null && udf.asBoolean()) {
            throw AutotaskErrorAnswer.invalid("The user-defined field '" + fieldName + "' does not exist for " + kind.entityName + ".");
        }
        if (fieldName.isBlank()) {
            throw AutotaskErrorAnswer.invalid("The filter expression " + item + " names no field.");
        }
        FieldDef field = kind.field(fieldName).filter(FieldDef::queryable).orElseThrow(() -> AutotaskErrorAnswer.invalid(
                "Unable to find " + fieldName + " in the " + kind.entityName + " entity."));
        JsonNode value = JsonFields.get(item, "value");
        List<Comparable<?>> values = new ArrayList<>();
        switch (op) {
            case EXIST, NOTEXIST -> { }
            case IN, NOTIN -> {
                if (value == null || !value.isArray() || value.isEmpty()) {
                    throw AutotaskErrorAnswer.invalid("The '" + opText + "' filter on " + field.name() + " needs a non-empty array value.");
                }
                value.forEach(v -> values.add(WireValues.filterValue(v, field)));
            }
            case BEGINSWITH, ENDSWITH, CONTAINS -> {
                if (field.type() != FieldDef.Type.STRING) {
                    throw AutotaskErrorAnswer.invalid("The '" + opText + "' filter works on text fields; " + field.name() + " is not one.");
                }
                values.add(WireValues.filterValue(value, field));
            }
            default -> values.add(WireValues.filterValue(value, field));
        }
        return QueryFilter.Condition.of(op, field, List.copyOf(values));
    }

    /** The first top-level {@code eq}/{@code in} condition on one of the given id fields, if any. */
    Optional<Hint> hint(String... idFields) {
        for (String wanted : idFields) {
            for (QueryFilter f : filters) {
                if (f instanceof QueryFilter.Condition c && c.field().name().equals(wanted)
                        && (c.op() == QueryFilter.Op.EQ || c.op() == QueryFilter.Op.IN)) {
                    Set<Long> ids = new LinkedHashSet<>();
                    c.values().forEach(v -> ids.add((Long) v));
                    return Optional.of(new Hint(wanted, ids));
                }
            }
        }
        return Optional.empty();
    }
}
