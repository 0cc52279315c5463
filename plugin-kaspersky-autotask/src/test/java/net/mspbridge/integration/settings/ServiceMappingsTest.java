package net.mspbridge.integration.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.Licensing;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.Solution;

class ServiceMappingsTest {

    private static final SecurityApplication KES = new SecurityApplication("kes-windows", "KES for Windows",
            Solution.SECURITY_CENTER, Licensing.PER_DEVICE, List.of("KES"), List.of());
    private static final SecurityApplication CLOUD_PLUS = new SecurityApplication("kes-cloud-plus", "KES Cloud Plus",
            Solution.BUSINESS_HUB, Licensing.PER_USER, List.of(), List.of());

    private static final TableValue TABLE = TableValue.empty()
            .with("kes-windows", "service", "100")
            .with("kes-windows", "windowsWorkstations", "101")
            .with("kes-windows", "windowsServers", "102")
            .with("kes-cloud-plus", "service", "200");

    private static ServiceMappings read(boolean byCategory) {
        return ServiceMappings.read(SettingsValues.empty()
                .with(SettingsKeys.BILL_BY_CATEGORY, Boolean.toString(byCategory))
                .withTable(SettingsKeys.SERVICES, TABLE));
    }

    @Test
    void categoryBillingOffSendsEveryCategoryToTheSingleService() {
        ServiceMappings mappings = read(false);

        for (DeviceCategory category : DeviceCategory.values()) {
            assertThat(mappings.serviceFor(KES, category)).contains(100L);
        }
    }

    @Test
    void categoryBillingOnUsesEachCategorysServiceAndLeavesEmptyOnesUnbilled() {
        ServiceMappings mappings = read(true);

        assertThat(mappings.serviceFor(KES, DeviceCategory.WINDOWS_WORKSTATION)).contains(101L);
        assertThat(mappings.serviceFor(KES, DeviceCategory.WINDOWS_SERVER)).contains(102L);
        assertThat(mappings.serviceFor(KES, DeviceCategory.NON_WINDOWS)).isEmpty();
    }

    @Test
    void perUserApplicationAlwaysUsesItsSingleService() {
        assertThat(read(true).serviceFor(CLOUD_PLUS, DeviceCategory.WINDOWS_SERVER)).contains(200L);
        assertThat(read(false).serviceFor(CLOUD_PLUS, DeviceCategory.NON_WINDOWS)).contains(200L);
    }

    @Test
    void bothChoicesAreKeptWhicheverTheToggleUses() {
        ApplicationServices kes = read(false).of("kes-windows");

        assertThat(kes.single()).hasValue(100L);
        assertThat(kes.perCategory()).containsEntry(DeviceCategory.WINDOWS_SERVER, 102L);
    }

    @Test
    void aStoredValueThatIsNotAnIdIsRefusedWithWhatToDo() {
        SettingsValues corrupt = SettingsValues.empty()
                .withTable(SettingsKeys.SERVICES, TableValue.empty().with("kes-windows", "service", "Backup"));

        assertThatThrownBy(() -> ServiceMappings.read(corrupt))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kes-windows").hasMessageContaining("choose the service again");
    }
}
