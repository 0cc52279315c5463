package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Editing the real plugin's settings panels in real Chromium, as a fresh-eyes review found them wanting:
 * a mapping-table cell whose options come from another cell of its row (the Companies panel's contract,
 * offered from the company chosen; here the MSP's own company, Autotask id 0) is cleared when that cell
 * changes, never kept as "no longer offered" to be refused on save; the host's refusal of a stale save
 * reads as a sentence; a number saved blank shows the default it stands for.
 */
class SettingsEditsBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "dependent-cell-password";
    private static final String COMPANIES = "companies.mapping";
    private static final String CONTOSO = Long.toString(DemoData.VS_CONTOSO);

    @RegisterExtension
    final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).signedInAt("settings")
            .screenshotsAs("settings-edits-");

    @Test
    void anotherCompanyClearsTheContractChosenAmongTheOldCompanysContracts() {
        SettingsPage.Panel companies = web.settings().open(PLUGIN, "companies");
        assertThat(companies.cellValue(COMPANIES, CONTOSO, "contract")).isEqualTo(Long.toString(DemoData.CONTOSO_CONTRACT));

        companies.cell(COMPANIES, CONTOSO, "company", Long.toString(DemoData.OWN_COMPANY));

        assertThat(companies.cellValue(COMPANIES, CONTOSO, "contract")).isEmpty();
        WebElement contract = web.browser().find(By.cssSelector("select[data-field='" + COMPANIES + "'][data-row='" + CONTOSO
                + "'][data-column='contract']"));
        assertThat(new Select(contract).getOptions()).extracting(WebElement::getText)
                .noneMatch(text -> text.contains("no longer offered"));
        web.browser().fullPageScreenshot("dependent-cell-contract-cleared");
    }

    /** The host's refusal, a clause in its JSON, reaches the page as a sentence. */
    @Test
    void aSaveRefusedBecauseSomeoneElseSavedSaysSoInASentence() {
        SettingsPage.Panel companies = web.settings().open(PLUGIN, "companies");
        companies.cell(COMPANIES, CONTOSO, "company", Long.toString(DemoData.OWN_COMPANY));
        net.mspbridge.host.fake.ApiClient client = new net.mspbridge.host.fake.ApiClient(web.host().app().port());
        client.login(PASSWORD);
        com.fasterxml.jackson.databind.JsonNode stored = client.get("/api/settings/" + PLUGIN).json();
        String sameTable = "{\"version\":" + stored.get("version").asLong() + ",\"tables\":{\"" + COMPANIES + "\":"
                + stored.get("tables").get(COMPANIES) + "}}";
        assertThat(client.send("PUT", "/api/settings/" + PLUGIN + "/panels/companies", sameTable).status()).isEqualTo(200);

        assertThat(companies.save()).startsWith("These settings were changed by someone else since you opened the page");
    }

    @Test
    void aNumberSavedBlankShowsTheDefaultItStandsFor() {
        SettingsPage page = web.settings();
        SettingsPage.Panel billing = page.open(PLUGIN, "billing");
        billing.text("billing.dropShare", "");
        assertThat(billing.saveAndRefresh()).startsWith("Saved");

        web.browser().driver().navigate().refresh();
        page.panel(PLUGIN, "billing");
        WebElement share = web.browser().visible(By.cssSelector("input[data-field='billing.dropShare']"));
        assertThat(share.getAttribute("value")).isEmpty();
        assertThat(share.getAttribute("placeholder")).isEqualTo("Default: 50");
    }
}
