package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * The plugin's Autotask client against the Autotask sandbox the demo host runs: the same stand-in of
 * Autotask's REST wire format on both sides, so the client's reads (picklist labels, query paging,
 * date and id fields) and its create are checked against the sandbox's strict reading of the
 * documented API, not only against canned answers ({@link AutotaskStub}).
 */
class AutotaskSandboxTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final Sandboxes sandboxes = Sandboxes.start(SandboxConfig.builder().clock(CLOCK).build());
    private final AutotaskClient client = client(sandboxes);

    @AfterEach
    void stop() {
        try {
            client.close();
        } finally {
            sandboxes.close();
        }
    }

    private static AutotaskClient client(Sandboxes sandboxes) {
        AutotaskCredentials credentials = sandboxes.autotask().credentials();
        AutotaskConfig config = AutotaskConfig.builder(credentials.userName(), credentials.secret(), credentials.integrationCode())
                .baseUrlOverride(sandboxes.autotask().baseUrl())
                .options(Fixtures.fastOptions().build())
                .build();
        return new DefaultAutotaskClientFactory(builder -> { }).create(config);
    }

    @Test
    void readsTheDemoContractWithItsLabelsAndServices() {
        List<Contract> contracts = client.contractsOfCompanies(List.of(DemoData.CONTOSO));

        assertThat(contracts).filteredOn(c -> c.id() == DemoData.CONTOSO_CONTRACT).singleElement()
                .satisfies(contract -> {
                    assertThat(contract.companyId()).isEqualTo(DemoData.CONTOSO);
                    assertThat(contract.isRecurringService()).isTrue();
                    assertThat(contract.isActive()).isTrue();
                });
        assertThat(client.contractServicesOfContracts(List.of(DemoData.CONTOSO_CONTRACT)))
                .extracting(ContractService::serviceId).contains(DemoData.EDR_WORKSTATION);
    }

    @Test
    void readsEachServicesPeriodLabelAsAutotasksPicklistGivesIt() {
        List<Service> services = client.servicesByIds(List.of(DemoData.EDR_WORKSTATION, DemoData.EDR_WORKSTATION_ANNUAL));

        assertThat(services).filteredOn(s -> s.id() == DemoData.EDR_WORKSTATION_ANNUAL).singleElement()
                .satisfies(s -> {
                    assertThat(s.periodType()).as("Autotask's own number for Yearly").isEqualTo(5);
                    assertThat(s.periodTypeLabel()).isEqualTo("Yearly");
                });
        assertThat(services).filteredOn(s -> s.id() == DemoData.EDR_WORKSTATION).singleElement()
                .satisfies(s -> {
                    assertThat(s.periodType()).as("Autotask's own number for Monthly").isEqualTo(2);
                    assertThat(s.periodTypeLabel()).isEqualTo("Monthly");
                });
    }

    @Test
    void anAdjustmentItCreatesIsRecordedOnceAndChangesTheUnitsItReadsBack() {
        int before = unitsInForce();

        long id = client.createAdjustment(new ContractServiceAdjustment(DemoData.CONTOSO_CONTRACT, DemoData.EDR_WORKSTATION,
                TODAY, 3, new BigDecimal("4.50")));

        List<AtAdjustment> received = sandboxes.autotask().adjustments();
        assertThat(received).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.id()).isEqualTo(id);
            assertThat(adjustment.contractID()).isEqualTo(DemoData.CONTOSO_CONTRACT);
            assertThat(adjustment.serviceID()).isEqualTo(DemoData.EDR_WORKSTATION);
            assertThat(adjustment.effectiveDate()).isEqualTo(TODAY);
            assertThat(adjustment.unitChange()).isEqualTo(3);
        });
        assertThat(unitsInForce()).isEqualTo(before + 3);
    }

    private int unitsInForce() {
        return client.contractServiceUnits(List.of(DemoData.CONTOSO_CONTRACT), TODAY).stream()
                .filter(unit -> unit.serviceId() == DemoData.EDR_WORKSTATION)
                .filter(unit -> !unit.startDate().isAfter(TODAY) && !unit.endDate().isBefore(TODAY))
                .mapToInt(ContractServiceUnit::units)
                .sum();
    }
}
