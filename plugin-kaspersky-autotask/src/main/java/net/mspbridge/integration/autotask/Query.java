package net.mspbridge.integration.autotask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An Autotask query: filters (all must hold), optionally the fields to return and the page size.
 * Immutable and thread-safe; each {@code includeFields} / {@code maxRecords} returns a new query.
 *
 * <p>A query always returns every match: the client follows {@code nextPageUrl} until Autotask has no
 * more pages. {@link #maxRecords(int)} only sets how many items each page holds (1 to
 * {@value #MAX_PAGE_SIZE}).
 */
public final class Query {

    /** Autotask's largest page. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * The most values the client puts in one {@code in} / {@code notIn} list. Autotask publishes no
     * limit for these lists, but a request has to stay a reasonable size and we batch ids by the page
     * size anyway: a chunk of 500 ids on an id field matches at most one page. A longer {@code in}
     * list is sent as several queries whose results are merged (duplicates by {@code id} removed); a
     * longer {@code notIn} list becomes an {@code and} of lists of at most 500 in the same query.
     */
    public static final int MAX_IN_VALUES = 500;

    private final List<Filter> filters;
    private final List<String> includeFields;
    private final Integer maxRecords;

    private Query(List<Filter> filters, List<String> includeFields, Integer maxRecords) {
        this.filters = filters;
        this.includeFields = includeFields;
        this.maxRecords = maxRecords;
    }

    /** Items for which every filter holds. */
    public static Query where(Filter first, Filter... more) {
        List<Filter> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "filter"));
        for (Filter f : more) {
            all.add(Objects.requireNonNull(f, "filter"));
        }
        return new Query(List.copyOf(all), List.of(), null);
    }

    /** Items for which every filter holds; at least one filter, as Autotask requires. */
    public static Query where(List<Filter> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("Autotask needs at least one filter; use Query.all() for every item");
        }
        filters.forEach(f -> Objects.requireNonNull(f, "filter"));
        return new Query(List.copyOf(filters), List.of(), null);
    }

    /** Every item of the entity ({@code id gte 0}: Autotask wants at least one filter). */
    public static Query all() {
        return where(Filter.gte("id", 0));
    }

    /**
     * Only these fields in each item. {@code id} is always added when missing: Autotask requires it
     * for results of more than 500 items, and the client merges split queries by id.
     */
    public Query includeFields(String... fields) {
        List<String> names = new ArrayList<>();
        for (String f : fields) {
            Objects.requireNonNull(f, "field");
            if (f.isBlank()) {
                throw new IllegalArgumentException("includeFields holds an empty field name");
            }
            names.add(f.strip());
        }
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase("id"))) {
            names.add(0, "id");
        }
        return new Query(filters, Collections.unmodifiableList(names), maxRecords);
    }

    /** Items per page, 1 to {@value #MAX_PAGE_SIZE}; every page is still read. */
    public Query maxRecords(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxRecords must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return new Query(filters, includeFields, pageSize);
    }

    public List<Filter> filters() {
        return filters;
    }

    /** The fields asked for; empty means all. */
    public List<String> includeFields() {
        return includeFields;
    }

    public OptionalInt maxRecords() {
        return maxRecords == null ? OptionalInt.empty() : OptionalInt.of(maxRecords);
    }

    /** The same query with other filters. */
    Query withFilters(List<Filter> newFilters) {
        return new Query(List.copyOf(newFilters), includeFields, maxRecords);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Query q && q.filters.equals(filters) && q.includeFields.equals(includeFields)
                && Objects.equals(q.maxRecords, maxRecords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, includeFields, maxRecords);
    }

    @Override
    public String toString() {
        return "Query" + filters + (includeFields.isEmpty() ? "" : " fields " + includeFields)
                + (maxRecords == null ? "" : " maxRecords " + maxRecords);
    }
}
