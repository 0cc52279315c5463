package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ContractFactsTest {

    @Test
    void aContractEndingBeforeItStartsIsRefusedNamingTheContractItsCompanyAndBothDates() {
        assertThatThrownBy(() -> new ContractFacts(7, 42, "Contoso - Managed Security", true, true,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Autotask contract 7").hasMessageContaining("'Contoso - Managed Security'")
                .hasMessageContaining("company 42").hasMessageContaining("2026-05-31").hasMessageContaining("2026-06-01")
                .hasMessageContaining("correct the contract's dates in Autotask");
    }
}
