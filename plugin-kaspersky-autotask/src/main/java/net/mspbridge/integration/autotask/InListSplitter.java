package net.mspbridge.integration.autotask;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every {@code in} / {@code notIn} list of a query within {@link Query#MAX_IN_VALUES} values.
 *
 * <ul>
 *   <li>A longer {@code notIn} becomes an {@code and} of shorter {@code notIn} lists in the same
 *       query: "none of A∪B" is "none of A and none of B", wherever the condition sits.</li>
 *   <li>A longer {@code in} splits the query into several, one per chunk of values: Autotask has no
 *       negated groups, so every condition holds positively and the matches of the original query are
 *       exactly the union of the parts' matches. Several long lists give every combination of chunks.
 *       The caller merges the parts' items by id.</li>
 *   <li>For a count the parts must not overlap, or the sum would count an item twice. That holds when
 *       each long {@code in} is reached from the top only through {@code and} (its chunks hold
 *       different values of one field); a long {@code in} inside an {@code or} group cannot be counted
 *       this way and is refused.</li>
 * </ul>
 */
final class InListSplitter {

    private InListSplitter() {
    }

    /** Queries whose matches together are the matches of {@code query}, each within the limit. */
    static List<Query> forQuery(Query query) {
        return split(query, Query.MAX_IN_VALUES);
    }

    /**
     * Queries whose matches do not overlap and together are the matches of {@code query}.
     *
     * @throws IllegalArgumentException when a long {@code in} list sits inside an {@code or} group
     */
    static List<Query> forCount(Query query) {
        for (Filter f : query.filters()) {
            requireNoLongInUnderOr(f, false, Query.MAX_IN_VALUES);
        }
        return split(query, Query.MAX_IN_VALUES);
    }

    static List<Query> split(Query query, int cap) {
        List<List<Filter>> combinations = List.of(List.of());
        for (Filter f : query.filters()) {
            List<Filter> alternatives = alternatives(f, cap);
            List<List<Filter>> next = new ArrayList<>();
            for (List<Filter> prefix : combinations) {
                for (Filter alternative : alternatives) {
                    List<Filter> extended = new ArrayList<>(prefix);
                    extended.add(alternative);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations.stream().map(query::withFilters).toList();
    }

    /** Filters whose matches together are those of {@code f}, each with short lists only. */
    private static List<Filter> alternatives(Filter f, int cap) {
        if (f.isGroup()) {
            List<List<Filter>> combinations = List.of(List.of());
            for (Filter item : f.items()) {
                List<Filter> itemAlternatives = alternatives(item, cap);
                List<List<Filter>> next = new ArrayList<>();
                for (List<Filter> prefix : combinations) {
                    for (Filter alternative : itemAlternatives) {
                        List<Filter> extended = new ArrayList<>(prefix);
                        extended.add(alternative);
                        next.add(extended);
                    }
                }
                combinations = next;
            }
            return combinations.stream().map(f::withItems).toList();
        }
        if (!f.isList() || f.values().size() <= cap) {
            return List.of(f);
        }
        List<Filter> chunks = new ArrayList<>();
        List<Object> values = f.values();
        for (int from = 0; from < values.size(); from += cap) {
            chunks.add(f.withValues(values.subList(from, Math.min(values.size(), from + cap))));
        }
        if (f.op().equals("notIn")) {
            return List.of(Filter.and(chunks));
        }
        return chunks;
    }

    private static void requireNoLongInUnderOr(Filter f, boolean underOr, int cap) {
        if (f.isGroup()) {
            boolean or = underOr || f.op().equals("or");
            f.items().forEach(item -> requireNoLongInUnderOr(item, or, cap));
        } else if (underOr && f.op().equals("in") && f.values().size() > cap) {
            throw new IllegalArgumentException("cannot count with an 'in' list of " + f.values().size()
                    + " values on '" + f.field() + "' inside an 'or' group: Autotask takes at most " + cap
                    + " values a list, and the split parts would overlap; query the items instead");
        }
    }
}
