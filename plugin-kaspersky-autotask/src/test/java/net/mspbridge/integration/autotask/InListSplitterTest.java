package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class InListSplitterTest {

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void shortListsStayInOneQuery() {
        Query query = Query.where(Filter.in("contractID", ids(500)), Filter.gte("endDate", LocalDate.of(2024, 5, 1)));

        assertThat(InListSplitter.forQuery(query)).containsExactly(query);
    }

    @Test
    void longInListIsSplitIntoQueriesOfAtMost500CoveringEveryValueOnce() {
        Filter date = Filter.gte("endDate", LocalDate.of(2024, 5, 1));
        Query query = Query.where(Filter.in("contractID", ids(1201)), date).maxRecords(500);

        List<Query> parts = InListSplitter.forQuery(query);

        assertThat(parts).hasSize(3);
        List<Object> covered = new ArrayList<>();
        for (Query part : parts) {
            Filter in = part.filters().get(0);
            assertThat(in.values()).hasSizeLessThanOrEqualTo(500);
            covered.addAll(in.values());
            assertThat(part.filters().get(1)).isEqualTo(date);
            assertThat(part.maxRecords()).hasValue(500);
        }
        assertThat(covered).containsExactlyElementsOf(ids(1201).stream().map(Object.class::cast).toList());
    }

    @Test
    void longInsideAnOrGroupSplitsTheWholeQuery() {
        Query query = Query.where(Filter.or(Filter.in("id", ids(700)), Filter.eq("companyID", 174)));

        List<Query> parts = InListSplitter.forQuery(query);

        assertThat(parts).hasSize(2).allSatisfy(part -> {
            Filter or = part.filters().get(0);
            assertThat(or.op()).isEqualTo("or");
            assertThat(or.items().get(0).values()).hasSizeLessThanOrEqualTo(500);
            assertThat(or.items().get(1)).isEqualTo(Filter.eq("companyID", 174));
        });
    }

    @Test
    void twoLongListsGiveEveryCombinationOfChunks() {
        Query query = Query.where(Filter.in("contractID", ids(600)), Filter.in("serviceID", ids(501)));

        List<Query> parts = InListSplitter.forQuery(query);

        assertThat(parts).hasSize(4);
        Set<List<Integer>> sizes = new HashSet<>();
        parts.forEach(p -> sizes.add(List.of(p.filters().get(0).values().size(), p.filters().get(1).values().size())));
        assertThat(sizes).containsExactlyInAnyOrder(List.of(500, 500), List.of(500, 1), List.of(100, 500),
                List.of(100, 1));
    }

    @Test
    void longNotInListBecomesAnAndOfShortListsInTheSameQuery() {
        Query query = Query.where(Filter.notIn("id", ids(1100)));

        List<Query> parts = InListSplitter.forQuery(query);

        assertThat(parts).hasSize(1);
        Filter and = parts.get(0).filters().get(0);
        assertThat(and.op()).isEqualTo("and");
        assertThat(and.items()).extracting(f -> f.values().size()).containsExactly(500, 500, 100);
        assertThat(and.items()).allSatisfy(f -> assertThat(f.op()).isEqualTo("notIn"));
    }

    @Test
    void countSplitsLongListsUnderAnd() {
        Query query = Query.where(Filter.and(Filter.in("id", ids(900)), Filter.eq("isActive", true)));

        assertThat(InListSplitter.forCount(query)).hasSize(2);
    }

    @Test
    void countRefusesALongInListUnderOrBecauseThePartsWouldOverlap() {
        Query query = Query.where(Filter.or(Filter.in("id", ids(501)), Filter.eq("isActive", true)));

        assertThatThrownBy(() -> InListSplitter.forCount(query)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside an 'or' group").hasMessageContaining("501 values");
    }
}
