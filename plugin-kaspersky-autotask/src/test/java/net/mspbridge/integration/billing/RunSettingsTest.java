package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.KES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.mspbridge.api.ConfigurationException;

class RunSettingsTest {

    private static final Fixtures.Settings MAPPED = Fixtures.Settings.none().service(KES, 10).customer("a", 1, 100, true);

    @Test
    void noCustomerMappedToACompanyIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> RunSettings.read(Fixtures.Settings.none().service(KES, 10).values()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No Kaspersky customer is mapped").hasMessageContaining("Companies panel");
    }

    @Test
    void staleUnitsAreLeftAloneUnlessTheSettingSaysOtherwise() {
        assertThat(RunSettings.read(MAPPED.values()).zeroStaleUnits()).isFalse();
        assertThat(RunSettings.read(MAPPED.zeroStale(true).values()).zeroStaleUnits()).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' gives {1}%")
    @CsvSource({"'', 50", "1, 1", "' 75 ', 75", "100, 100"})
    void theBudgetShareIsAWholePercentageDefaultingToHalf(String stored, int share) {
        assertThat(RunSettings.read(MAPPED.budgetShare(stored).values()).budgetSharePercent()).isEqualTo(share);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0", "101", "-5", "half", "50%", "12.5"})
    void aBudgetShareThatIsNotAWholePercentageIsRefused(String stored) {
        assertThatThrownBy(() -> RunSettings.read(MAPPED.budgetShare(stored).values()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'" + stored.strip() + "'").hasMessageContaining("from 1 to 100");
    }
}
