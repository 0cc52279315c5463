package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.FaultSwitch;
import net.mspbridge.host.fake.TestHost;

/** The settings flow through a real HTTP server on 127.0.0.1 with the fake plugin. */
class SettingsApiTest {

    private static final String BASE = "/api/settings/fake-billing";
    private static final String SECRET = "Kq7-never-shown-secret-Zm2";

    @TempDir
    Path dataDir;
    private TestHost host;
    private ApiClient client;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() {
        logs.start();
        root().addAppender(logs);
        host = new TestHost(dataDir);
        client = host.signedIn();
    }

    @AfterEach
    void stop() {
        host.close();
        root().detachAppender(logs);
        // Whatever a test did, no answer and no log line ever carried the secret.
        assertThat(client.bodies).noneMatch(body -> body.contains(SECRET) || body.contains(FakeSettings.GOOD_SECRET));
        assertThat(logs.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains(SECRET)
                || event.getFormattedMessage().contains(FakeSettings.GOOD_SECRET)
                || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                        && event.getThrowableProxy().getMessage().contains(SECRET)));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private long version() {
        return client.get(BASE).json().get("version").asLong();
    }

    private Answer saveConnection(long version, String url, String secret) {
        return client.send("PUT", BASE + "/panels/connection", "{\"version\":" + version + ",\"values\":{\"serverUrl\":"
                + ApiClient.quote(url) + ",\"region\":\"eu\"},\"secrets\":{\"apiSecret\":" + ApiClient.quote(secret) + "}}");
    }

    @Nested
    class Definitions {

        @Test
        void thePageGetsEveryPanelAsDataWithKindsConditionsAndRestrictedRows() {
            JsonNode plugin = client.get("/api/settings").json().get("plugins").get(0);

            assertThat(plugin.get("pluginId").asText()).isEqualTo("fake-billing");
            assertThat(plugin.get("version").asLong()).isZero();
            JsonNode services = plugin.get("panels").get(1);
            assertThat(services.get("title").asText()).isEqualTo("Services");
            JsonNode table = services.get("fields").get(1);
            assertThat(table.get("kind").asText()).isEqualTo("MAPPING_TABLE");
            assertThat(table.get("columns").get(1).get("visibleWhen").get(0).toString())
                    .isEqualTo("{\"field\":\"byCategory\",\"value\":\"true\"}");
            assertThat(table.get("columns").get(0).get("source").get("name").asText()).isEqualTo("fake.services");
            assertThat(table.get("rows").get(2).get("columns").toString()).isEqualTo("[\"service\"]");
            assertThat(table.get("rows").get(1).get("suggestions").toString()).isEqualTo("{\"service\":\"svc-mail\"}");
            assertThat(plugin.get("secrets").toString()).isEqualTo("{\"apiSecret\":{\"set\":false}}");
        }

        @Test
        void aStoredSecretIsOnlyEverShownAsSet() {
            assertThat(saveConnection(0, "https://billing.example.com", SECRET).status()).isEqualTo(200);

            JsonNode plugin = client.get(BASE).json();

            assertThat(plugin.get("secrets").toString()).isEqualTo("{\"apiSecret\":{\"set\":true}}");
            assertThat(plugin.get("values").has("apiSecret")).isFalse();
        }
    }

    /** The save contract of plugin-api 1.1: a save merges; rows the panel does not show are kept. */
    @Nested
    class RowsNotShown {

        private Answer put(String panel, String body) {
            return client.send("PUT", BASE + "/panels/" + panel, body);
        }

        @Test
        void aSaveUnderOneRegionKeepsTheRowsOnlyTheOtherRegionShows() {
            assertThat(saveConnection(0, "https://billing.example.com", SECRET).status()).isEqualTo(200);
            String usRegion = "{\"version\":1,\"values\":{\"region\":\"us\"}}";
            assertThat(put("connection", usRegion).status()).isEqualTo(200);
            assertThat(put("services", "{\"version\":2,\"tables\":{\"services\":{\"app-us\":{\"service\":\"svc-mac\"},"
                    + "\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}").status()).isEqualTo(200);
            assertThat(put("connection", "{\"version\":3,\"values\":{\"region\":\"eu\"}}").status()).isEqualTo(200);

            // The panel no longer shows app-us; the page sends the rows it shows.
            Answer saved = put("services", "{\"version\":4,\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-srv\"},"
                    + "\"app-mail\":{\"service\":\"svc-mail\"}}}}");

            assertThat(saved.status()).isEqualTo(200);
            JsonNode table = client.get(BASE).json().get("tables").get("services");
            assertThat(table.get("app-us").get("service").asText()).isEqualTo("svc-mac");
            assertThat(table.get("app-edr").get("service").asText()).isEqualTo("svc-edr-srv");
            assertThat(table.get("app-mail").get("service").asText()).isEqualTo("svc-mail");
        }

        @Test
        void aStoredRowThePanelDoesNotShowMayBeSentBackButAnUnknownRowIsRefused() {
            assertThat(put("connection", "{\"version\":0,\"values\":{\"serverUrl\":\"https://b.example.com\",\"region\":\"us\"},"
                    + "\"secrets\":{\"apiSecret\":\"x\"}}").status()).isEqualTo(200);
            assertThat(put("services", "{\"version\":1,\"tables\":{\"services\":{\"app-us\":{\"service\":\"svc-mac\"}}}}")
                    .status()).isEqualTo(200);
            assertThat(put("connection", "{\"version\":2,\"values\":{\"region\":\"eu\"}}").status()).isEqualTo(200);

            assertThat(put("services", "{\"version\":3,\"tables\":{\"services\":{\"app-us\":{\"service\":\"svc-mac\"}}}}")
                    .status()).isEqualTo(200);
            Answer unknown = put("services", "{\"version\":4,\"tables\":{\"services\":{\"app-x\":{\"service\":\"svc-mac\"}}}}");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("has no row 'app-x'");
        }

        @Test
        void aCustomerTheSaveDoesNotNameKeepsItsMapping_andAClearedCellIsStoredEmpty() {
            assertThat(put("companies", "{\"version\":0,\"tables\":{\"companies\":{"
                    + "\"cust-1\":{\"company\":\"co-1\",\"billing\":\"true\",\"contract\":\"ct-11\"},"
                    + "\"cust-2\":{\"company\":\"co-2\",\"billing\":\"true\",\"contract\":\"ct-21\"}}}}").status())
                    .isEqualTo(200);

            // Only cust-1 was shown (say cust-2 was not listed by the row source at that moment), and cleared.
            Answer saved = put("companies", "{\"version\":1,\"tables\":{\"companies\":{"
                    + "\"cust-1\":{\"company\":\"\",\"billing\":\"false\",\"contract\":\"\"}}}}");

            assertThat(saved.status()).isEqualTo(200);
            JsonNode table = client.get(BASE).json().get("tables").get("companies");
            JsonNode kept = table.get("cust-2");
            assertThat(List.of(kept.get("company").asText(), kept.get("billing").asText(), kept.get("contract").asText()))
                    .containsExactly("co-2", "true", "ct-21");
            assertThat(table.get("cust-1").get("company").asText()).isEmpty();
            assertThat(table.get("cust-1").get("billing").asText()).isEqualTo("false");
        }
    }

    @Nested
    class Saving {

        @Test
        void accepted_storedAsTheNextVersion_andKeptAfterAReload() {
            Answer saved = client.send("PUT", BASE + "/panels/services", "{\"version\":0,\"values\":{\"byCategory\":\"true\"},"
                    + "\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\",\"ws\":\"svc-edr-ws\",\"srv\":\"svc-edr-srv\",\"other\":\"svc-mac\"}}}}");

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("saved").asBoolean()).isTrue();
            assertThat(saved.json().get("version").asLong()).isEqualTo(1);
            JsonNode stored = client.get(BASE).json();
            assertThat(stored.get("values").get("byCategory").asText()).isEqualTo("true");
            assertThat(stored.get("tables").get("services").get("app-edr").get("service").asText()).isEqualTo("svc-edr-ws");
            assertThat(stored.get("updatedBy").asText()).isEqualTo("admin");
        }

        @Test
        void warningsComeBackWithTheSave() {
            Answer saved = client.send("PUT", BASE + "/panels/services", "{\"version\":0,\"values\":{\"byCategory\":\"true\"},"
                    + "\"tables\":{\"services\":{\"app-edr\":{\"ws\":\"svc-edr-ws\"}}}}");

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("messages")).hasSize(2).allSatisfy(m -> {
                assertThat(m.get("severity").asText()).isEqualTo("WARNING");
                assertThat(m.get("field").asText()).isEqualTo("services");
                assertThat(m.get("row").asText()).isEqualTo("app-edr");
            });
        }

        @Test
        void validationErrorsAre422WithEveryMessageAndNothingStored() {
            Answer refused = saveConnection(0, "ftp://old.example.com", "");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("saved").asBoolean()).isFalse();
            assertThat(refused.json().get("messages")).extracting(m -> m.get("text").asText()).containsExactly(
                    "API secret is required: enter it (it is stored encrypted)",
                    "Server address must be an https:// address, not ftp://old.example.com");
            assertThat(version()).isZero();
        }

        @Test
        void aSaveFromAnOutdatedPageIs409AndTellsToReload() {
            saveConnection(0, "https://a.example.com", SECRET);

            Answer stale = saveConnection(0, "https://b.example.com", SECRET);

            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("error").asText()).isEqualTo("stale-settings");
            assertThat(stale.json().get("message").asText())
                    .isEqualTo("these settings were changed by someone else since you opened the page: reload");
            assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
            assertThat(client.get(BASE).json().get("values").get("serverUrl").asText()).isEqualTo("https://a.example.com");
        }

        @Test
        void aBlankSecretKeepsTheStoredOneAndClearSecretsRemovesIt() {
            saveConnection(0, "https://a.example.com", SECRET);
            assertThat(saveConnection(1, "https://b.example.com", "").status()).isEqualTo(200);
            assertThat(client.get(BASE).json().get("secrets").get("apiSecret").get("set").asBoolean()).isTrue();

            Answer cleared = client.send("PUT", BASE + "/panels/connection",
                    "{\"version\":2,\"values\":{\"serverUrl\":\"https://b.example.com\"},\"clearSecrets\":[\"apiSecret\"]}");

            assertThat(cleared.status()).isEqualTo(422); // the secret is required
            assertThat(client.get(BASE).json().get("secrets").get("apiSecret").get("set").asBoolean()).isTrue();
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "malformed JSON | {\"version\":0, | 400 | not valid JSON",
                "trailing garbage | {\"version\":0} x | 400 | not valid JSON",
                "not an object | [1,2] | 400 | must be a JSON object",
                "version as text | {\"version\":\"0\"} | 400 | 'version' must be a whole number",
                "version missing | {\"values\":{}} | 400 | 'version' is missing",
                "values not strings | {\"version\":0,\"values\":{\"byCategory\":true}} | 400 | 'values.byCategory' must be a string",
                "tables wrong shape | {\"version\":0,\"tables\":{\"services\":[1]}} | 400 | must be an object of rows",
                "unknown property | {\"version\":0,\"evil\":1} | 400 | unknown property 'evil'",
                "duplicate property | {\"version\":0,\"version\":1} | 400 | not valid JSON",
                "unknown field | {\"version\":0,\"values\":{\"nope\":\"x\"}} | 404 | has no field 'nope'",
                "toggle not boolean | {\"version\":0,\"values\":{\"byCategory\":\"maybe\"}} | 400 | must be \"true\" or \"false\"",
                "unknown row | {\"version\":0,\"tables\":{\"services\":{\"app-x\":{\"service\":\"svc-mail\"}}}} | 400 | has no row 'app-x'",
                "script in text | {\"version\":0,\"values\":{\"byCategory\":\"<script>alert(1)</script>\"}} | 400 | must be \"true\" or \"false\"",
                "empty body | ' ' | 400 | empty",
        })
        void isRefusedWithAClearMessageAndChangesNothing(String what, String body, int status, String message) {
            Answer answer = client.send("PUT", BASE + "/panels/services", body);

            assertThat(answer.status()).as(what).isEqualTo(status);
            assertThat(answer.json().get("message").asText()).as(what).contains(message);
            assertThat(version()).isZero();
        }

        @Test
        void aBodyLargerThanTheLimitIs413() {
            String big = "{\"version\":0,\"values\":{\"serverUrl\":\"" + "x".repeat(300 * 1024) + "\"}}";

            Answer answer = client.send("PUT", BASE + "/panels/connection", big);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("error").asText()).isEqualTo("payload-too-large");
            assertThat(version()).isZero();
        }

        @Test
        void aBodyThatIsNotJsonIs415() {
            Answer answer = client.raw(client.base(BASE + "/panels/services").header("Content-Type", "text/plain")
                    .header("X-CSRF-Token", client.csrfToken())
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("version=0")));

            assertThat(answer.status()).isEqualTo(415);
        }

        @Test
        void unknownPluginsPanelsFieldsAndActionsAre404() {
            assertThat(client.get("/api/settings/nope").status()).isEqualTo(404);
            assertThat(client.send("PUT", BASE + "/panels/nope", "{\"version\":0}").status()).isEqualTo(404);
            assertThat(client.get(BASE + "/panels/services/fields/nope/options").status()).isEqualTo(404);
            assertThat(client.send("POST", BASE + "/panels/connection/actions/nope", "{}").status()).isEqualTo(404);
            assertThat(client.get(BASE + "/panels/services/fields/services/rows").json().get("message").asText())
                    .contains("row source");
        }

        @Test
        void aSecretGivenAndClearedAtOnceIsRefused() {
            Answer answer = client.send("PUT", BASE + "/panels/connection",
                    "{\"version\":0,\"secrets\":{\"apiSecret\":\"x\"},\"clearSecrets\":[\"apiSecret\"]}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("message").asText()).contains("both given and cleared");
        }
    }

    @Nested
    class LiveOptionsRowsAndActions {

        @Test
        void optionsOfAColumnWithTheRowsParameter() {
            Answer answer = client.get(BASE + "/panels/companies/fields/companies/options?column=contract&param.company=co-1");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("options")).extracting(o -> o.get("id").asText()).containsExactly("ct-11", "ct-12");
        }

        @Test
        void anUnknownQueryParameterOrAnUndeclaredSourceParameterIs400() {
            assertThat(client.get(BASE + "/panels/companies/fields/companies/options?column=contract&company=co-1").status())
                    .isEqualTo(400);
            assertThat(client.get(BASE + "/panels/companies/fields/companies/options?column=contract&param.other=x")
                    .json().get("message").asText()).contains("takes no parameter 'other'");
        }

        @Test
        void rowsOfATableWithARowSource() {
            JsonNode rows = client.get(BASE + "/panels/companies/fields/companies/rows").json().get("rows");

            assertThat(rows).extracting(r -> r.get("id").asText()).containsExactly("cust-1", "cust-2");
            assertThat(rows.get(0).get("suggestions").get("company").asText()).isEqualTo("co-1");
        }

        @Test
        void anActionReportsItsStepsAgainstUnsavedValues() {
            Answer answer = client.send("POST", BASE + "/panels/connection/actions/test",
                    "{\"values\":{\"serverUrl\":\"https://billing.example.com\"},\"secrets\":{\"apiSecret\":\""
                            + FakeSettings.GOOD_SECRET + "\"}}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("outcome").asText()).isEqualTo("SUCCESSFUL");
            assertThat(answer.json().get("steps")).extracting(s -> s.get("name").asText())
                    .containsExactly("Server reached", "Credentials accepted");
            assertThat(version()).isZero();
        }
    }

    @Nested
    class PluginFaults {

        @Test
        void panelsThatFailAreShownAsAProblemAndTheHostKeepsServing() {
            host.fake.settings.faults.set("panels", Fault.BUG);

            JsonNode plugin = client.get("/api/settings").json().get("plugins").get(0);

            assertThat(plugin.get("problem").asText()).isEqualTo("the plugin failed: IllegalStateException");
            assertThat(client.bodies).noneMatch(b -> b.contains(FaultSwitch.BUG_DETAIL));
            assertThat(client.get("/api/inventory").status()).isEqualTo(200);
        }

        @Test
        void aHangingOptionSourceIs504AndTheNextCallWorks() {
            host.fake.settings.faults.set("options", Fault.HANG);
            Answer hung = client.get(BASE + "/panels/services/fields/services/options?column=ws");

            assertThat(hung.status()).isEqualTo(504);
            assertThat(hung.json().get("error").asText()).isEqualTo("plugin-timeout");
            host.fake.settings.faults.clear();
            assertThat(client.get(BASE + "/panels/services/fields/services/options?column=ws").status()).isEqualTo(200);
        }

        @Test
        void thePluginsOwnRefusalIs422WithItsMessage() {
            host.fake.settings.faults.set("options", Fault.REFUSE);

            Answer answer = client.get(BASE + "/panels/services/fields/services/options?column=ws");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().get("message").asText()).isEqualTo("Set the server address on the Connection panel first.");
        }

        @Test
        void aValidationThatThrowsOrAnswersNothingIs502AndStoresNothing() {
            host.fake.settings.faults.set("validate", Fault.BUG);
            Answer bug = saveConnection(0, "https://a.example.com", SECRET);
            host.fake.settings.faults.set("validate", Fault.NULL);
            Answer nothing = saveConnection(0, "https://a.example.com", SECRET);

            assertThat(List.of(bug.status(), nothing.status())).containsOnly(502);
            assertThat(bug.json().get("message").asText()).isEqualTo("the plugin failed: IllegalStateException");
            assertThat(nothing.json().get("message").asText()).contains("invalid answer");
            assertThat(version()).isZero();
        }
    }
}
