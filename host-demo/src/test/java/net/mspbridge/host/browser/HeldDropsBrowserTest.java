package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.mspbridge.host.db.Database;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.TestHost;
import net.mspbridge.host.pluginstore.PluginStores;

/** Confirming held drops on the Billing page (plugin-api 1.2), in real Chromium against a real host. */
class HeldDropsBrowserTest {

    private static final String P = FakeSettings.PLUGIN_ID;

    @RegisterExtension
    final HostInChromium<TestHost> web = HostInChromium.fakePlugin()
            .setUp(h -> h.fake.billing.holdDrops = true).setUp(FakeHostSteps::edrMapped)
            .signedInAt("billing").screenshotsAs("held-");

    /** Billed once; then the fake plugin's record says 40 units are in force for the first customer. */
    private void billedThenADrop(BillingPage billing) {
        BillingPage.Result first = billing.apply(P);
        assertThat(first.outcomes()).containsOnly("APPLIED");
        String customer = firstCustomer(first.runId());
        try (Database db = Database.open(web.dataDir())) {
            PluginStores.inDatabase(db).forPlugin(P).put("billed/" + customer, "40");
        }
    }

    private String firstCustomer(String runId) {
        return customer(runId, 0);
    }

    private String customer(String runId, int line) {
        return web.host().signedIn().get("/api/runs/" + runId).json().get("run").get("report").get("lines").get(line)
                .get("customer").get("id").asText();
    }

    @Test
    void heldDropsAreListedAndConfirmAllAndApplyMakesThemOnce() {
        BillingPage billing = web.billing().open();
        billedThenADrop(billing);

        BillingPage.Result held = billing.apply(P);

        assertThat(held.outcomes()).contains("HELD");
        assertThat(billing.heldDrops(P)).singleElement().satisfies(text -> assertThat(text)
                .contains("from 40 to 20 units").contains("Confirm"));
        assertThat(billing.heldButtons(P)).as("one drop: no \"Confirm all 1\"").containsExactly("Confirm and apply");
        web.browser().fullPageScreenshot("15-held-drops");

        BillingPage.Result applied = billing.confirmAllAndApply(P);

        assertThat(applied.outcomes()).contains("APPLIED").doesNotContain("HELD");
        assertThat(billing.heldDrops(P)).isEmpty();
        web.browser().fullPageScreenshot("16-confirmed-and-applied");
        assertThat(web.host().signedIn().get("/api/runs?limit=5").json().get("runs")).hasSize(3);
    }

    @Test
    void severalHeldDropsOfferConfirmAllWithTheirCount() {
        BillingPage billing = web.billing().open();
        BillingPage.Result first = billing.apply(P);
        try (Database db = Database.open(web.dataDir())) {
            for (int line = 0; line < 2; line++) {
                PluginStores.inDatabase(db).forPlugin(P).put("billed/" + customer(first.runId(), line), "1000");
            }
        }

        BillingPage.Result held = billing.apply(P);

        assertThat(held.outcomes()).filteredOn("HELD"::equals).hasSize(2);
        assertThat(billing.heldButtons(P)).containsExactly("Confirm all 2", "Confirm all and apply");
    }

    /**
     * Held drops wait on the Billing page without running again, and a run's page shows them too; once
     * confirmed, both say who confirmed each and what became of it (from the host).
     */
    @Test
    void theLatestRunsHeldDropsShowOnLoadAndSayWhoConfirmedThemThereAndOnTheRunsPage() {
        BillingPage billing = web.billing().open();
        billedThenADrop(billing);
        BillingPage.Result held = billing.apply(P);
        int line = held.outcomes().indexOf("HELD");

        BillingPage reloaded = web.billing().open();

        assertThat(reloaded.awaitHeldDrops(P)).singleElement().satisfies(text -> assertThat(text)
                .contains("from 40 to 20 units").contains("Confirm"));
        assertThat(web.browser().find(org.openqa.selenium.By.cssSelector(".held-origin")).getText()).contains(held.runId());
        web.browser().fullPageScreenshot("17-held-drops-on-load");

        assertThat(reloaded.confirmOne(P, line)).contains("1 drop confirmed");
        String user = web.host().signedIn().get("/api/runs/" + held.runId()).json().get("run").get("confirmations").get(0)
                .get("confirmedBy").asText();
        assertThat(reloaded.heldConfirmations(P)).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Confirmed by " + user + ",").endsWith("the next apply makes it"));
        assertThat(reloaded.heldButtons(P)).as("nothing left to confirm").isEmpty();
        web.browser().fullPageScreenshot("18-held-drop-confirmed-on-load");

        RunPage heldRun = web.runPage(held.runId());
        assertThat(heldRun.heldDrops()).singleElement().satisfies(text -> assertThat(text).contains("from 40 to 20 units")
                .contains("Confirmed by " + user).contains("the next apply makes it"));
        assertThat(heldRun.confirmButtons()).isEmpty();

        BillingPage.Result applied = web.billing().open().apply(P);
        assertThat(applied.outcomes()).contains("APPLIED").doesNotContain("HELD");

        RunPage after = web.runPage(held.runId());
        assertThat(after.heldDrops()).singleElement().satisfies(text -> assertThat(text)
                .contains("Confirmed by " + user).contains("made by " + applied.runId()));
        web.browser().fullPageScreenshot("19-run-page-held-drop-made");
    }

    @Test
    void aRunsPageOffersConfirmForItsHeldDrops() {
        BillingPage billing = web.billing().open();
        billedThenADrop(billing);
        BillingPage.Result held = billing.apply(P);

        RunPage page = web.runPage(held.runId());

        assertThat(page.heldDrops()).singleElement().satisfies(text -> assertThat(text).contains("from 40 to 20 units"));
        assertThat(page.confirmButtons()).as("confirm here; applying is the Billing page's").containsExactly("Confirm");
    }

    /** A drop held by a run for yesterday, confirmed and never made: its run's page says it lapsed. */
    @Test
    void aConfirmedDropOfAPastDateNotMadeReadsLapsedAndCanNoLongerBeConfirmed() throws InterruptedException {
        net.mspbridge.host.fake.ApiClient api = web.host().signedIn();
        String yesterday = java.time.LocalDate.parse(api.get("/api/session").json().get("today").asText()).minusDays(1).toString();
        String first = finishedRun(api, yesterday);
        try (Database db = Database.open(web.dataDir())) {
            PluginStores.inDatabase(db).forPlugin(P).put("billed/" + firstCustomer(first), "40");
        }
        String held = finishedRun(api, yesterday);
        assertThat(api.send("POST", "/api/runs/" + held + "/confirm-drops", "{}").json().get("confirmed").asInt()).isEqualTo(1);

        RunPage page = web.runPage(held);

        assertThat(page.heldDrops()).singleElement().satisfies(text -> assertThat(text).contains("from 40 to 20 units")
                .contains("lapsed, not made"));
        assertThat(page.confirmButtons()).isEmpty();
        web.browser().fullPageScreenshot("20-run-page-held-drop-lapsed");
    }

    private String finishedRun(net.mspbridge.host.fake.ApiClient api, String date) throws InterruptedException {
        String runId = api.send("POST", "/api/runs", "{\"pluginId\":\"" + P + "\",\"mode\":\"APPLY\",\"effectiveDate\":\""
                + date + "\"}").json().get("run").get("runId").asText();
        for (int i = 0; i < 200; i++) {
            if (api.get("/api/runs/" + runId).json().get("run").get("finished").asBoolean()) {
                return runId;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish within 20 s");
    }

    @Test
    void oneHeldDropCanBeConfirmedForTheNextApply() {
        BillingPage billing = web.billing().open();
        billedThenADrop(billing);
        BillingPage.Result held = billing.apply(P);
        int line = held.outcomes().indexOf("HELD");

        assertThat(billing.confirmOne(P, line)).contains("1 drop confirmed").contains("next apply makes it once");

        assertThat(billing.apply(P).outcomes()).contains("APPLIED").doesNotContain("HELD");
    }
}
