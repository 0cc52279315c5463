package net.mspbridge.integration.kaspersky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationCatalogTest {

    private final ApplicationCatalog catalog = ApplicationCatalog.load();

    @Test
    void knowsTheDeviceCategoriesEachPerDeviceApplicationRunsOn() {
        ApplicationCatalog catalog = ApplicationCatalog.load();

        assertThat(catalog.find("kes-linux").orElseThrow().deviceCategories()).containsExactly(DeviceCategory.NON_WINDOWS);
        assertThat(catalog.find("ksws").orElseThrow().deviceCategories()).containsExactly(DeviceCategory.WINDOWS_SERVER);
        assertThat(catalog.find("kes-windows").orElseThrow().runsOn(DeviceCategory.NON_WINDOWS)).isFalse();
        assertThat(catalog.find("ksv-la").orElseThrow().deviceCategories()).containsExactly(DeviceCategory.values());
        assertThat(catalog.forSolution(Solution.SECURITY_CENTER)).allSatisfy(a -> assertThat(a.deviceCategories()).isNotEmpty());
        // Per-user applications are billed per user, whatever the device.
        assertThat(catalog.forSolution(Solution.BUSINESS_HUB)).allSatisfy(a -> assertThat(a.deviceCategories()).isEmpty());
    }

    @Test
    void securityCenterApplicationsAreLicensedPerDevice() {
        assertThat(catalog.forSolution(Solution.SECURITY_CENTER))
                .extracting(SecurityApplication::name)
                .contains("Kaspersky Endpoint Security for Windows", "Kaspersky Security for Windows Server");
        assertThat(catalog.forSolution(Solution.SECURITY_CENTER))
                .allSatisfy(a -> assertThat(a.licensing()).isEqualTo(Licensing.PER_DEVICE));
    }

    @Test
    void businessHubHasThePerUserApplicationsOfTheReferenceProduct() {
        assertThat(catalog.forSolution(Solution.BUSINESS_HUB))
                .extracting(SecurityApplication::name)
                .contains("Kaspersky Endpoint Security Cloud Plus", "Kaspersky Security for Microsoft Office 365");
        assertThat(catalog.find("kes-cloud-plus")).get().extracting(SecurityApplication::isPerUser).isEqualTo(true);
    }

    @Test
    void refusesDuplicateIds() {
        SecurityApplication app = new SecurityApplication("x", "X", Solution.SECURITY_CENTER, Licensing.PER_DEVICE,
                List.of(), List.of());

        assertThatThrownBy(() -> new ApplicationCatalog(List.of(app, app))).hasMessageContaining("duplicate");
    }

    @Test
    void refusesAProductIdClaimedByTwoApplications() {
        SecurityApplication a = new SecurityApplication("a", "A", Solution.SECURITY_CENTER, Licensing.PER_DEVICE,
                List.of("KES"), List.of("A"));
        SecurityApplication b = new SecurityApplication("b", "B", Solution.SECURITY_CENTER, Licensing.PER_DEVICE,
                List.of("KES"), List.of("B"));

        assertThatThrownBy(() -> new ApplicationCatalog(List.of(a, b))).hasMessageContaining("KES");
    }

    @Test
    void refusesAProductNameClaimedByTwoApplicationsIgnoringCase() {
        SecurityApplication a = new SecurityApplication("a", "A", Solution.BUSINESS_HUB, Licensing.PER_USER,
                List.of(), List.of("Kaspersky Thing"));
        SecurityApplication b = new SecurityApplication("b", "B", Solution.BUSINESS_HUB, Licensing.PER_USER,
                List.of(), List.of("kaspersky thing "));

        assertThatThrownBy(() -> new ApplicationCatalog(List.of(a, b)))
                .hasMessageContaining("kaspersky thing").hasMessageContaining("the second is b");
    }

    @Test
    void everyApplicationIsRecognisedByItsOwnNameAndSecurityCenterOnesByAProductId() {
        assertThat(catalog.all()).allSatisfy(a -> assertThat(a.productNames()).contains(a.name()));
        assertThat(catalog.forSolution(Solution.SECURITY_CENTER))
                .allSatisfy(a -> assertThat(a.kscProductIds()).isNotEmpty());
        assertThat(catalog.forSolution(Solution.BUSINESS_HUB))
                .allSatisfy(a -> assertThat(a.kscProductIds()).isEmpty());
    }

    @Test
    void knowsTheProductIdsOfTheWireProfile() {
        assertThat(catalog.all()).flatExtracting(SecurityApplication::kscProductIds)
                .containsExactlyInAnyOrder("KES", "KESL", "KESMAC", "WSEE", "KSVLA", "KESMOB")
                .doesNotContain("1103");
    }
}
