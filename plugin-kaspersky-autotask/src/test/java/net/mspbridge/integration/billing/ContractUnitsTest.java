package net.mspbridge.integration.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContractUnitsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    private static UnitsRow row(long contract, long service, LocalDate start, int units) {
        return new UnitsRow(contract, service, start, start.plusMonths(1).minusDays(1), units);
    }

    @Test
    void rowsOfContractsThatComeInterleavedAndOutOfDateOrderAreGroupedAndOrdered() {
        List<UnitsRow> rows = List.of(row(1, 10, MAR, 7), row(2, 10, JAN, 3), row(1, 10, JAN, 5), row(2, 11, JAN, 9),
                row(1, 10, FEB, 6), row(1, 11, JAN, 1));

        Map<Long, ContractUnits> byContract = ContractUnits.byContract(List.of(), rows);

        UnitTimeline first = byContract.get(1L).timeline(10);
        assertThat(first.unitsOn(JAN.plusDays(3))).isEqualTo(5);
        assertThat(first.unitsOn(FEB.plusDays(3))).isEqualTo(6);
        assertThat(first.changeAfter(JAN, 5)).contains(row(1, 10, FEB, 6));
        assertThat(byContract.get(1L).timeline(11).unitsOn(JAN)).isEqualTo(1);
        assertThat(byContract.get(2L).timeline(10).unitsOn(JAN)).isEqualTo(3);
        assertThat(byContract.get(2L).timeline(11).unitsOn(JAN)).isEqualTo(9);
        assertThat(byContract.get(2L).timeline(12).unitsOn(JAN)).isZero();
    }

    @Test
    void aServiceIsOnTheContractByItsContractServiceOrByItsRows() {
        ContractServiceFacts priced = new ContractServiceFacts(1, 10, Optional.of(new BigDecimal("4.50")));
        Map<Long, ContractUnits> byContract = ContractUnits.byContract(
                List.of(priced, new ContractServiceFacts(2, 10, Optional.empty())), List.of(row(1, 11, JAN, 2)));

        ContractUnits one = byContract.get(1L);
        assertThat(one.has(10)).as("a contract service without rows").isTrue();
        assertThat(one.has(11)).as("rows without a contract service").isTrue();
        assertThat(one.has(12)).isFalse();
        assertThat(one.contractService(10)).contains(priced);
        assertThat(one.contractService(11)).isEmpty();
        assertThat(byContract.get(2L).has(10)).isTrue();
        assertThat(ContractUnits.NONE.has(10)).isFalse();
        assertThat(ContractUnits.NONE.timeline(10).unitsOn(JAN)).isZero();
    }
}
