package net.mspbridge.host.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class AutotaskQueryTest {

    private static AutotaskSandbox sandbox;
    private static AtHttp http;

    @BeforeAll
    static void start() {
        sandbox = TestSeed.start(1234);
        http = new AtHttp(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static JsonNode query(String entity, String filter) {
        HttpResponse<String> response = http.post("V1.0/" + entity + "/query", "{\"filter\":" + filter + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AtHttp.json(response);
    }

    @Nested
    class Currencies {

        @Test
        void companiesSayTheirCurrencyAndCurrenciesAreQueriedLikeAutotasksEntity() {
            JsonNode companies = query("Companies", "[{\"op\":\"in\",\"field\":\"id\",\"value\":[" + TestSeed.CONTOSO + ","
                    + TestSeed.FABRIKAM + "]}]");
            assertThat(companies.get("items").get(0).get("currencyID").asLong()).isEqualTo(AtCurrency.USD);
            assertThat(companies.get("items").get(1).get("currencyID").asLong()).isEqualTo(AtCurrency.EUR);

            JsonNode currencies = query("Currencies", "[{\"op\":\"in\",\"field\":\"id\",\"value\":[1,2]}]");
            assertThat(ids(currencies)).containsExactly(AtCurrency.USD, AtCurrency.EUR);
            JsonNode euro = currencies.get("items").get(1);
            assertThat(euro.get("name").asText()).isEqualTo("EUR");
            assertThat(euro.get("isInternalCurrency").asBoolean()).isFalse();
            assertThat(currencies.get("items").get(0).get("isInternalCurrency").asBoolean()).isTrue();
        }

        @Test
        void currenciesCannotBeCreated() {
            HttpResponse<String> response = http.post("V1.0/Currencies", "{\"name\":\"CHF\"}");
            assertThat(response.statusCode()).isNotEqualTo(200);
        }
    }

    @Nested
    class Filters {

        @Test
        void eqMatchesTextWithoutRegardToCaseAndFieldNamesToo() {
            JsonNode page = query("Companies", "[{\"op\":\"eq\",\"field\":\"COMPANYNAME\",\"value\":\"contoso ltd.\"}]");
            assertThat(ids(page)).containsExactly(TestSeed.CONTOSO);
            assertThat(page.get("items").get(0).get("companyName").asText()).isEqualTo("Contoso Ltd.");
        }

        @Test
        void comparisonOperatorsOnNumbers() {
            assertThat(ids(query("Services", "[{\"op\":\"gt\",\"field\":\"unitPrice\",\"value\":12}]"))).containsExactly(TestSeed.BACKUP, TestSeed.LEGACY);
            assertThat(ids(query("Services", "[{\"op\":\"gte\",\"field\":\"unitPrice\",\"value\":12}]"))).containsExactly(TestSeed.BACKUP, TestSeed.LEGACY, TestSeed.SERVER);
            assertThat(ids(query("Services", "[{\"op\":\"lt\",\"field\":\"unitPrice\",\"value\":\"12.00\"}]"))).containsExactly(TestSeed.EDR);
            assertThat(ids(query("Services", "[{\"op\":\"lte\",\"field\":\"unitPrice\",\"value\":4.5}]"))).containsExactly(TestSeed.EDR);
            assertThat(ids(query("Services", "[{\"op\":\"noteq\",\"field\":\"isActive\",\"value\":true}]"))).containsExactly(TestSeed.LEGACY);
        }

        @Test
        void textOperators() {
            assertThat(ids(query("Services", "[{\"op\":\"beginsWith\",\"field\":\"name\",\"value\":\"kaspersky\"}]"))).containsExactly(TestSeed.EDR, TestSeed.SERVER);
            assertThat(ids(query("Services", "[{\"op\":\"endsWith\",\"field\":\"name\",\"value\":\"GB\"}]"))).containsExactly(TestSeed.BACKUP);
            assertThat(ids(query("Services", "[{\"op\":\"contains\",\"field\":\"name\",\"value\":\"edr\"}]"))).containsExactly(TestSeed.EDR, TestSeed.SERVER);
        }

        @Test
        void existAndNotExist() {
            assertThat(ids(query("Services", "[{\"op\":\"exist\",\"field\":\"sku\"}]"))).containsExactly(TestSeed.EDR);
            assertThat(ids(query("Services", "[{\"op\":\"notExist\",\"field\":\"description\"}]"))).containsExactly(TestSeed.LEGACY, TestSeed.SERVER);
        }

        @Test
        void inAndNotIn() {
            assertThat(ids(query("Contracts", "[{\"op\":\"in\",\"field\":\"id\",\"value\":[5001,5003,99]}]"))).containsExactly(TestSeed.RECURRING, TestSeed.TIME_AND_MATERIALS);
            assertThat(ids(query("Contracts", "[{\"op\":\"notIn\",\"field\":\"contractType\",\"value\":[7]}]"))).containsExactly(TestSeed.TIME_AND_MATERIALS);
        }

        @Test
        void andOrGroups() {
            String filter = "[{\"op\":\"or\",\"items\":["
                    + "{\"op\":\"and\",\"items\":[{\"op\":\"eq\",\"field\":\"companyID\",\"value\":100},{\"op\":\"eq\",\"field\":\"contractType\",\"value\":7}]},"
                    + "{\"op\":\"eq\",\"field\":\"status\",\"value\":0}]}]";
            assertThat(ids(query("Contracts", filter))).containsExactly(TestSeed.RECURRING, TestSeed.INACTIVE);
        }

        @Test
        void datesCompareAsDatesWhateverTheirFormat() {
            assertThat(ids(query("Contracts", "[{\"op\":\"lte\",\"field\":\"startDate\",\"value\":\"2026-01-01T00:00:00.000Z\"}]"))).hasSize(3);
            assertThat(ids(query("Contracts", "[{\"op\":\"gt\",\"field\":\"startDate\",\"value\":\"2025-12-31T23:00:00+02:00\"}]"))).hasSize(3);
            assertThat(ids(query("Contracts", "[{\"op\":\"gt\",\"field\":\"startDate\",\"value\":\"2026-01-01\"}]"))).isEmpty();
        }

        @Test
        void includeFieldsReturnsOnlyThoseAndTheId() {
            HttpResponse<String> response = http.post("V1.0/Services/query",
                    "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":3001}],\"includeFields\":[\"Name\",\"unitPrice\"]}");
            JsonNode item = AtHttp.json(response).get("items").get(0);
            assertThat(item.fieldNames()).toIterable().containsExactly("id", "name", "unitPrice");
            assertThat(item.get("unitPrice").decimalValue()).isEqualByComparingTo("4.50");
        }

        @Test
        void getWithSearchParameterAnswersLikePost() {
            String search = "{\"filter\":[{\"op\":\"eq\",\"field\":\"contractID\",\"value\":5001}]}";
            HttpResponse<String> response = http.get("V1.0/ContractServices/query?search=" + AtHttp.encode(search));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(ids(AtHttp.json(response))).containsExactly(TestSeed.CS_EDR, TestSeed.CS_BACKUP);
        }

        @Test
        void badQueriesGetA500WithAMessageThatSaysWhatToFix() {
            HttpResponse<String> unknownField = http.post("V1.0/Companies/query", "{\"filter\":[{\"op\":\"eq\",\"field\":\"nope\",\"value\":1}]}");
            assertThat(unknownField.statusCode()).isEqualTo(500);
            assertThat(AtHttp.json(unknownField).get("errors").get(0).asText()).contains("nope", "Account");

            HttpResponse<String> badOp = http.post("V1.0/Companies/query", "{\"filter\":[{\"op\":\"like\",\"field\":\"id\",\"value\":1}]}");
            assertThat(AtHttp.json(badOp).get("errors").get(0).asText()).contains("'like'", "beginsWith");

            HttpResponse<String> noFilter = http.post("V1.0/Companies/query", "{\"filter\":[]}");
            assertThat(noFilter.statusCode()).isEqualTo(500);

            HttpResponse<String> badJson = http.post("V1.0/Companies/query", "{\"filter\":");
            assertThat(badJson.statusCode()).isEqualTo(500);
            assertThat(badJson.body()).contains("not valid JSON");
        }

        @Test
        void pathsMatchWithoutRegardToCase() {
            HttpResponse<String> response = http.send("POST", URI.create(sandbox.baseUrl().toString().toLowerCase() + "v1.0/companies/QUERY"),
                    "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":100}]}");
            assertThat(ids(AtHttp.json(response))).containsExactly(TestSeed.CONTOSO);
        }
    }

    @Nested
    class Paging {

        @Test
        void followsAbsoluteNextPageUrlsWithTheSameBodyOverThreePages() {
            String body = "{\"filter\":[{\"op\":\"gte\",\"field\":\"id\",\"value\":0}]}";
            HttpResponse<String> response = http.post("V1.0/Companies/query", body);
            List<Long> all = new ArrayList<>();
            int pages = 0;
            while (true) {
                JsonNode page = AtHttp.json(response);
                pages++;
                all.addAll(ids(page));
                assertThat(page.get("items").size()).isLessThanOrEqualTo(500);
                assertThat(page.get("pageDetails").get("count").asInt()).isEqualTo(page.get("items").size());
                JsonNode next = page.get("pageDetails").get("nextPageUrl");
                if (next.isNull()) {
                    break;
                }
                assertThat(next.asText()).startsWith(sandbox.baseUrl().toString());
                response = http.send("POST", URI.create(next.asText()), body);
                assertThat(response.statusCode()).isEqualTo(200);
            }
            assertThat(pages).isEqualTo(3);
            assertThat(all).hasSize(1237).doesNotHaveDuplicates().isSorted();
        }

        @Test
        void maxRecordsSetsThePageSizeAndGetQueriesPageWithGet() {
            String search = "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],\"maxRecords\":2}";
            HttpResponse<String> first = http.get("V1.0/Contracts/query?search=" + AtHttp.encode(search));
            JsonNode page = AtHttp.json(first);
            assertThat(ids(page)).containsExactly(TestSeed.RECURRING, TestSeed.INACTIVE);
            assertThat(page.get("pageDetails").get("requestCount").asInt()).isEqualTo(2);
            HttpResponse<String> second = http.send("GET", URI.create(page.get("pageDetails").get("nextPageUrl").asText()), null);
            assertThat(ids(AtHttp.json(second))).containsExactly(TestSeed.TIME_AND_MATERIALS);
            assertThat(AtHttp.json(second).get("pageDetails").get("nextPageUrl").isNull()).isTrue();
        }

        @Test
        void aPostQuerysNextPageCannotBeFetchedWithGet() {
            String body = "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],\"maxRecords\":1}";
            String next = AtHttp.json(http.post("V1.0/Contracts/query", body)).get("pageDetails").get("nextPageUrl").asText();
            HttpResponse<String> response = http.send("GET", URI.create(next), null);
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.body()).isEqualTo("{\"Message\":\"The requested resource does not support http method 'GET'.\"}");
        }

        @Test
        void maxRecordsAbove500IsRefused() {
            HttpResponse<String> response = http.post("V1.0/Companies/query", "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],\"maxRecords\":501}");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("MaxRecords");
        }
    }

    @Nested
    class CountsAndItems {

        @Test
        void countAnswersTheNumberOfMatches() {
            HttpResponse<String> response = http.post("V1.0/Companies/query/count", "{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true}]}");
            assertThat(AtHttp.json(response).get("queryCount").asInt()).isEqualTo(3 + 617);
        }

        @Test
        void getByIdWrapsTheItemAnd404sWhenMissing() {
            HttpResponse<String> found = http.get("V1.0/Contracts/5001");
            assertThat(found.statusCode()).isEqualTo(200);
            JsonNode item = AtHttp.json(found).get("item");
            assertThat(item.get("contractName").asText()).isEqualTo("Contoso - Managed Security");
            assertThat(item.get("startDate").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
            assertThat(item.get("contractType").asInt()).isEqualTo(7);

            HttpResponse<String> missing = http.get("V1.0/Contracts/999999");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(AtHttp.json(missing).get("errors").get(0).asText()).contains("999999");
        }

        @Test
        void picklistsComeFromEntityInformationFields() {
            JsonNode fields = AtHttp.json(http.get("V1.0/Contracts/entityInformation/fields")).get("fields");
            JsonNode type = null;
            JsonNode status = null;
            for (JsonNode f : fields) {
                if (f.get("name").asText().equals("contractType")) {
                    type = f;
                }
                if (f.get("name").asText().equals("status")) {
                    status = f;
                }
            }
            assertThat(type.get("isPickList").asBoolean()).isTrue();
            assertThat(type.get("picklistValues").findValuesAsText("label")).contains("Recurring Service");
            assertThat(type.get("picklistValues").toString()).contains("{\"value\":\"7\",\"label\":\"Recurring Service\"");
            assertThat(status.get("picklistValues").toString()).contains("\"value\":\"1\",\"label\":\"Active\"", "\"value\":\"0\",\"label\":\"Inactive\"");

            JsonNode serviceFields = AtHttp.json(http.get("V1.0/Services/entityInformation/fields")).get("fields");
            assertThat(serviceFields.toString()).contains("\"name\":\"periodType\"", "\"label\":\"Monthly\"", "\"label\":\"Yearly\"");
        }

        @Test
        void adjustmentsCannotBeQueriedOrRead() {
            String body = "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}";
            HttpResponse<String> get = http.get("V1.0/ContractServiceAdjustments/query?search=" + AtHttp.encode(body));
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.body()).isEqualTo("{\"Message\":\"The requested resource does not support http method 'GET'.\"}");
            assertThat(http.get("V1.0/ContractServiceAdjustments/1").statusCode()).isEqualTo(405);
            HttpResponse<String> post = http.post("V1.0/ContractServiceAdjustments/query", body);
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.body()).contains("'POST'");
        }

        @Test
        void unknownPathsGetAspNets404() {
            HttpResponse<String> response = http.get("V1.0/Tickets/query");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("No HTTP resource was found");
        }
    }
}
