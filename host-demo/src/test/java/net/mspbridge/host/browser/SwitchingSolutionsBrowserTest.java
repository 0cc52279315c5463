package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Issue 14, point 1, through the real page in Chromium with the real plugin: map services and a
 * company under Kaspersky Security Center, switch to Business Hub, map Cloud Plus and a company
 * there, save, switch back. Every Security Center choice is still there, the Business Hub choices
 * too, and a preview plans exactly what it planned before. (Before plugin-api 1.1 the Business Hub
 * save wiped the six Security Center rows.)
 */
class SwitchingSolutionsBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "browser-admin-password";
    private static final String SERVICES = "services.mapping";
    private static final String KSC_COMPANIES = "companies.mapping";
    private static final String HUB_COMPANIES = "companies.businessHub.mapping";
    private static final String SOLUTION = "kaspersky.solution";

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).screenshotsAs("switch-");

    @Test
    void switchingToBusinessHubAndBackKeepsEveryChoiceAndThePreview() {
        new LoginPage(web.browser()).signIn(web.url() + "settings", PASSWORD);

        // Security Center: map Kaspersky Security for Virtualization, and Woodgrove Bank to a company (billing off).
        SettingsPage.Panel services = web.settings().open(PLUGIN, "services");
        services.cell(SERVICES, "ksv-la", "windowsServers", id(DemoData.EDR_SERVER))
                .cell(SERVICES, "ksv-la", "windowsWorkstations", id(DemoData.EDR_WORKSTATION))
                .cell(SERVICES, "ksv-la", "nonWindows", id(DemoData.MAC_LINUX));
        assertThat(services.saveAndRefresh()).startsWith("Saved");
        Map<String, String> securityCenterServices = services.cells(SERVICES);
        assertThat(securityCenterServices).containsEntry("kes-windows/windowsServers", id(DemoData.EDR_SERVER))
                .containsEntry("ksv-la/nonWindows", id(DemoData.MAC_LINUX));

        SettingsPage.Panel companies = web.settings().tab(PLUGIN, "companies");
        companies.cell(KSC_COMPANIES, id(DemoData.VS_WOODGROVE), "company", id(DemoData.TAILSPIN));
        assertThat(companies.saveAndRefresh()).startsWith("Saved");
        Map<String, String> securityCenterCompanies = companies.cells(KSC_COMPANIES);
        assertThat(securityCenterCompanies).containsEntry(id(DemoData.VS_WOODGROVE) + "/company", id(DemoData.TAILSPIN));
        web.browser().fullPageScreenshot("switch-01-security-center-companies");

        BillingPage.Result before = web.billing().open().preview(PLUGIN);
        assertThat(before.outcomes()).contains("PLANNED");

        // Business Hub: the Services rows follow the solution without a reload; map Cloud Plus.
        web.settings().open(PLUGIN, "connection").select(SOLUTION, "kbh");
        assertThat(web.settings().panel(PLUGIN, "connection").saveAndRefresh()).startsWith("Saved");
        SettingsPage.Panel hubServices = web.settings().tab(PLUGIN, "services");
        assertThat(hubServices.rows(SERVICES)).contains("kes-cloud-plus").doesNotContain("kes-windows");
        hubServices.cell(SERVICES, "kes-cloud-plus", "service", id(DemoData.MOBILE));
        assertThat(hubServices.saveAndRefresh()).startsWith("Saved");
        web.browser().fullPageScreenshot("switch-02-business-hub-services");

        SettingsPage.Panel hubCompanies = web.settings().tab(PLUGIN, "companies");
        hubCompanies.cell(HUB_COMPANIES, "cust-tailspin", "company", id(DemoData.LITWARE));
        assertThat(hubCompanies.saveAndRefresh()).startsWith("Saved");

        // Back to Security Center: every choice is there, on the page and after a reload.
        web.settings().tab(PLUGIN, "connection").select(SOLUTION, "ksc");
        assertThat(web.settings().panel(PLUGIN, "connection").saveAndRefresh()).startsWith("Saved");
        assertThat(web.settings().tab(PLUGIN, "services").cells(SERVICES)).isEqualTo(securityCenterServices);
        assertThat(web.settings().tab(PLUGIN, "companies").cells(KSC_COMPANIES)).isEqualTo(securityCenterCompanies);

        web.browser().driver().navigate().refresh();
        assertThat(web.settings().panel(PLUGIN, "companies").cells(KSC_COMPANIES)).isEqualTo(securityCenterCompanies);
        assertThat(web.settings().tab(PLUGIN, "services").cells(SERVICES)).isEqualTo(securityCenterServices);
        web.browser().fullPageScreenshot("switch-03-security-center-services-kept");

        BillingPage.Result after = web.billing().open().preview(PLUGIN);
        assertThat(after.lines()).isEqualTo(before.lines());
        assertThat(after.problems()).isEqualTo(before.problems());

        // And the Business Hub choices wait for when it is chosen again.
        web.settings().open(PLUGIN, "connection").select(SOLUTION, "kbh");
        assertThat(web.settings().panel(PLUGIN, "connection").saveAndRefresh()).startsWith("Saved");
        assertThat(web.settings().tab(PLUGIN, "services").cells(SERVICES)).containsEntry("kes-cloud-plus/service", id(DemoData.MOBILE));
        assertThat(web.settings().tab(PLUGIN, "companies").cells(HUB_COMPANIES))
                .containsEntry("cust-tailspin/company", id(DemoData.LITWARE))
                .containsEntry("cust-northwind/contract", id(DemoData.NORTHWIND_CONTRACT));
    }

    private static String id(long value) {
        return Long.toString(value);
    }
}
