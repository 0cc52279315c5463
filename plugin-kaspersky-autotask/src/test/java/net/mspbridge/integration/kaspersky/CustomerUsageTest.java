package net.mspbridge.integration.kaspersky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CustomerUsageTest {

    private static final KasperskyCustomer ACME = new KasperskyCustomer("1", "Acme");

    @Test
    void aBuilderCountsDevicesPerCategoryAndUsersPerApplication() {
        CustomerUsage usage = CustomerUsage.builder(ACME)
                .addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .addDevice("kes-windows", DeviceCategory.WINDOWS_WORKSTATION)
                .addDevice("kes-windows", DeviceCategory.WINDOWS_SERVER)
                .addDevice("kes-linux", DeviceCategory.NON_WINDOWS)
                .addUsers("kes-cloud-plus", 7)
                .addUsers("kes-cloud-plus", 3)
                .build();

        assertThat(usage).isEqualTo(new CustomerUsage(ACME, Map.of(
                "kes-windows", new UsageCounts(2, 1, 0, 0),
                "kes-linux", new UsageCounts(0, 0, 1, 0),
                "kes-cloud-plus", UsageCounts.ofUsers(10))));
    }

    @Test
    void aBuilderLeavesOutApplicationsWithoutUsageSoEqualUsageIsEqual() {
        CustomerUsage usage = CustomerUsage.builder(ACME).addUsers("ks-o365", 0).build();

        assertThat(usage).isEqualTo(CustomerUsage.none(ACME));
        assertThat(usage.of("ks-o365")).isEqualTo(UsageCounts.NONE);
    }

    @Test
    void aBuilderRefusesNegativeUsers() {
        assertThatThrownBy(() -> CustomerUsage.builder(ACME).addUsers("ks-o365", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
