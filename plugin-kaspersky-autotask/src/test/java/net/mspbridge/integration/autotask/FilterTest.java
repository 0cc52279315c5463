package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class FilterTest {

    private static JsonNode wire(Filter filter) {
        return Fixtures.parse(QueryJson.filter(filter).toString());
    }

    @Nested
    class WireFormat {

        @Test
        void everyComparisonOperatorIsWrittenWithItsAutotaskName() {
            assertThat(List.of(Filter.eq("id", 1), Filter.noteq("id", 1), Filter.gt("id", 1), Filter.gte("id", 1),
                    Filter.lt("id", 1), Filter.lte("id", 1), Filter.beginsWith("name", "K"),
                    Filter.endsWith("name", "K"), Filter.contains("name", "K"), Filter.exist("name"),
                    Filter.notExist("name"), Filter.in("id", List.of(1)), Filter.notIn("id", List.of(1))))
                    .extracting(f -> wire(f).get("op").asText())
                    .containsExactly("eq", "noteq", "gt", "gte", "lt", "lte", "beginsWith", "endsWith", "contains",
                            "exist", "notExist", "in", "notIn");
        }

        @Test
        void conditionHasOpFieldAndTypedValue() {
            assertThat(wire(Filter.eq("contractID", 42))).isEqualTo(
                    Fixtures.parse("{\"op\":\"eq\",\"field\":\"contractID\",\"value\":42}"));
            assertThat(wire(Filter.eq("isActive", true)).get("value").isBoolean()).isTrue();
            assertThat(wire(Filter.eq("name", "Kaspersky")).get("value").asText()).isEqualTo("Kaspersky");
            assertThat(wire(Filter.gte("unitPrice", new BigDecimal("4.50"))).get("value").decimalValue())
                    .isEqualByComparingTo("4.5");
        }

        @Test
        void datesAreSentAsMidnightWithoutZone() {
            assertThat(wire(Filter.gte("endDate", LocalDate.of(2024, 5, 1))).get("value").asText())
                    .isEqualTo("2024-05-01T00:00:00.000");
            assertThat(wire(Filter.lt("lastModifiedDate", LocalDateTime.of(2024, 5, 1, 13, 4, 5))).get("value")
                    .asText()).isEqualTo("2024-05-01T13:04:05.000");
        }

        @Test
        void existHasNoValue() {
            assertThat(wire(Filter.exist("endDate"))).isEqualTo(
                    Fixtures.parse("{\"op\":\"exist\",\"field\":\"endDate\"}"));
        }

        @Test
        void inListIsAnArrayWithRepeatedValuesOnce() {
            assertThat(wire(Filter.in("id", List.of(3, 1, 3, 2L)))).isEqualTo(
                    Fixtures.parse("{\"op\":\"in\",\"field\":\"id\",\"value\":[3,1,2]}"));
        }

        @Test
        void udfMarksTheCondition() {
            assertThat(wire(Filter.eq("Kaspersky Tenant", "abc").udf())).isEqualTo(Fixtures.parse(
                    "{\"op\":\"eq\",\"field\":\"Kaspersky Tenant\",\"udf\":true,\"value\":\"abc\"}"));
        }

        @Test
        void groupsNestWithItems() {
            Filter filter = Filter.or(Filter.eq("status", 1), Filter.and(Filter.eq("status", 0), Filter.gt("id", 5)));

            assertThat(wire(filter)).isEqualTo(Fixtures.parse("{\"op\":\"or\",\"items\":["
                    + "{\"op\":\"eq\",\"field\":\"status\",\"value\":1},"
                    + "{\"op\":\"and\",\"items\":[{\"op\":\"eq\",\"field\":\"status\",\"value\":0},"
                    + "{\"op\":\"gt\",\"field\":\"id\",\"value\":5}]}]}"));
        }

        @Test
        void queryBodyHasFilterIncludeFieldsAndMaxRecords() {
            Query query = Query.where(Filter.eq("isActive", true)).includeFields("name", "unitPrice").maxRecords(200);

            assertThat(Fixtures.parse(new String(QueryJson.query(query)))).isEqualTo(Fixtures.parse(
                    "{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true}],"
                            + "\"includeFields\":[\"id\",\"name\",\"unitPrice\"],\"maxRecords\":200}"));
        }

        @Test
        void countBodyHasOnlyTheFilter() {
            Query query = Query.all().includeFields("name").maxRecords(10);

            assertThat(Fixtures.parse(new String(QueryJson.count(query)))).isEqualTo(
                    Fixtures.parse("{\"filter\":[{\"op\":\"gte\",\"field\":\"id\",\"value\":0}]}"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void nullValueSaysToUseExist() {
            assertThatThrownBy(() -> Filter.eq("endDate", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exist / notExist");
        }

        @Test
        void unsupportedValueTypeIsNamed() {
            assertThatThrownBy(() -> Filter.eq("id", UUID.randomUUID()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.UUID");
        }

        @Test
        void emptyInListIsRefused() {
            assertThatThrownBy(() -> Filter.in("id", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
        }

        @Test
        void emptyGroupIsRefused() {
            assertThatThrownBy(() -> Filter.and(List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one filter");
        }

        @Test
        void blankFieldIsRefused() {
            assertThatThrownBy(() -> Filter.eq(" ", 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("field name");
        }

        @Test
        void udfOnAGroupIsRefused() {
            assertThatThrownBy(() -> Filter.and(Filter.eq("id", 1)).udf()).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void pageSizeOutsideAutotasksRangeIsRefused() {
            assertThatThrownBy(() -> Query.all().maxRecords(501)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 to 500");
            assertThatThrownBy(() -> Query.all().maxRecords(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void queryWithoutFilterIsRefused() {
            assertThatThrownBy(() -> Query.where(List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Query.all()");
        }
    }

    @Test
    void includeFieldsAlwaysAsksForTheId() {
        assertThat(Query.all().includeFields("companyName").includeFields()).containsExactly("id", "companyName");
        assertThat(Query.all().includeFields("ID", "companyName").includeFields()).containsExactly("ID", "companyName");
    }
}
