package net.mspbridge.api.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseStatusTest {

    @ParameterizedTest
    @CsvSource({"COMMERCIAL,true", "SUBSCRIPTION,true", "TRIAL,false", "EXPIRED,false", "NONE,false"})
    void onlyActiveCommercialKeysAndSubscriptionsAreBillable(LicenseStatus status, boolean billable) {
        assertThat(status.isBillable()).isEqualTo(billable);
    }
}
