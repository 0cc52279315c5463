package net.mspbridge.integration.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.inject.Guice;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The settings extension as PF4J builds it, through the plugin's real Guice wiring and the real
 * Autotask client, against Autotask's wire format on loopback: the panels' ports are bound to the
 * client, not to fakes.
 */
class SettingsWiringTest {

    private static final String SECRET = "Wiring-Secret-5tY";

    private final MockWebServer autotask = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile boolean rejectCredentials;
    private SettingsPanelProvider settings;

    @BeforeEach
    void start() throws IOException {
        autotask.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return answer(request);
            }
        });
        autotask.start(InetAddress.getByName("127.0.0.1"), 0);
        settings = Guice.createInjector(new IntegrationModule()).getInstance(KasperskyAutotaskSettings.class);
    }

    @AfterEach
    void stop() throws IOException {
        PluginInjector.shutdown();
        autotask.close();
    }

    private MockResponse answer(RecordedRequest request) {
        if (rejectCredentials) {
            return new MockResponse.Builder().code(401).body("").build();
        }
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/ThresholdInformation")) {
            return json("threshold.json");
        }
        if (path.endsWith("/Services/entityInformation/fields")) {
            return json("services-fields.json");
        }
        if (path.endsWith("/Services/query")) {
            return json("services-page.json");
        }
        if (path.endsWith("/Contracts/query/count")) {
            return json("count.json");
        }
        return new MockResponse.Builder().code(404).body("{\"errors\":[\"not in this test\"]}").build();
    }

    private HostContext context() {
        String base = "http://127.0.0.1:" + autotask.getPort() + "/ATServicesRest/";
        SettingsValues values = SettingsValues.empty()
                .with(SettingsKeys.AUTOTASK_USERNAME, "api@msp.example")
                .with(SettingsKeys.AUTOTASK_INTEGRATION_CODE, "TRACKING-1")
                .with(SettingsKeys.AUTOTASK_BASE_URL, base)
                .with(SettingsKeys.KASPERSKY_SOLUTION, "ksc");
        return new HostContext(values, Secrets.of(Map.of(SettingsKeys.AUTOTASK_SECRET, SECRET)), Clock.systemUTC(),
                PluginStore.inMemory(), Optional.empty());
    }

    @Test
    void serviceOptionsComeFromAutotaskWithPriceAndPeriod() {
        List<Option> options = settings.options(new OptionsRequest(SettingsKeys.SERVICES_SOURCE, Map.of()), context());

        assertThat(options).extracting(Option::label)
                .containsExactly("Kaspersky EDR Server (12.00 / Yearly)", "Kaspersky EDR Workstation (4.50 / Monthly)");
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeaders().get("Secret")).isEqualTo(SECRET));
    }

    @Test
    void dropDownListsAreReadOnceForManyRowsButValidationReadsLive() {
        for (int row = 0; row < 20; row++) {
            settings.options(new OptionsRequest(SettingsKeys.SERVICES_SOURCE, Map.of()), context());
        }
        long listReads = requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/Services/query")).count();
        assertThat(listReads).isEqualTo(1);

        HostContext proposed = context().withSettings(context().settings().withTable(SettingsKeys.SERVICES,
                TableValue.empty().with("kes-windows", SettingsKeys.SERVICE_COLUMN, "99")), context().secrets());
        ValidationResult result = settings.validate(SettingsKeys.SERVICES_PANEL, proposed);

        assertThat(requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/Services/query")).count())
                .isEqualTo(2);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors()).anySatisfy(m -> assertThat(m.text()).contains("99"));
    }

    @Test
    void testAutotaskConnectionReportsEachStep() {
        ActionResult result = settings.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                context());

        assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
        assertThat(result.steps()).extracting(ActionStep::detail).anySatisfy(d -> assertThat(d).contains("1234"));
    }

    @Test
    void rejectedCredentialsBecomeAFailedStepThatSaysWhatToCheck() {
        rejectCredentials = true;

        ActionResult result = settings.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                context());

        assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(result.steps()).filteredOn(s -> s.outcome() == StepOutcome.FAILED).first()
                .satisfies(step -> assertThat(step.detail()).contains("Autotask rejected").doesNotContain(SECRET));
    }

    private static MockResponse json(String fixture) {
        try (InputStream in = SettingsWiringTest.class.getResourceAsStream("/autotask/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + fixture);
            }
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
