package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.SettingsKeys;

class CompaniesValidationTest {

    private final FakePorts ports = new FakePorts();

    CompaniesValidationTest() {
        // Kaspersky lists every customer these tests map, so the panel shows each row (see CustomersNotListed).
        // " INV-A" and "INV-A" too: a source that lists ids differing only in case or spaces is what makes
        // two such rows bill one customer twice.
        for (String customer : new String[] {"vs-1", "vs-2", "vs-3", "12", "inv-a", "INV-A", " INV-A", "inv-b",
                "inv-contoso"}) {
            ports.customer(customer, "Customer " + customer);
        }
        ports.directory
                .company(0, "Bluewave IT Services", true)
                .company(174, "Contoso Ltd", true)
                .company(175, "Fabrikam, Inc.", true)
                .company(176, "Northwind Traders", false)
                .contract(5001, 174, "Contoso Managed Security 2026", true, true, "2026-01-01", "2026-12-31")
                .contract(5002, 175, "Fabrikam Recurring", true, true, "2026-01-01", "2026-12-31")
                .contract(5003, 174, "Contoso Projects", false, true, "2026-01-01", "2026-12-31")
                .contract(5004, 174, "Contoso Managed Security 2025", true, true, "2025-01-01", "2025-12-31")
                .contract(5005, 174, "Contoso Paused", true, false, "2026-01-01", "2026-12-31")
                .contract(5006, 174, "Contoso Ends Today", true, true, "2025-06-16", "2026-06-15")
                .contract(5007, 0, "Bluewave Internal Security", true, true, "2026-01-01", "2026-12-31");
    }

    private static TableValue row(TableValue table, String customer, String company, String billing, String contract) {
        return table.with(customer, "company", company).with(customer, "billing", billing)
                .with(customer, "contract", contract);
    }

    private ValidationResult validate(TableValue table) {
        return validate(Contexts.of(SettingsValues.empty().withTable(SettingsKeys.COMPANIES, table)));
    }

    private ValidationResult validate(HostContext context) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports).validate(SettingsKeys.COMPANIES_PANEL, context);
    }

    private static FieldPath cell(String row, String column) {
        return FieldPath.cell(SettingsKeys.COMPANIES, row, column);
    }

    private static ValidationMessage onlyError(ValidationResult result) {
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @Nested
    class EachSolutionHasItsOwnTable {

        private HostContext businessHub(TableValue securityCenter, TableValue businessHub) {
            return Contexts.of(SettingsValues.empty().with(SettingsKeys.KASPERSKY_SOLUTION, "kbh")
                    .withTable(SettingsKeys.COMPANIES, securityCenter)
                    .withTable(SettingsKeys.BUSINESS_HUB_COMPANIES, businessHub));
        }

        @Test
        void aContractMappedUnderTheOtherSolutionIsNotDoubleBilling() {
            HostContext context = businessHub(row(TableValue.empty(), "12", "174", "true", "5001"),
                    row(TableValue.empty(), "inv-contoso", "174", "true", "5001"));

            assertThat(validate(context).messages()).isEmpty();
        }

        @Test
        void problemsAreReportedOnTheTableOfTheSolutionChosen() {
            TableValue twice = row(row(TableValue.empty(), "inv-a", "174", "true", "5001"), "INV-A", "174", "true", "5001");

            ValidationResult result = validate(businessHub(TableValue.empty(), twice));

            assertThat(result.errors()).hasSize(2).allSatisfy(m -> {
                assertThat(m.path().fieldKey()).isEqualTo(SettingsKeys.BUSINESS_HUB_COMPANIES);
                assertThat(m.text()).contains("name one Kaspersky customer");
            });
        }
    }

    @Nested
    class Accepts {

        @Test
        void customersOnTheirOwnBillableContractsWithOneReadOfCompaniesAndOneOfContracts() {
            TableValue table = row(TableValue.empty(), "vs-1", "174", "true", "5001");
            table = row(table, "vs-2", "175", "true", "5002");

            assertThat(validate(table).messages()).isEmpty();
            assertThat(ports.directory.calls).containsExactly("companies[174, 175]", "contracts[5001, 5002]");
        }

        @Test
        void severalCustomersOnOneContractWithBillingOnOrOffBecauseTheirUsageIsSummed() {
            TableValue table = row(TableValue.empty(), "vs-1", "174", "true", "5001");
            table = row(table, "vs-2", "174", "false", "5001");
            table = row(table, "vs-4", "174", "true", "5001");
            table = row(table, "vs-3", "175", "true", "5002");

            assertThat(validate(table).messages()).isEmpty();
        }

        @Test
        void theMspsOwnCompanyWhoseAutotaskIdIsZeroWithBillingOffOrOnItsContract() {
            TableValue table = row(TableValue.empty(), "vs-1", "0", "false", "");
            table = row(table, "vs-2", "0", "true", "5007");

            assertThat(validate(table).messages()).isEmpty();
            assertThat(ports.directory.calls).containsExactly("companies[0]", "contracts[5007]");
        }

        @Test
        void aCompanyWithBillingOffAndNoContractYet() {
            assertThat(validate(row(TableValue.empty(), "vs-1", "174", "false", "")).messages()).isEmpty();
        }

        @Test
        void aContractWithoutEndDate() {
            ports.directory.contract(5011, 174, "Contoso Evergreen", true, true, "2024-01-01", null);

            assertThat(validate(row(TableValue.empty(), "vs-1", "174", "true", "5011")).messages()).isEmpty();
        }

        @Test
        void aContractWhoseLastDayIsToday() {
            assertThat(validate(row(TableValue.empty(), "vs-1", "174", "true", "5006")).messages()).isEmpty();
        }

        @Test
        void anEmptyTableWithoutAskingAutotask() {
            TableValue unmapped = TableValue.empty().with("vs-1", "billing", "false");

            assertThat(validate(unmapped).messages()).isEmpty();
            assertThat(ports.built).isEmpty();
        }
    }

    @Nested
    class NamesEachCustomerAsThePanelShowsIt {

        @Test
        void byItsDisplayNameWithItsIdInBrackets() {
            ports.customer("15", "AdventureWorks");

            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "15", "174", "true", "")));

            assertThat(error.text()).isEqualTo("AdventureWorks (15): billing is on but no contract is chosen: choose the "
                    + "company's Recurring Service contract, or switch billing off.");
            assertThat(ports.built).as("Kaspersky is asked once, for the names and the rows it lists")
                    .containsOnlyOnce("usageSource");
        }

        @Test
        void alsoOutsideTheVirtualServerScopeWhereTheRowIsNotShown() {
            ports.outsideScope.add(new net.mspbridge.integration.kaspersky.KasperskyCustomer("17", "Woodgrove Bank"));

            ValidationResult result = validate(row(TableValue.empty(), "17", "174", "true", ""));

            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.text())
                    .startsWith("Woodgrove Bank (17): billing is on but no contract is chosen")
                    .contains("Kaspersky does not list this customer now"));
        }

        @Test
        void byItsIdWhenKasperskyCannotListItsCustomers() {
            ports.customer("15", "AdventureWorks");
            ports.customersFailure = () -> new net.mspbridge.api.ServiceUnavailableException("Kaspersky Security Center",
                    "Kaspersky Security Center at ksc.example.com:13299 did not answer");

            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "15", "174", "true", "")));

            assertThat(error.text()).isEqualTo("Kaspersky customer 15: billing is on but no contract is chosen: choose the "
                    + "company's Recurring Service contract, or switch billing off.");
        }

        @Test
        void withoutAskingKasperskyWhenNothingIsWrong() {
            validate(row(TableValue.empty(), "vs-1", "174", "true", "5001"));

            assertThat(ports.built).doesNotContain("usageSource");
        }
    }

    @Nested
    class RefusesWithAnError {

        @Test
        void billingOnWithoutAContract() {
            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "174", "true", "")));

            assertThat(error.path()).isEqualTo(cell("vs-1", "contract"));
            assertThat(error.text()).isEqualTo("Customer vs-1 (vs-1): billing is on but no contract is chosen: "
                    + "choose the company's Recurring Service contract, or switch billing off.");
        }

        @Test
        void billingOnWithoutACompany() {
            ValidationResult result = validate(TableValue.empty().with("vs-1", "billing", "true"));

            assertThat(result.errors()).extracting(ValidationMessage::path)
                    .containsExactly(cell("vs-1", "company"), cell("vs-1", "contract"));
        }

        @Test
        void aContractWithoutACompany() {
            ValidationResult result = validate(row(TableValue.empty(), "vs-1", "", "false", "5001"));

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(cell("vs-1", "company"));
        }

        @Test
        void aContractOfAnotherCompany() {
            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "175", "true", "5001")));

            assertThat(error.path()).isEqualTo(cell("vs-1", "contract"));
            assertThat(error.text()).contains("contract \"Contoso Managed Security 2026\" belongs to another Autotask "
                    + "company, not to \"Fabrikam, Inc.\"");
        }

        @Test
        void aContractThatIsNotRecurringService() {
            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "174", "true", "5003")));

            assertThat(error.text()).contains("\"Contoso Projects\" is a Time and Materials contract")
                    .contains("only be billed to a Recurring Service contract");
        }

        @Test
        void anInactiveContract() {
            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "174", "true", "5005")));

            assertThat(error.text()).contains("\"Contoso Paused\" is inactive");
        }

        @Test
        void aContractNotInForceOnTheHostsToday() {
            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "174", "true", "5004")));

            assertThat(error.text()).isEqualTo("Customer vs-1 (vs-1): contract \"Contoso Managed Security 2025\" runs "
                    + "from 2025-01-01 to 2025-12-31, which does not include today (2026-06-15): choose a contract in "
                    + "force today, or change its dates in Autotask.");
        }

        @Test
        void aContractThatStartsAfterTodayEvenWithAnOpenEnd() {
            ports.directory.contract(5010, 174, "Contoso Next Year", true, true, "2027-01-01", null);

            ValidationMessage error = onlyError(validate(row(TableValue.empty(), "vs-1", "174", "true", "5010")));

            assertThat(error.text()).contains("runs from 2027-01-01, which does not include today (2026-06-15)");
        }

        @Test
        void todayIsTheHostClocksNotTheSystems() {
            Clock lastYear = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
            SettingsValues values = SettingsValues.empty()
                    .withTable(SettingsKeys.COMPANIES, row(TableValue.empty(), "vs-1", "174", "true", "5004"));

            ValidationResult result = validate(new HostContext(values, Contexts.SECRETS, lastYear,
                    net.mspbridge.api.host.PluginStore.inMemory(), Optional.empty()));

            assertThat(result.messages()).isEmpty();
        }

        @Test
        void aCustomerOfAnotherCompanyOnASharedContractOnlyOnItsOwnRow() {
            TableValue table = row(TableValue.empty(), "vs-1", "174", "true", "5001");
            table = row(table, "vs-2", "175", "true", "5001");

            ValidationResult result = validate(table);

            assertThat(onlyError(result).path()).isEqualTo(cell("vs-2", "contract"));
            assertThat(onlyError(result).text()).contains("belongs to another Autotask company");
        }

        @Test
        void oneCustomerInTwoRowsOnBothRowsBecauseItsUsageWouldBeBilledTwice() {
            TableValue table = row(TableValue.empty(), "inv-a", "174", "true", "5001");
            table = row(table, " INV-A", "175", "true", "5002");
            table = row(table, "inv-b", "174", "true", "5001");

            ValidationResult result = validate(table);

            assertThat(result.errors()).extracting(ValidationMessage::path)
                    .containsExactly(cell(" INV-A", "company"), cell("inv-a", "company"));
            assertThat(result.errors().get(0).text()).isEqualTo("Rows \" INV-A\", \"inv-a\" name one Kaspersky "
                    + "customer: its usage would be billed once per row, so twice or more. Keep one of these rows and "
                    + "remove the others.");
        }

        @Test
        void aCollisionWithARowOfACustomerNotListedIsAWarningSinceThePageCannotFixIt() {
            // "INV-B" is stored but Kaspersky does not list it: its row is not shown and bills nothing.
            TableValue table = row(TableValue.empty(), "inv-b", "174", "true", "5001");
            table = row(table, "INV-B", "174", "true", "5001");

            ValidationResult result = validate(table);

            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).extracting(ValidationMessage::path)
                    .containsExactlyInAnyOrder(cell("INV-B", "company"), cell("inv-b", "company"));
        }

        @Test
        void aCompanyAutotaskDoesNotHaveOrThatIsInactiveAndAContractItDoesNotHave() {
            TableValue table = row(TableValue.empty(), "vs-1", "999", "false", "");
            table = row(table, "vs-2", "176", "false", "");
            table = row(table, "vs-3", "174", "true", "9999");

            ValidationResult result = validate(table);

            assertThat(result.errors()).extracting(ValidationMessage::text).containsExactly(
                    "Customer vs-1 (vs-1): Autotask has no company with id 999: choose another company.",
                    "Customer vs-2 (vs-2): the Autotask company \"Northwind Traders\" is inactive: choose an active "
                            + "company.",
                    "Customer vs-3 (vs-3): Autotask has no contract with id 9999: choose another contract.");
        }

        @Test
        void aNegativeCompanyIdOrAContractIdOfZero() {
            TableValue table = row(TableValue.empty(), "vs-1", "-1", "false", "");
            table = row(table, "vs-2", "174", "true", "0");

            assertThat(validate(table).errors()).extracting(ValidationMessage::path)
                    .containsExactlyInAnyOrder(cell("vs-1", "company"), cell("vs-2", "contract"));
        }

        @Test
        void valuesThatAreNoIdsOrSwitchesWithoutAskingAutotaskAboutThem() {
            TableValue table = row(TableValue.empty(), "vs-1", "Contoso", "maybe", "5001")
                    .with("vs-2", "notes", "x");

            ValidationResult result = validate(table);

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactlyInAnyOrder(
                    cell("vs-1", "billing"), cell("vs-1", "company"), cell("vs-2", "notes"));
            assertThat(ports.directory.calls).isEmpty();
        }
    }

    @Nested
    class WhenAutotaskIsUnreachable {

        @Test
        void oneErrorSaysNothingWasSavedWhileLocalProblemsAreStillListed() {
            ports.directory.unreachable();
            TableValue table = row(TableValue.empty(), "vs-1", "174", "true", "5001");
            table = row(table, "vs-2", "175", "true", "5001");
            table = row(table, "vs-3", "175", "true", "");

            ValidationResult result = validate(table);

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(
                    cell("vs-3", "contract"), FieldPath.panel(), cell("vs-1", "contract"), cell("vs-2", "contract"));
            assertThat(result.errors().get(1).text()).startsWith("Autotask could not be reached, so nothing was saved");
            assertThat(result.errors().get(2).text()).isEqualTo("Customer vs-1 (vs-1) under company 174, Customer vs-2 "
                    + "(vs-2) under company 175 are mapped to contract 5001 under different Autotask companies, but a contract belongs to one "
                    + "company: choose each customer's own company and one of its contracts.");
        }
    }
}
