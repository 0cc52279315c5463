package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import net.mspbridge.api.host.Secret;

/**
 * Zone discovery against a zone lookup on 127.0.0.1 and zone hosts served over real HTTPS as
 * {@code webservicesN.autotask.net} (test DNS and CA, see {@link TlsZones}); the client's zone
 * policy is the production one.
 */
class ZoneDiscoveryTest {

    private static final String ZONE5 = "webservices5.autotask.net";
    private static final String ZONE14 = "webservices14.autotask.net";

    private final TlsZones tls = new TlsZones();
    private final AutotaskStub lookup = new AutotaskStub();
    private final AutotaskStub zone5 = tls.zoneHost();
    private final AutotaskStub zone14 = tls.zoneHost();
    private final List<AutotaskClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(AutotaskClient::close);
        lookup.close();
        zone5.close();
        zone14.close();
    }

    private AutotaskClient discoveringClient() {
        AutotaskOptions options = Fixtures.fastOptions().zoneLookupBase(lookup.base().uri()).build();
        AutotaskConfig config = AutotaskConfig.builder(AutotaskStub.USER, Secret.of(AutotaskStub.SECRET),
                AutotaskStub.CODE).options(options).build();
        AutotaskClient client = new DefaultAutotaskClientFactory(tls.tuning()).create(config);
        clients.add(client);
        return client;
    }

    private static MockResponse zoneAnswer(String url) {
        return Fixtures.ok("{\"zoneName\":\"America East\",\"url\":\"" + url
                + "\",\"webUrl\":\"https://ww5.autotask.net/\",\"ci\":20264}");
    }

    private List<RecordedRequest> lookups() {
        return lookup.requests("GET", "zoneInformation");
    }

    @Nested
    class Discovery {

        @Test
        void looksTheZoneUpOnceAndSendsEveryCallThere() {
            lookup.always("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)));
            zone5.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));
            AutotaskClient client = discoveringClient();

            client.companiesByIds(List.of(174L));
            client.activeCompanies();

            assertThat(lookups()).hasSize(1);
            assertThat(zone5.requests("POST", "Companies/query")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.getHeaders().get("Secret")).isEqualTo(AutotaskStub.SECRET));
            assertThat(client.baseUrl()).isEqualTo(URI.create(TlsZones.zoneUrl(ZONE5, zone5)));
            assertThat(client.zoneInformation()).hasValueSatisfying(z -> {
                assertThat(z.zoneName()).isEqualTo("America East");
                assertThat(z.ci()).isEqualTo(20264);
            });
        }

        @Test
        void theLookupAsksForTheUserAndCarriesNoCredentials() {
            lookup.always("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)));

            discoveringClient().zoneInformation();

            RecordedRequest request = lookups().get(0);
            assertThat(request.getUrl().queryParameter("user")).isEqualTo(AutotaskStub.USER);
            assertThat(request.getHeaders().get("Secret")).isNull();
            assertThat(request.getHeaders().get("ApiIntegrationCode")).isNull();
            assertThat(request.getHeaders().get("UserName")).isNull();
        }

        @Test
        void aZoneUrlWithoutTrailingSlashIsNormalised() {
            String url = TlsZones.zoneUrl(ZONE5, zone5);
            lookup.always("GET", "zoneInformation", zoneAnswer(url.substring(0, url.length() - 1)));
            zone5.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

            discoveringClient().companiesByIds(List.of(174L));

            assertThat(zone5.requests("POST", "Companies/query")).hasSize(1);
        }

        @Test
        void anUnknownUserIsAnAuthenticationErrorSayingToCheckTheUserName() {
            lookup.always("GET", "zoneInformation", Fixtures.status(500, Fixtures.text("error-zone-unknown-user.json")));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskAuthenticationException.class)
                    .hasMessageStartingWith(AutotaskAuthenticationException.UNKNOWN_USER)
                    .hasMessageContaining("Zone information could not be determined");
            assertThat(lookups()).as("a definitive answer is not asked again").hasSize(1);
        }

        @Test
        void aZoneLookupServerErrorIsRetriedAndNotBlamedOnTheUserName() {
            lookup.always("GET", "zoneInformation",
                    Fixtures.status(500, "{\"errors\":[\"An unexpected error has occurred\"]}"));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskException.class)
                    .isNotInstanceOf(AutotaskAuthenticationException.class)
                    .hasMessageContaining("An unexpected error has occurred")
                    .hasMessageNotContaining("user name");
            assertThat(lookups()).as("retried up to maxAttempts").hasSize(3);
        }

        @Test
        void aPassingZoneLookupServerErrorIsOvercomeByTheRetry() {
            lookup.enqueue("GET", "zoneInformation",
                    Fixtures.status(500, "{\"errors\":[\"An unexpected error has occurred\"]}"));
            lookup.always("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)));
            zone5.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));

            discoveringClient().companiesByIds(List.of(174L));

            assertThat(lookups()).hasSize(2);
            assertThat(zone5.requests("POST", "Companies/query")).hasSize(1);
        }

        @Test
        void aBaseUrlOverrideBypassesDiscovery() {
            try (AutotaskStub sandbox = new AutotaskStub()) {
                sandbox.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));
                AutotaskOptions options = Fixtures.fastOptions().zoneLookupBase(lookup.base().uri()).build();
                AutotaskClient client = sandbox.client(options);

                client.companiesByIds(List.of(174L));

                assertThat(client.zoneInformation()).isEmpty();
                assertThat(client.baseUrl()).isEqualTo(sandbox.base().uri());
                assertThat(lookup.requests()).isEmpty();
            }
        }
    }

    @Nested
    class After401 {

        @Test
        void looksTheZoneUpExactlyOnceMoreAndRetriesInTheNewZone() {
            lookup.enqueue("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)),
                    zoneAnswer(TlsZones.zoneUrl(ZONE14, zone14)));
            zone5.always("POST", "Companies/query", Fixtures.status(401, "{\"errors\":[\"moved\"]}"));
            zone14.always("POST", "Companies/query", Fixtures.okFixture("companies-page.json"));
            AutotaskClient client = discoveringClient();

            List<Company> companies = client.companiesByIds(List.of(174L));

            assertThat(companies).extracting(Company::id).containsExactly(174L);
            assertThat(lookups()).hasSize(2);
            assertThat(zone5.requests("POST", "Companies/query")).hasSize(1);
            assertThat(zone14.requests("POST", "Companies/query")).hasSize(1);
            assertThat(client.baseUrl()).isEqualTo(URI.create(TlsZones.zoneUrl(ZONE14, zone14)));
        }

        @Test
        void aCreateRefusedWith401IsSentAgainInTheNewZone() {
            lookup.enqueue("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)),
                    zoneAnswer(TlsZones.zoneUrl(ZONE14, zone14)));
            zone5.always("POST", "ContractServiceAdjustments", Fixtures.status(401, ""));
            zone14.always("POST", "ContractServiceAdjustments", Fixtures.okFixture("create-result.json"));

            long id = discoveringClient().createAdjustment(
                    new ContractServiceAdjustment(1, 2, java.time.LocalDate.of(2024, 5, 1), 3, null));

            assertThat(id).isEqualTo(128926);
            assertThat(zone14.requests("POST", "ContractServiceAdjustments")).hasSize(1);
        }

        @Test
        void aSecond401InTheSameZoneIsTheAuthenticationErrorWithoutMoreLookups() {
            lookup.always("GET", "zoneInformation", zoneAnswer(TlsZones.zoneUrl(ZONE5, zone5)));
            zone5.always("POST", "Companies/query", Fixtures.status(401, ""));
            AutotaskClient client = discoveringClient();

            assertThatThrownBy(() -> client.companiesByIds(List.of(174L)))
                    .isInstanceOf(AutotaskAuthenticationException.class)
                    .hasMessageStartingWith(AutotaskAuthenticationException.REJECTED);
            assertThat(lookups()).hasSize(2);

            assertThatThrownBy(() -> client.companiesByIds(List.of(175L)))
                    .isInstanceOf(AutotaskAuthenticationException.class);
            assertThat(lookups()).hasSize(2);
            assertThat(zone5.requests("POST", "Companies/query")).hasSize(2);
        }
    }

    @Nested
    class RefusedZones {

        @Test
        void aZoneOutsideAutotaskNetIsRefused() {
            lookup.always("GET", "zoneInformation", zoneAnswer("https://webservices5.autotask.net.evil.example/ATServicesRest/"));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskUntrustedUrlException.class)
                    .hasMessageContaining("https://webservices5.autotask.net.evil.example/ATServicesRest/")
                    .hasMessageContaining("base URL override");
        }

        @Test
        void aHostMerelyEndingInAutotaskNetTextIsRefused() {
            lookup.always("GET", "zoneInformation", zoneAnswer("https://evilautotask.net/ATServicesRest/"));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskUntrustedUrlException.class);
        }

        @Test
        void anHttpZoneOnAutotaskNetIsRefusedAndGetsNothing() {
            lookup.always("GET", "zoneInformation",
                    zoneAnswer("http://" + ZONE5 + ":" + zone5.server().getPort() + "/ATServicesRest/"));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskUntrustedUrlException.class);
            assertThat(zone5.requests()).isEmpty();
        }

        @Test
        void aLoopbackHttpZoneIsRefusedAndReceivesNoCredentials() {
            try (AutotaskStub plain = new AutotaskStub()) {
                lookup.always("GET", "zoneInformation", zoneAnswer(plain.base().toString()));

                assertThatThrownBy(() -> discoveringClient().companiesByIds(List.of(1L)))
                        .isInstanceOf(AutotaskUntrustedUrlException.class)
                        .hasMessageContaining(plain.base().toString());
                assertThat(plain.requests()).isEmpty();
            }
        }

        @Test
        void aZoneAnswerWithoutUrlIsAProtocolError() {
            lookup.always("GET", "zoneInformation", Fixtures.ok("{\"zoneName\":\"America East\"}"));

            assertThatThrownBy(() -> discoveringClient().activeServices())
                    .isInstanceOf(AutotaskProtocolException.class).hasMessageContaining("zoneInformation");
        }
    }
}
