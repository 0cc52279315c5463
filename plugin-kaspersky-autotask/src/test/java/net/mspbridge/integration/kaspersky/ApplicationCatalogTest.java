package net.mspbridge.integration.kaspersky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationCatalogTest {

    private final ApplicationCatalog catalog = ApplicationCatalog.load();

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
}
