package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.SettingsKeys;

class OptionSourcesTest {

    private final FakePorts ports = new FakePorts();

    private List<Option> options(String source, Map<String, String> parameters) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .options(new OptionsRequest(source, parameters), Contexts.of(Contexts.CONNECTION));
    }

    @Nested
    class Services {

        @Test
        void areTheActiveServicesByNameLabelledWithUnitPriceAndPeriod() {
            ports.directory
                    .service(102, "Kaspersky server protection", true, "12", "Monthly")
                    .service(101, "antivirus workstation", true, "4.5", "Monthly")
                    .service(103, "Legacy AV", false, "1.00", "Monthly")
                    .service(104, "Endpoint Detection and Response", true, "7.125", "Yearly");

            List<Option> options = options(SettingsKeys.SERVICES_SOURCE, Map.of());

            assertThat(options).extracting(o -> o.id() + " " + o.label()).containsExactly(
                    "101 antivirus workstation (4.50 / Monthly)",
                    "104 Endpoint Detection and Response (7.125 / Yearly)",
                    "102 Kaspersky server protection (12.00 / Monthly)");
            assertThat(ports.directory.calls).containsExactly("activeServices");
        }

        @ParameterizedTest
        @CsvSource(value = {
                "4.5, Monthly, Seat (4.50 / Monthly)",
                "0, Monthly, Seat (0.00 / Monthly)",
                "1E+3, Quarterly, Seat (1000.00 / Quarterly)",
                "3.9900, '', Seat (3.99)",
                "NONE, Yearly, Seat (Yearly)",
                "NONE, '', Seat"}, nullValues = "NONE")
        void labelLeavesOutWhatAutotaskHasNoValueFor(String price, String period, String label) {
            AutotaskDirectory.Service service = new AutotaskDirectory.Service(1, "Seat", true,
                    Optional.ofNullable(price).map(BigDecimal::new), period);

            assertThat(OptionLabels.service(service).label()).isEqualTo(label);
        }
    }

    @Test
    void companiesAreTheActiveOnesByName() {
        ports.directory.company(2, "fabrikam", true).company(1, "Contoso Ltd", true).company(3, "Adatum", false);

        assertThat(options(SettingsKeys.COMPANIES_SOURCE, Map.of()))
                .extracting(o -> o.id() + " " + o.label()).containsExactly("1 Contoso Ltd", "2 fabrikam");
    }

    @Nested
    class Contracts {

        @Test
        void areOnlyTheRowCompanysActiveRecurringServiceContractsInForceToday() {
            ports.directory
                    .contract(5001, 174, "Managed Security 2026", true, true, "2026-01-01", "2026-12-31")
                    .contract(5002, 174, "Projects", false, true, "2026-01-01", "2026-12-31")
                    .contract(5003, 174, "Managed Security 2025", true, true, "2025-01-01", "2025-12-31")
                    .contract(5004, 174, "Paused", true, false, "2026-01-01", "2026-12-31")
                    .contract(5005, 174, "Backup 2026", true, true, "2026-06-15", "2027-06-14")
                    .contract(5006, 175, "Other company", true, true, "2026-01-01", "2026-12-31")
                    .contract(5007, 174, "Evergreen", true, true, "2024-01-01", null);

            List<Option> options = options(SettingsKeys.CONTRACTS_SOURCE, Map.of(SettingsKeys.COMPANY_COLUMN, "174"));

            assertThat(options).extracting(Option::id, Option::label, Option::description).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("5005", "Backup 2026 (from 2026-06-15 to 2027-06-14)",
                            "Recurring Service"),
                    org.assertj.core.groups.Tuple.tuple("5007", "Evergreen (from 2024-01-01)", "Recurring Service"),
                    org.assertj.core.groups.Tuple.tuple("5001", "Managed Security 2026 (from 2026-01-01 to 2026-12-31)",
                            "Recurring Service"));
            assertThat(ports.directory.calls).containsExactly("contractsOf(174)");
        }

        @Test
        void ofTheMspsOwnCompanyWhoseAutotaskIdIsZeroAreOffered() {
            ports.directory.contract(5008, 0, "Internal Security", true, true, "2026-01-01", "2026-12-31");

            assertThat(options(SettingsKeys.CONTRACTS_SOURCE, Map.of(SettingsKeys.COMPANY_COLUMN, "0")))
                    .extracting(Option::id).containsExactly("5008");
            assertThat(ports.directory.calls).containsExactly("contractsOf(0)");
        }

        @Test
        void areNoneUntilACompanyIsChosenWithoutAskingAutotask() {
            assertThat(options(SettingsKeys.CONTRACTS_SOURCE, Map.of(SettingsKeys.COMPANY_COLUMN, ""))).isEmpty();
            assertThat(ports.built).isEmpty();
        }

        @Test
        void aCompanyThatIsNoIdIsRefused() {
            assertThatThrownBy(() -> options(SettingsKeys.CONTRACTS_SOURCE, Map.of(SettingsKeys.COMPANY_COLUMN, "Contoso")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("\"Contoso\", which is not an Autotask company id");
        }
    }

    @Test
    void anUnreachableAutotaskIsReportedToTheHostAsUnavailable() {
        ports.directory.unreachable();

        assertThatThrownBy(() -> options(SettingsKeys.SERVICES_SOURCE, Map.of()))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("Could not connect");
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> options("autotask.tickets", Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no option source \"autotask.tickets\"")
                .hasMessageContaining(SettingsKeys.CONTRACTS_SOURCE);
    }
}
