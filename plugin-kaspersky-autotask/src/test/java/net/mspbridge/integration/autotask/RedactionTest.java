package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import net.mspbridge.api.host.Secret;

/**
 * Runs the client through discovery, a 401 and a zone move, paging, errors that echo credentials, a
 * lost create and a refusal, with every logger at TRACE, and looks for the credentials in every log
 * line and every exception.
 */
class RedactionTest {

    private static final List<String> CREDENTIALS = List.of(AutotaskStub.SECRET, AutotaskStub.CODE, AutotaskStub.USER,
            URLEncoder.encode(AutotaskStub.USER, StandardCharsets.UTF_8));

    private final TlsZones tls = new TlsZones();
    private final AutotaskStub lookup = new AutotaskStub();
    private final AutotaskStub zone5 = tls.zoneHost();
    private final AutotaskStub zone14 = tls.zoneHost();
    private final List<String> exceptionTexts = new ArrayList<>();

    @AfterEach
    void stop() {
        lookup.close();
        zone5.close();
        zone14.close();
    }

    @Test
    void noCredentialAppearsInAnyLogLineOrExceptionOfARun() {
        String zone14Url = TlsZones.zoneUrl("webservices14.autotask.net", zone14);
        lookup.enqueue("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl("webservices5.autotask.net", zone5)),
                zoneAnswer(zone14Url));
        zone5.always("POST", "Companies/query", Fixtures.status(401, "{\"errors\":[\"Unauthorized\"]}"));
        zone14.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"))
                .always("GET", "Contracts/entityInformation/fields", Fixtures.okFixture("contracts-fields.json"))
                .enqueue("POST", "Contracts/query",
                        Fixtures.ok(Fixtures.contractsPage(List.of(1L), zone14Url + "V1.0/Contracts/query/next?page=2")))
                .enqueue("POST", "Contracts/query/next", Fixtures.ok(Fixtures.contractsPage(List.of(2L), null)))
                .always("POST", "Services/query", Fixtures.status(500, "{\"errors\":[\"Secret " + AutotaskStub.SECRET
                        + " of " + AutotaskStub.USER + " is not valid for " + AutotaskStub.CODE + "\"]}"))
                .enqueue("POST", "ContractServiceAdjustments",
                        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

        try (LogCapture logs = new LogCapture()) {
            AutotaskConfig config = AutotaskConfig.builder(AutotaskStub.USER, Secret.of(AutotaskStub.SECRET),
                    AutotaskStub.CODE).impersonationResourceId(29682885)
                    .options(Fixtures.fastOptions().zoneLookupBase(lookup.base().uri()).build()).build();
            try (AutotaskClient client = new DefaultAutotaskClientFactory(tls.tuning()).create(config)) {
                assertThat(client.companiesByIds(List.of(174L))).hasSize(1);
                assertThat(client.contractsOfCompanies(List.of(174L))).hasSize(2);
                capture(() -> client.activeServices());
                capture(() -> client.createAdjustment(
                        new ContractServiceAdjustment(1, 2, LocalDate.of(2024, 5, 1), 3, null)));
                exceptionTexts.add(config.toString());
            }
            try (AutotaskStub refusing = new AutotaskStub()) {
                refusing.always("GET", "ThresholdInformation", Fixtures.status(401, "{\"errors\":[\"Unauthorized\"]}"));
                capture(() -> refusing.client().activeCompanies());
            }

            assertThat(exceptionTexts).hasSize(4);
            assertThat(logs.clientEvents()).as("the client logged at TRACE").isGreaterThan(10);
            assertThat(logs.lines()).anySatisfy(line -> assertThat(line).contains("Secret: ******"));
            assertThat(logs.lines()).anySatisfy(line -> assertThat(line).contains("user=******"));
            for (String credential : CREDENTIALS) {
                assertThat(logs.lines()).noneSatisfy(line -> assertThat(line).contains(credential));
                assertThat(exceptionTexts).noneSatisfy(text -> assertThat(text).contains(credential));
            }
        }
    }

    private void capture(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t).append(" | ");
            }
            exceptionTexts.add(text.toString());
        }
    }

    private static MockResponse zoneAnswer(String url) {
        return Fixtures.ok("{\"zoneName\":\"America East\",\"url\":\"" + url + "\",\"webUrl\":null,\"ci\":1}");
    }
}
