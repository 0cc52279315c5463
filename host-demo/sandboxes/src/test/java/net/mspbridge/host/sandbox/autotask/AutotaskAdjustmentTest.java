package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class AutotaskAdjustmentTest {

    private AutotaskSandbox sandbox;
    private AtHttp http;

    @BeforeEach
    void start() {
        sandbox = TestSeed.start(0);
        http = new AtHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> adjust(String body) {
        return http.post("V1.0/ContractServiceAdjustments", body);
    }

    /** The ContractServiceUnits rows of a contract service: [start, end, units]. */
    private List<String> rows(long contractServiceId) {
        HttpResponse<String> response = http.post("V1.0/ContractServiceUnits/query",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"contractServiceID\",\"value\":" + contractServiceId + "}]}");
        List<String> rows = new ArrayList<>();
        for (JsonNode item : AtHttp.json(response).get("items")) {
            rows.add(item.get("startDate").asText().substring(0, 10) + ".." + item.get("endDate").asText().substring(0, 10)
                    + "=" + item.get("units").asInt());
        }
        return rows;
    }

    @Nested
    class Units {

        @Test
        void rowsArePerMonthWithTheUnitsInForce() {
            List<String> rows = rows(TestSeed.CS_EDR);
            assertThat(rows).hasSize(12);
            assertThat(rows.get(0)).isEqualTo("2026-01-01..2026-01-31=10");
            assertThat(rows.get(11)).isEqualTo("2026-12-01..2026-12-31=10");
        }

        @Test
        void anAdjustmentSplitsItsMonthAtTheEffectiveDateAndChangesEveryLaterRow() {
            HttpResponse<String> response = adjust("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-05-15T00:00:00\",\"unitChange\":3}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            long itemId = AtHttp.json(response).get("itemId").asLong();

            List<String> rows = rows(TestSeed.CS_EDR);
            assertThat(rows).hasSize(13).contains(
                    "2026-04-01..2026-04-30=10",
                    "2026-05-01..2026-05-14=10",
                    "2026-05-15..2026-05-31=13",
                    "2026-06-01..2026-06-30=13",
                    "2026-12-01..2026-12-31=13");
            assertThat(sandbox.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(itemId);
                assertThat(a.unitChange()).isEqualTo(3);
                assertThat(a.effectiveDate()).isEqualTo(LocalDate.of(2026, 5, 15));
                assertThat(a.receivedAt()).isEqualTo(TestSeed.CLOCK.instant());
            });
            assertThat(sandbox.unitsInForce(TestSeed.RECURRING, TestSeed.EDR, LocalDate.of(2026, 5, 14))).isEqualTo(10);
            assertThat(sandbox.unitsInForce(TestSeed.RECURRING, TestSeed.EDR, LocalDate.of(2026, 5, 15))).isEqualTo(13);
        }

        @Test
        void unitsInForceOnADateComeFromTheRowCoveringIt() {
            adjust("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":-4}");
            HttpResponse<String> response = http.post("V1.0/ContractServiceUnits/query",
                    "{\"filter\":[{\"op\":\"in\",\"field\":\"contractID\",\"value\":[5001]},"
                            + "{\"op\":\"lte\",\"field\":\"startDate\",\"value\":\"2026-03-15T00:00:00.000Z\"},"
                            + "{\"op\":\"gte\",\"field\":\"endDate\",\"value\":\"2026-03-15T00:00:00.000Z\"}]}");
            JsonNode items = AtHttp.json(response).get("items");
            assertThat(items).hasSize(2);
            assertThat(items.get(0).get("serviceID").asLong()).isEqualTo(TestSeed.EDR);
            assertThat(items.get(0).get("units").asInt()).isEqualTo(6);
            assertThat(items.get(0).get("price").decimalValue()).isEqualByComparingTo("4.50");
            assertThat(items.get(1).get("units").asInt()).isEqualTo(5);
        }

        @Test
        void aMissingContractServiceIsCreatedWithTheAdjustedOrTheServicePrice() {
            HttpResponse<String> response = http.post("V1.0/Contracts/5001/ServiceAdjustments",
                    "{\"serviceID\":3004,\"effectiveDate\":\"2026-03-15T00:00:00.000Z\",\"unitChange\":2,\"adjustedUnitPrice\":11.5}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode cs = AtHttp.json(http.post("V1.0/ContractServices/query",
                    "{\"filter\":[{\"op\":\"eq\",\"field\":\"serviceID\",\"value\":3004}]}")).get("items").get(0);
            assertThat(cs.get("contractID").asLong()).isEqualTo(TestSeed.RECURRING);
            assertThat(cs.get("unitPrice").decimalValue()).isEqualByComparingTo("11.5");
            List<String> rows = rows(cs.get("id").asLong());
            assertThat(rows).contains("2026-03-01..2026-03-14=0", "2026-03-15..2026-03-31=2", "2026-04-01..2026-04-30=2");
        }

        @Test
        void servicesNoAdjustmentNamesKeepTheirUnits() {
            adjust("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":7}");
            assertThat(rows(TestSeed.CS_BACKUP)).allSatisfy(row -> assertThat(row).endsWith("=5"));
        }
    }

    @Nested
    class Refusals {

        private void assertRefused(String body, String... messageParts) {
            int before = sandbox.adjustments().size();
            HttpResponse<String> response = adjust(body);
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(AtHttp.json(response).get("errors").get(0).asText()).contains(messageParts);
            assertThat(sandbox.adjustments()).hasSize(before);
        }

        @Test
        void anInactiveContract() {
            assertRefused("{\"contractID\":5002,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":1}", "inactive");
        }

        @Test
        void aContractThatIsNotRecurringService() {
            assertRefused("{\"contractID\":5003,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":1}", "Recurring Service");
        }

        @Test
        void anEffectiveDateOutsideTheContract() {
            assertRefused("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2027-01-01\",\"unitChange\":1}", "outside", "2026-12-31");
            assertRefused("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2025-12-31\",\"unitChange\":1}", "outside");
        }

        @Test
        void anUnknownServiceOrContract() {
            assertRefused("{\"contractID\":5001,\"serviceID\":9999,\"effectiveDate\":\"2026-03-01\",\"unitChange\":1}", "Service", "9999");
            assertRefused("{\"contractID\":7777,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":1}", "Contract", "7777");
        }

        @Test
        void unitsThatWouldGoBelowZeroAtAnyLaterDate() {
            adjust("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-06-01\",\"unitChange\":-8}");
            assertRefused("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":-3}", "below zero", "2026-06-01");
        }

        @Test
        void aBodyWithoutTheRequiredFields() {
            assertRefused("{\"contractID\":5001,\"serviceID\":3001,\"unitChange\":1}", "effectiveDate");
            assertRefused("{\"contractID\":5001,\"effectiveDate\":\"2026-03-01\",\"unitChange\":1}", "serviceID");
            assertRefused("{\"contractID\":5001,\"serviceID\":3001,\"effectiveDate\":\"tomorrow\",\"unitChange\":1}", "tomorrow");
        }
    }
}
