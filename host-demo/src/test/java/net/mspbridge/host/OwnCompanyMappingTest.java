package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * README's advice for the demo's one problem, followed through the host's own HTTP API with the real
 * plugin and sandboxes: map Woodgrove Bank's virtual server (the MSP's own lab) to Bluewave IT Services,
 * the MSP's own Autotask company, whose id is 0 as Autotask gives its owner company, with billing off.
 * The contracts drop-down answers for it, the save is accepted, and the next preview has no problem left:
 * Woodgrove Bank is listed as not read, nothing of it is billed.
 */
class OwnCompanyMappingTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "own-company-test-password";
    private static final String COMPANIES = "companies.mapping";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void woodgroveMappedToTheMspsOwnCompanyWithBillingOffLeavesTheDemoWithoutProblems(@TempDir Path dir)
            throws Exception {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);

            ApiClient.Answer contracts = client.get("/api/settings/" + PLUGIN + "/panels/companies/fields/" + COMPANIES
                    + "/options?column=contract&param.company=" + DemoData.OWN_COMPANY);
            assertThat(contracts.status()).as(contracts.body()).isEqualTo(200);

            JsonNode settings = client.get("/api/settings/" + PLUGIN).json();
            ObjectNode table = settings.get("tables").get(COMPANIES).deepCopy();
            table.putObject(Long.toString(DemoData.VS_WOODGROVE)).put("company", Long.toString(DemoData.OWN_COMPANY))
                    .put("billing", "false").put("contract", "");
            ObjectNode body = JSON.createObjectNode().put("version", settings.get("version").asLong());
            body.putObject("tables").set(COMPANIES, table);
            ApiClient.Answer saved = client.send("PUT", "/api/settings/" + PLUGIN + "/panels/companies", body.toString());
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            JsonNode run = RealPluginRuns.finished(client, host, "PREVIEW");
            assertThat(run.get("report").get("problems")).as(run.toString()).isEmpty();
            assertThat(run.get("report").get("notCounted"))
                    .filteredOn(n -> n.get("customer").get("name").asText().equals("Woodgrove Bank"))
                    .singleElement().satisfies(n -> assertThat(n.get("devicesUnknown").asBoolean()).isTrue());
            assertThat(run.get("report").get("lines"))
                    .noneSatisfy(line -> assertThat(line.get("customer").get("name").asText()).contains("Woodgrove"));
        }
    }
}
