package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.RecordedRequest;

class AutotaskQueryTest {

    private final AutotaskStub autotask = new AutotaskStub()
            .always("GET", "Contracts/entityInformation/fields", Fixtures.okFixture("contracts-fields.json"));

    @AfterEach
    void stop() {
        autotask.close();
    }

    private static JsonNode body(RecordedRequest request) {
        return Fixtures.parse(request.getBody().utf8());
    }

    @Nested
    class Paging {

        @Test
        void followsNextPageUrlWithTheSameMethodAndBodyUntilItIsNull() {
            String page2 = autotask.url("Contracts/query/next?paging=2").toString();
            String page3 = autotask.url("Contracts/query/next?paging=3").toString();
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok(Fixtures.contractsPage(List.of(1L, 2L), page2)))
                    .enqueue("POST", "Contracts/query/next",
                            Fixtures.ok(Fixtures.contractsPage(List.of(3L, 4L), page3)),
                            Fixtures.ok(Fixtures.contractsPage(List.of(5L), null)));
            Query query = Query.where(Filter.eq("companyID", 174)).maxRecords(2);

            List<Contract> contracts = autotask.client().query(AutotaskEntity.CONTRACTS, query);

            assertThat(contracts).extracting(Contract::id).containsExactly(1L, 2L, 3L, 4L, 5L);
            List<RecordedRequest> pages = autotask.entityRequests().stream()
                    .filter(r -> r.getUrl().encodedPath().contains("/query")).toList();
            assertThat(pages).hasSize(3);
            assertThat(pages).extracting(RecordedRequest::getMethod).containsOnly("POST");
            assertThat(pages).extracting(r -> body(r)).containsOnly(Fixtures.parse(new String(QueryJson.query(query))));
            assertThat(pages.get(1).getUrl().queryParameter("paging")).isEqualTo("2");
            assertThat(pages.get(2).getUrl().queryParameter("paging")).isEqualTo("3");
        }

        @Test
        void refusesANextPageUrlOnAnotherPortAndSendsNothingThere() {
            try (AutotaskStub elsewhere = new AutotaskStub()) {
                String foreign = elsewhere.url("Contracts/query/next?paging=2").toString();
                autotask.enqueue("POST", "Contracts/query", Fixtures.ok(Fixtures.contractsPage(List.of(1L), foreign)));

                assertThatThrownBy(() -> autotask.client().query(AutotaskEntity.CONTRACTS, Query.all()))
                        .isInstanceOf(AutotaskUntrustedUrlException.class)
                        .hasMessageContaining("nextPageUrl")
                        .hasMessageContaining(":" + elsewhere.server().getPort());
                assertThat(elsewhere.requests()).isEmpty();
            }
        }

        @Test
        void refusesANextPageUrlOnAnotherHost() {
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok(Fixtures.contractsPage(List.of(1L),
                    "https://webservices5.autotask.net/ATServicesRest/V1.0/Contracts/query/next?paging=2")));

            assertThatThrownBy(() -> autotask.client().query(AutotaskEntity.CONTRACTS, Query.all()))
                    .isInstanceOf(AutotaskUntrustedUrlException.class)
                    .hasMessageContaining("webservices5.autotask.net");
            assertThat(autotask.requests("POST", "Contracts/query")).hasSize(1);
        }

        @Test
        void stopsWhenAutotaskRepeatsAPage() {
            String same = autotask.url("Contracts/query/next?paging=2").toString();
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok(Fixtures.contractsPage(List.of(1L), same)))
                    .always("POST", "Contracts/query/next", Fixtures.ok(Fixtures.contractsPage(List.of(2L), same)));

            assertThatThrownBy(() -> autotask.client().query(AutotaskEntity.CONTRACTS, Query.all()))
                    .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("same nextPageUrl");
            assertThat(autotask.requests("POST", "Contracts/query/next")).hasSize(1);
        }

        @Test
        void eachPageIsDecodedAsItArrivesSoAnItemThatDoesNotFitFailsBeforeTheNextPageIsAskedFor() {
            // Decoding page by page keeps only records, not every page's JSON, in memory: a query of a
            // batch's unit rows is tens of thousands of items (docs/benchmarks.md, issue 17 step 3).
            String page2 = autotask.url("Contracts/query/next?paging=2").toString();
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok("{\"items\":[{\"id\":1,\"companyID\":\"not a number\"}],"
                            + "\"pageDetails\":{\"count\":1,\"nextPageUrl\":\"" + page2 + "\"}}"))
                    .always("POST", "Contracts/query/next", Fixtures.ok(Fixtures.contractsPage(List.of(2L), null)));

            assertThatThrownBy(() -> autotask.client().query(AutotaskEntity.CONTRACTS, Query.all()))
                    .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("does not fit its record");
            assertThat(autotask.requests("POST", "Contracts/query/next")).isEmpty();
        }

        @Test
        void aPageWithoutItemsIsAProtocolError() {
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok("{\"pageDetails\":{}}"));

            assertThatThrownBy(() -> autotask.client().query(AutotaskEntity.CONTRACTS, Query.all()))
                    .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("POST Contracts/query");
        }
    }

    @Nested
    class LongInLists {

        @Test
        void anInListLongerThanOneQueryAllowsIsSentAsSeveralQueriesAndMerged() {
            List<Long> ids = LongStream.rangeClosed(1, 1100).boxed().toList();
            autotask.handle("POST", "ContractServices/query", request -> {
                // Answers with one contract service per contract id asked for, plus id 7 every time.
                StringBuilder items = new StringBuilder();
                JsonNode asked = body(request).path("filter").get(0).path("value");
                items.append("{\"id\":7,\"contractID\":7,\"serviceID\":1}");
                for (JsonNode id : asked) {
                    items.append(",{\"id\":").append(100000 + id.asLong()).append(",\"contractID\":").append(id.asLong())
                            .append(",\"serviceID\":1}");
                }
                return Fixtures.ok("{\"items\":[" + items + "],\"pageDetails\":{\"count\":0,\"nextPageUrl\":null}}");
            });

            List<ContractService> services = autotask.client().contractServicesOfContracts(ids);

            List<RecordedRequest> queries = autotask.requests("POST", "ContractServices/query");
            assertThat(queries).hasSize(3);
            assertThat(queries).allSatisfy(q -> {
                JsonNode in = body(q).path("filter").get(0);
                assertThat(in.path("op").asText()).isEqualTo("in");
                assertThat(in.path("field").asText()).isEqualTo("contractID");
                assertThat(in.path("value").size()).isLessThanOrEqualTo(Query.MAX_IN_VALUES);
                assertThat(body(q).path("maxRecords").asInt()).isEqualTo(500);
            });
            assertThat(services).hasSize(1101);
            assertThat(services).filteredOn(s -> s.id() == 7).hasSize(1);
        }

        @Test
        void countAddsUpTheParts() {
            autotask.handle("POST", "Contracts/query/count", request -> Fixtures.ok(
                    "{\"queryCount\":" + body(request).path("filter").get(0).path("value").size() + "}"));

            long count = autotask.client().count(AutotaskEntity.CONTRACTS,
                    Query.where(Filter.in("id", LongStream.rangeClosed(1, 1201).boxed().toList())));

            assertThat(count).isEqualTo(1201);
            assertThat(autotask.requests("POST", "Contracts/query/count")).hasSize(3);
        }
    }

    @Nested
    class CountAndGet {

        @Test
        void countPostsTheFilterToQueryCount() {
            autotask.enqueue("POST", "Companies/query/count", Fixtures.okFixture("count.json"));

            long count = autotask.client().count(AutotaskEntity.COMPANIES, Query.where(Filter.eq("isActive", true)));

            assertThat(count).isEqualTo(1);
            assertThat(body(autotask.requests("POST", "Companies/query/count").get(0))).isEqualTo(
                    Fixtures.parse("{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true}]}"));
        }

        @Test
        void getReadsTheItemById() {
            autotask.enqueue("GET", "Contracts/29684183", Fixtures.okFixture("contract-item.json"));

            Contract contract = autotask.client().get(AutotaskEntity.CONTRACTS, 29684183).orElseThrow();

            assertThat(contract.contractName()).isEqualTo("Upstate Document Providers - Hosted SaaS");
            assertThat(contract.isRecurringService()).isTrue();
        }

        @Test
        void getOfAMissingIdIsEmpty() {
            autotask.enqueue("GET", "Contracts/5", Fixtures.status(404, "{\"errors\":[\"not found\"]}"));

            assertThat(autotask.client().get(AutotaskEntity.CONTRACTS, 5)).isEmpty();
        }

        @Test
        void getWithANullItemIsEmpty() {
            autotask.enqueue("GET", "Companies/5", Fixtures.ok("{\"item\":null}"));

            assertThat(autotask.client().get(AutotaskEntity.COMPANIES, 5)).isEmpty();
        }
    }

    @Test
    void emptyIdListsMakeNoCall() {
        AutotaskClient client = autotask.client();

        assertThat(client.contractsByIds(List.of())).isEmpty();
        assertThat(client.contractServiceUnits(List.of(), java.time.LocalDate.of(2024, 5, 1))).isEmpty();
        assertThat(autotask.requests()).isEmpty();
        assertThat(client.callCount()).isZero();
    }

    @Test
    void idsOutOfRangeAreRefusedBeforeAnyCall() {
        // A company id may be 0 (Autotask's owner company, the MSP's own); every other id is positive.
        assertThatThrownBy(() -> autotask.client().companiesByIds(List.of(1L, -1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids").hasMessageContaining("0 or more");
        assertThatThrownBy(() -> autotask.client().contractsByIds(List.of(1L, 0L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids").hasMessageContaining("positive");
        assertThatThrownBy(() -> autotask.client().contractsOfCompanies(List.of(-1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("companyIds");
        assertThat(autotask.requests()).isEmpty();
    }
}
