package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.RecordedRequest;

class EntitiesTest {

    private final AutotaskStub autotask = new AutotaskStub()
            .always("GET", "Contracts/entityInformation/fields", Fixtures.okFixture("contracts-fields.json"))
            .always("GET", "Services/entityInformation/fields", Fixtures.okFixture("services-fields.json"));

    @AfterEach
    void stop() {
        autotask.close();
    }

    private static JsonNode body(RecordedRequest request) {
        return Fixtures.parse(request.getBody().utf8());
    }

    @Nested
    class Decoding {

        @Test
        void contractsComeWithTypeAndStatusLabelsAndCalendarDates() {
            autotask.enqueue("POST", "Contracts/query", Fixtures.okFixture("contracts-page.json"));

            Contract contract = autotask.client().contractsByIds(List.of(29684183L)).get(0);

            assertThat(contract).isEqualTo(new Contract(29684183, 174, "Upstate Document Providers - Hosted SaaS",
                    "2343451", 7, "Recurring Service", 1, "Active", LocalDate.of(2020, 2, 23),
                    LocalDate.of(2020, 2, 23)));
            assertThat(contract.isRecurringService()).isTrue();
            assertThat(contract.isActive()).isTrue();
        }

        @Test
        void companiesIgnoreUnknownAndOddlyTypedFields() {
            autotask.enqueue("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

            List<Company> companies = autotask.client().companiesByIds(List.of(174L));

            assertThat(companies).containsExactly(new Company(174, "Autotask Corporation", "289843", 7, true, 1L));
        }

        @Test
        void currenciesAreReadByIdWithTheirCode() {
            autotask.enqueue("POST", "Currencies/query", Fixtures.okFixture("currencies-page.json"));

            List<Currency> currencies = autotask.client().currenciesByIds(List.of(2L, 2L));

            assertThat(currencies).containsExactly(new Currency(2, "EUR", "Euro", true, false));
            assertThat(body(autotask.requests("POST", "Currencies/query").get(0)).path("filter").get(0).path("op").asText())
                    .isEqualTo("in");
        }

        @Test
        void servicesCarryPriceAndPeriodLabel() {
            autotask.enqueue("POST", "Services/query", Fixtures.okFixture("services-page.json"));

            List<Service> services = autotask.client().servicesByIds(List.of(29683812L, 29683813L));

            assertThat(services).extracting(Service::label).containsExactly(
                    "Kaspersky EDR Workstation (4.50 / Monthly)", "Kaspersky EDR Server (12.00 / Yearly)");
            assertThat(services.get(0).unitPrice()).isEqualByComparingTo("4.5");
            assertThat(services.get(0).periodType()).isEqualTo(1);
            assertThat(services.get(0).active()).isTrue();
        }

        @Test
        void unitsRowsCarryPeriodUnitsAndPostingDate() {
            autotask.enqueue("POST", "ContractServiceUnits/query",
                    Fixtures.okFixture("contract-service-units-page.json"));

            List<ContractServiceUnit> rows = autotask.client().contractServiceUnits(List.of(29684183L),
                    LocalDate.of(2024, 4, 15));

            assertThat(rows).containsExactly(
                    new ContractServiceUnit(41000311, 29684183, 30010021, 29683812, LocalDate.of(2024, 4, 1),
                            LocalDate.of(2024, 4, 30), 20, new BigDecimal("85.0"), new BigDecimal("42.0"),
                            LocalDate.of(2024, 5, 2)),
                    new ContractServiceUnit(41000312, 29684183, 30010021, 29683812, LocalDate.of(2024, 5, 1),
                            LocalDate.of(2024, 5, 31), 25, new BigDecimal("106.25"), new BigDecimal("52.5"), null));
            assertThat(rows.get(0).covers(LocalDate.of(2024, 4, 30))).isTrue();
            assertThat(rows.get(0).covers(LocalDate.of(2024, 5, 1))).isFalse();
        }

        @Test
        void contractServicesCarryTheContractsPrice() {
            autotask.enqueue("POST", "ContractServices/query", Fixtures.okFixture("contract-services-page.json"));

            assertThat(autotask.client().contractServicesOfContracts(List.of(29684183L))).containsExactly(
                    new ContractService(30010021, 29684183, 29683812, new BigDecimal("4.25"), new BigDecimal("2.1"),
                            "Kaspersky EDR Optimized - workstation"));
        }

        @Test
        void anUnreadableDateIsAProtocolErrorNamingTheEntity() {
            autotask.enqueue("POST", "ContractServiceUnits/query", Fixtures.ok(
                    "{\"items\":[{\"id\":1,\"startDate\":\"01/05/2024\"}],\"pageDetails\":{\"nextPageUrl\":null}}"));

            assertThatThrownBy(() -> autotask.client().contractServiceUnits(List.of(1L), LocalDate.of(2024, 5, 1)))
                    .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("ContractServiceUnits");
        }
    }

    @Nested
    class Picklists {

        @Test
        void resolvesLabelsWithoutHardCodedNumbers() {
            Picklist types = autotask.client().picklist("Contracts", "contractType");

            assertThat(types.byLabel("recurring service").value()).isEqualTo("7");
            assertThat(types.byLabel("Recurring Service").intValue()).isEqualTo(7);
            assertThat(types.labelOf(3)).isEqualTo("Fixed Price");
            assertThat(types.labelOf(99)).isEqualTo("99");
            assertThat(autotask.client().picklist("Contracts", "STATUS").byLabel("Active").value()).isEqualTo("1");
        }

        @Test
        void anUnknownLabelListsWhatAutotaskOffers() {
            Picklist status = autotask.client().picklist("Contracts", "status");

            assertThatThrownBy(() -> status.byLabel("Expired")).isInstanceOf(AutotaskPicklistException.class)
                    .hasMessageContaining("'Expired'").hasMessageContaining("'Inactive', 'Active'");
        }

        @Test
        void aFieldThatIsNoPicklistIsReported() {
            assertThatThrownBy(() -> autotask.client().picklist("Contracts", "contractName"))
                    .isInstanceOf(AutotaskPicklistException.class).hasMessageContaining("Contracts.contractName");
        }

        @Test
        void fieldsAreReadOncePerEntityAndClient() {
            autotask.always("POST", "Contracts/query", Fixtures.okFixture("contracts-page.json"));
            AutotaskClient client = autotask.client();

            client.contractsByIds(List.of(1L));
            client.contractsOfCompanies(List.of(174L));
            client.picklist("Contracts", "status");

            assertThat(autotask.requests("GET", "Contracts/entityInformation/fields")).hasSize(1);
        }

        @Test
        void aValueMissingFromThePicklistShowsAsItsNumber() {
            autotask.enqueue("POST", "Contracts/query", Fixtures.ok(Fixtures.contractsPage(List.of(1L), null)
                    .replace("\"contractType\":7", "\"contractType\":12")));

            Contract contract = autotask.client().contractsByIds(List.of(1L)).get(0);

            assertThat(contract.contractTypeLabel()).isEqualTo("12");
            assertThat(contract.isRecurringService()).isFalse();
        }
    }

    @Nested
    class Operations {

        @Test
        void activeServicesAskForActiveOnesAndSortByName() {
            autotask.enqueue("POST", "Services/query", Fixtures.ok(Fixtures.text("services-page.json")
                    .replace("\"Kaspersky EDR Server\"", "\"avast Server\"")));

            List<Service> services = autotask.client().activeServices();

            assertThat(services).extracting(Service::name).containsExactly("avast Server", "Kaspersky EDR Workstation");
            assertThat(body(autotask.requests("POST", "Services/query").get(0))).isEqualTo(Fixtures.parse(
                    "{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true}],\"maxRecords\":500}"));
        }

        @Test
        void activeCompaniesAskForActiveOnes() {
            autotask.enqueue("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

            assertThat(autotask.client().activeCompanies()).extracting(Company::companyName)
                    .containsExactly("Autotask Corporation");
            assertThat(body(autotask.requests("POST", "Companies/query").get(0)).path("filter").get(0))
                    .isEqualTo(Fixtures.parse("{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true}"));
        }

        @Test
        void contractsOfCompaniesAreOneBatchedQuery() {
            autotask.enqueue("POST", "Contracts/query", Fixtures.okFixture("contracts-page.json"));

            autotask.client().contractsOfCompanies(List.of(174L, 175L, 174L));

            assertThat(body(autotask.requests("POST", "Contracts/query").get(0))).isEqualTo(Fixtures.parse(
                    "{\"filter\":[{\"op\":\"in\",\"field\":\"companyID\",\"value\":[174,175]}],\"maxRecords\":500}"));
        }

        @Test
        void unitsAreReadByContractBatchAndEndDate() {
            autotask.enqueue("POST", "ContractServiceUnits/query", Fixtures.okFixture("empty-page.json"));

            autotask.client().contractServiceUnits(List.of(29684183L, 29684184L), LocalDate.of(2024, 5, 1));

            assertThat(body(autotask.requests("POST", "ContractServiceUnits/query").get(0))).isEqualTo(Fixtures.parse(
                    "{\"filter\":[{\"op\":\"in\",\"field\":\"contractID\",\"value\":[29684183,29684184]},"
                            + "{\"op\":\"gte\",\"field\":\"endDate\",\"value\":\"2024-05-01T00:00:00.000\"}],"
                            + "\"maxRecords\":500}"));
        }

        @Test
        void createAdjustmentPostsTheWireFormatAndReturnsTheItemId() {
            autotask.enqueue("POST", "ContractServiceAdjustments", Fixtures.okFixture("create-result.json"));

            long id = autotask.client().createAdjustment(new ContractServiceAdjustment(29684183, 29683812,
                    LocalDate.of(2024, 5, 1), -3, new BigDecimal("4.25")));

            assertThat(id).isEqualTo(128926);
            assertThat(body(autotask.requests("POST", "ContractServiceAdjustments").get(0))).isEqualTo(Fixtures.parse(
                    "{\"contractID\":29684183,\"serviceID\":29683812,\"effectiveDate\":\"2024-05-01T00:00:00.000\","
                            + "\"unitChange\":-3,\"adjustedUnitPrice\":4.25}"));
        }

        @Test
        void createWithoutPriceLeavesThePriceToAutotask() {
            autotask.enqueue("POST", "ContractServiceAdjustments", Fixtures.ok("{\"itemId\":\"77\"}"));

            long id = autotask.client().createAdjustment(
                    new ContractServiceAdjustment(1, 2, LocalDate.of(2024, 5, 1), 4, null));

            assertThat(id).isEqualTo(77);
            assertThat(body(autotask.requests("POST", "ContractServiceAdjustments").get(0)).has("adjustedUnitPrice"))
                    .isFalse();
        }

        @Test
        void everyCallCarriesTheAuthenticationHeaders() {
            autotask.enqueue("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));
            AutotaskClient client = autotask.client(autotask.configBuilder(Fixtures.fastOptions().build())
                    .impersonationResourceId(29682885).build(), b -> { });

            client.companiesByIds(List.of(174L));

            assertThat(autotask.requests()).hasSize(2).allSatisfy(r -> {
                assertThat(r.getHeaders().get("ApiIntegrationCode")).isEqualTo(AutotaskStub.CODE);
                assertThat(r.getHeaders().get("UserName")).isEqualTo(AutotaskStub.USER);
                assertThat(r.getHeaders().get("Secret")).isEqualTo(AutotaskStub.SECRET);
                assertThat(r.getHeaders().get("ImpersonationResourceId")).isEqualTo("29682885");
                assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
            });
        }

        @Test
        void callsAreCountedByEndpoint() {
            autotask.enqueue("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));
            autotask.enqueue("POST", "Contracts/query", Fixtures.okFixture("contracts-page.json"));
            AutotaskClient client = autotask.client();

            client.companiesByIds(List.of(174L));
            client.contractsByIds(List.of(29684183L));

            assertThat(client.callCount()).isEqualTo(4);
            assertThat(client.callCounts()).containsExactly(
                    java.util.Map.entry("Companies", 1L), java.util.Map.entry("Contracts", 2L),
                    java.util.Map.entry("ThresholdInformation", 1L));
        }

        @Test
        void aClosedClientRefusesCalls() {
            AutotaskClient client = autotask.client();
            client.close();

            assertThatThrownBy(() -> client.activeServices()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }

        @Test
        void anAdjustmentOfZeroUnitsIsRefused() {
            assertThatThrownBy(() -> new ContractServiceAdjustment(1, 2, LocalDate.of(2024, 5, 1), 0, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 units");
        }
    }
}
