package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Two Kaspersky Security Center virtual servers billed on one Autotask contract, end to end: the real
 * plugin, the KSC and Autotask sandboxes, the host's own HTTP API. The demo's Woodgrove Bank virtual
 * server (3 devices, mapped nowhere) is mapped to Contoso's contract beside the Contoso virtual server:
 * the page's save accepts it, each Contoso service is brought to the sum of both, each line says each
 * one's share, and a second run changes nothing.
 */
class SharedContractBillingTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "shared-contract-test-password";
    private static final String COMPANIES = "companies.mapping";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoVirtualServersOnOneContractAreBilledTheSumWithEachOnesShareAndOnlyOnce(@TempDir Path dir) throws Exception {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);
            Sandboxes sandboxes = host.sandboxes().orElseThrow().sandboxes();
            Map<String, Integer> contosoAlone = wantedOnContoso(apply(client, host));

            ApiClient.Answer saved = mapWoodgroveToContosoContract(client);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            int adjustmentsBefore = sandboxes.autotask().adjustments().size();
            JsonNode run = apply(client, host);

            // Woodgrove Bank mapped, the demo has no problem left: the devices Fabrikam and Northwind Traders
            // have that the billing rules leave out are listed as not counted, and make no problem.
            assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("COMPLETED");
            assertThat(run.get("report").get("notCounted")).isNotEmpty();
            List<JsonNode> contoso = contosoLines(run);
            assertThat(contoso).isNotEmpty();
            int woodgroveUnits = 0;
            for (JsonNode line : contoso) {
                String service = line.get("service").get("id").asText();
                int wanted = line.get("unitsWanted").asInt();
                Map<String, Integer> shares = new HashMap<>();
                line.get("shares").forEach(s -> shares.put(s.get("customer").get("name").asText(), s.get("units").asInt()));
                assertThat(shares).as("shares of service %s", service).containsOnlyKeys("Contoso", "Woodgrove Bank");
                assertThat(shares.get("Contoso")).as("Contoso's share of %s", service).isEqualTo(contosoAlone.get(service));
                assertThat(shares.get("Contoso") + shares.get("Woodgrove Bank")).isEqualTo(wanted);
                assertThat(line.get("customer").get("name").asText()).isEqualTo("Contoso, Woodgrove Bank");
                assertThat(sandboxes.autotask().unitsInForce(DemoData.CONTOSO_CONTRACT, Long.parseLong(service),
                        LocalDate.now())).as("units in force of %s", service).isEqualTo(wanted);
                woodgroveUnits += shares.get("Woodgrove Bank");
            }
            assertThat(woodgroveUnits).as("Woodgrove Bank's 3 devices, billed once").isEqualTo(3);
            assertThat(run.get("report").get("problems")).as("Woodgrove Bank's usage is billed now").isEmpty();

            JsonNode again = apply(client, host);
            assertThat(again.get("report").get("lines"))
                    .allSatisfy(line -> assertThat(line.get("outcome").asText()).isEqualTo("UNCHANGED"));
            assertThat(sandboxes.autotask().adjustments().size() - adjustmentsBefore)
                    .as("adjustments of both runs: one per changed Contoso service").isEqualTo(
                            (int) contoso.stream().filter(l -> l.get("unitChange").asInt() != 0).count());
        }
    }

    /**
     * Contoso's billing switched off after both were billed on its contract: the next preview holds the
     * sudden drops, and each says first, by name, that Contoso left; none puts the drop on Woodgrove Bank,
     * whose usage did not change.
     */
    @Test
    void aDropAfterContososBillingIsSwitchedOffNamesContosoNotWoodgroveBank(@TempDir Path dir) throws Exception {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);
            assertThat(mapWoodgroveToContosoContract(client).status()).isEqualTo(200);
            apply(client, host);
            ApiClient.Answer off = saveCompanies(client, table -> ((ObjectNode) table.get(Long.toString(DemoData.VS_CONTOSO)))
                    .put("billing", "false"));
            assertThat(off.status()).as(off.body()).isEqualTo(200);

            JsonNode preview = RealPluginRuns.finished(client, host, "PREVIEW");

            List<JsonNode> drops = contosoLines(preview).stream().filter(l -> l.get("unitChange").asInt() < 0).toList();
            assertThat(drops).as(preview.toString()).isNotEmpty();
            assertThat(drops).anySatisfy(l -> assertThat(l.get("outcome").asText()).isEqualTo("HELD"));
            assertThat(drops).allSatisfy(l -> assertThat(l.get("message").asText())
                    .contains("Contoso had billable usage on this contract at the last apply and its billing is off now "
                            + "(Companies panel)")
                    .doesNotContain("for Woodgrove Bank"));
            assertThat(preview.get("report").get("problems")).allSatisfy(p -> assertThat(p.get("message").asText())
                    .doesNotContain("for Woodgrove Bank"));
        }
    }

    /** The stored Companies table with Woodgrove Bank's virtual server added on Contoso's contract. */
    private static ApiClient.Answer mapWoodgroveToContosoContract(ApiClient client) {
        return saveCompanies(client, table -> table.putObject(Long.toString(DemoData.VS_WOODGROVE))
                .put("company", Long.toString(DemoData.CONTOSO)).put("billing", "true")
                .put("contract", Long.toString(DemoData.CONTOSO_CONTRACT)));
    }

    /** Saves the stored Companies table as {@code change} leaves it. */
    private static ApiClient.Answer saveCompanies(ApiClient client, java.util.function.Consumer<ObjectNode> change) {
        JsonNode settings = client.get("/api/settings/" + PLUGIN).json();
        ObjectNode table = settings.get("tables").get(COMPANIES).deepCopy();
        change.accept(table);
        ObjectNode body = JSON.createObjectNode().put("version", settings.get("version").asLong());
        body.putObject("tables").set(COMPANIES, table);
        return client.send("PUT", "/api/settings/" + PLUGIN + "/panels/companies", body.toString());
    }

    private static List<JsonNode> contosoLines(JsonNode run) {
        return StreamSupport.stream(run.get("report").get("lines").spliterator(), false)
                .filter(line -> line.get("contract").get("id").asText().equals(Long.toString(DemoData.CONTOSO_CONTRACT)))
                .toList();
    }

    private static Map<String, Integer> wantedOnContoso(JsonNode run) {
        Map<String, Integer> wanted = new HashMap<>();
        contosoLines(run).forEach(line -> wanted.put(line.get("service").get("id").asText(), line.get("unitsWanted").asInt()));
        return wanted;
    }

    private static JsonNode apply(ApiClient client, ServedHost host) throws InterruptedException {
        return RealPluginRuns.finished(client, host, "APPLY");
    }
}
