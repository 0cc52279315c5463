package net.mspbridge.host.sandbox.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.sandbox.MutableClock;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.SandboxSeed;

class KscSandboxTest {

    private static final KscCredentials CREDENTIALS = new KscCredentials("ksc-billing", Secret.of("pa55-word-ksc"), "");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String HOST_FIELDS = "[\"KLHST_WKS_HOSTNAME\",\"KLHST_WKS_DN\",\"KLHST_WKS_GROUPID\",\"KLHST_WKS_OS_NAME\","
            + "\"KLHST_WKS_CTYPE\",\"KLHST_WKS_PTYPE\"]";

    private static KscCertificate certificate;
    private KscSandbox sandbox;

    @BeforeAll
    static void makeCertificate() {
        certificate = KscCertificate.generate();
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private KscHttp client() {
        if (sandbox == null) {
            SandboxSeed seed = DemoData.build(TODAY);
            sandbox = KscSandbox.start(KscSandboxConfig.of(seed.ksc(), CREDENTIALS, certificate));
        }
        return new KscHttp(sandbox, sandbox.certificatePem());
    }

    private KscHttp loggedIn(String vserver) {
        KscHttp http = client();
        HttpResponse<String> login = http.login(CREDENTIALS, vserver);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return http;
    }

    @Nested
    class Login {

        @Test
        void succeedsWithTheConfiguredUserAndSetsASessionCookie() {
            HttpResponse<String> login = client().login(CREDENTIALS, null);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).isEqualTo("{}");
            assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure", "HttpOnly"));
        }

        @Test
        void wrongPasswordIs401WithAPxgError() {
            HttpResponse<String> login = client().login("ksc-billing", "wrong", null);
            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(KscHttp.json(login).has("PxgError")).isTrue();
            assertThat(login.body()).doesNotContain("pa55-word-ksc");
        }

        @Test
        void anUnknownVirtualServerIs401WithCode1184() {
            HttpResponse<String> login = client().login(CREDENTIALS, "Nobody Inc");
            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(login.body()).isEqualTo("{\"PxgError\":{\"code\":1184,\"message\":\"Virtual server not found\"}}");
        }

        @Test
        void aCallWithoutASessionIs401() {
            HttpResponse<String> response = client().call("VServers.GetVServers", "{\"lParentGroup\":-1}");
            assertThat(response.statusCode()).isEqualTo(401);
        }

        @Test
        void aClientThatDoesNotTrustTheCertificateCannotConnect() {
            client();
            KscHttp stranger = new KscHttp(sandbox, KscCertificate.generate().certificatePem());
            assertThatThrownBy(() -> stranger.login(CREDENTIALS, null))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Nested
    class VirtualServers {

        @Test
        void theMainServerSessionListsThem() {
            JsonNode result = loggedIn(null).ok("VServers.GetVServers", "{\"lParentGroup\":-1}");
            JsonNode first = result.get("PxgRetVal").get(0);
            assertThat(first.get("type").asText()).isEqualTo("params");
            assertThat(first.get("value").get("KLVSRV_ID").asLong()).isEqualTo(DemoData.VS_CONTOSO);
            assertThat(first.get("value").get("KLVSRV_DN").asText()).isEqualTo("Contoso");
            assertThat(first.get("value").get("KLVSRV_ENABLED").asBoolean()).isTrue();
            assertThat(result.get("PxgRetVal")).hasSize(7);
        }

        @Test
        void aVirtualServerSessionSeesOnlyItsOwnHosts() {
            JsonNode found = loggedIn("Fabrikam").ok("HostGroup.FindHosts",
                    "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + ",\"lMaxLifeTime\":1200}");
            assertThat(found.get("PxgRetVal").asInt()).isEqualTo(16);
            assertThat(loggedIn(null).ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}")
                    .get("PxgRetVal").asInt()).isZero();
        }
    }

    @Nested
    class Counters {

        @Test
        void callsAreCountedPerVirtualServerLoginAndEndSessionIncludedAndUnboundSessionsNot() {
            loggedIn(null).ok("VServers.GetVServers", "{\"lParentGroup\":-1}");
            KscHttp fabrikam = loggedIn("Fabrikam");
            fabrikam.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}");
            fabrikam.ok("Session.EndSession", "{}");
            loggedIn("Contoso").call("VServers.GetVServers", "{\"lParentGroup\":-1}");

            KscStats stats = sandbox.stats();
            assertThat(stats.callsByVirtualServer()).containsOnlyKeys(DemoData.VS_CONTOSO, DemoData.VS_FABRIKAM);
            assertThat(stats.callsByVirtualServer().get(DemoData.VS_FABRIKAM)).isEqualTo(3);
            assertThat(stats.callsByVirtualServer().get(DemoData.VS_CONTOSO)).isEqualTo(2);
            assertThat(stats.maxCallsPerVirtualServer()).isEqualTo(3);
            assertThat(stats.totalCalls()).isEqualTo(7);
            assertThat(stats.peakSessionsInFlight()).isEqualTo(1);

            sandbox.resetStats();
            assertThat(sandbox.stats().callsByVirtualServer()).isEmpty();
            assertThat(sandbox.stats().peakSessionsInFlight()).isZero();
        }

        @Test
        void aCallIsInFlightThroughItsLatencyAsAClientSeesItSoSessionsReadSideBySideAreCounted() throws Exception {
            KscHttp fabrikam = loggedIn("Fabrikam");
            KscHttp contoso = loggedIn("Contoso");
            // The latency stands for the network: a call is out for all of it. The second call leaves
            // 0.7 s after the first, so both are out together for 1.3 s, although the server works on
            // them 0.7 s apart (which is all that counted before).
            sandbox.setOptions(sandbox.options().withLatency(Duration.ofSeconds(2)));
            String find = "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + ",\"lMaxLifeTime\":60}";
            CompletableFuture<JsonNode> first = CompletableFuture.supplyAsync(() -> fabrikam.ok("HostGroup.FindHosts", find));
            Thread.sleep(700);
            CompletableFuture<JsonNode> second = CompletableFuture.supplyAsync(() -> contoso.ok("HostGroup.FindHosts", find));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);

            assertThat(sandbox.stats().peakSessionsInFlight()).isEqualTo(2);
            assertThat(sandbox.stats().peakCallsPerSession()).isEqualTo(1);
        }
    }

    @Nested
    class Sessions {

        @Test
        void anExpiredSessionGets401AndALoginGivesAWorkingOneButTheOldAccessorsDiedWithTheOldSession() {
            KscHttp http = loggedIn("Contoso");
            String accessor = http.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}")
                    .get("strAccessor").asText();
            sandbox.expireAllSessions();

            HttpResponse<String> expired = http.call("ChunkAccessor.GetItemsCount", "{\"strAccessor\":\"" + accessor + "\"}");
            assertThat(expired.statusCode()).isEqualTo(401);

            assertThat(http.login(CREDENTIALS, "Contoso").statusCode()).isEqualTo(200);
            // Nothing public says accessors survive a new login; the sandbox does not let them.
            assertThat(KscHttp.json(http.call("ChunkAccessor.GetItemsCount", "{\"strAccessor\":\"" + accessor + "\"}"))
                    .get("PxgError").get("message").asText()).contains("not found");
            assertThat(sandbox.stats().openAccessors()).isZero();
            String fresh = http.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}")
                    .get("strAccessor").asText();
            assertThat(http.ok("ChunkAccessor.GetItemsCount", "{\"strAccessor\":\"" + fresh + "\"}").get("PxgRetVal").asInt()).isEqualTo(24);
            assertThat(sandbox.stats().unauthorized()).isEqualTo(1);
            assertThat(sandbox.stats().loginsAccepted()).isEqualTo(2);
        }

        @Test
        void aSessionUnusedLongerThanItsLifetimeExpires() {
            MutableClock clock = new MutableClock(TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
            sandbox = KscSandbox.start(KscSandboxConfig.of(DemoData.build(TODAY).ksc(), CREDENTIALS, certificate).withClock(clock)
                    .withOptions(KscOptions.defaults().withSessionLifetime(Duration.ofMinutes(10))));
            KscHttp http = loggedIn(null);
            clock.advance(Duration.ofMinutes(9));
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(9));
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).as("used 9 minutes ago").isEqualTo(200);
            clock.advance(Duration.ofMinutes(11));
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).isEqualTo(401);
        }

        @Test
        void everyNthCallCanFindItsSessionExpired() {
            client();
            sandbox.setOptions(sandbox.options().withExpireSessionsEveryCalls(3));
            KscHttp http = loggedIn(null);
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).isEqualTo(200);
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).isEqualTo(200);
            assertThat(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class HostsAndKeys {

        @Test
        void chunksPageThroughEveryHostOnceAndReleasedAccessorsAreTracked() {
            KscHttp http = loggedIn("Contoso");
            String accessor = http.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + ",\"lMaxLifeTime\":1200}")
                    .get("strAccessor").asText();
            assertThat(sandbox.stats().openAccessors()).isEqualTo(1);
            Set<String> seen = new HashSet<>();
            List<Integer> chunkSizes = new ArrayList<>();
            for (int start = 0; ; start += 10) {
                JsonNode chunk = http.ok("ChunkAccessor.GetItemsChunk", "{\"strAccessor\":\"" + accessor + "\",\"nStart\":" + start + ",\"nCount\":10}");
                int n = chunk.get("PxgRetVal").asInt();
                chunkSizes.add(n);
                JsonNode items = chunk.get("pChunk").get("KLCSP_ITERATOR_ARRAY");
                assertThat(items).hasSize(n);
                items.forEach(i -> seen.add(i.get("value").get("KLHST_WKS_HOSTNAME").asText()));
                if (n < 10) {
                    break;
                }
            }
            assertThat(chunkSizes).containsExactly(10, 10, 4);
            assertThat(seen).hasSize(24);
            JsonNode first = http.ok("ChunkAccessor.GetItemsChunk", "{\"strAccessor\":\"" + accessor + "\",\"nStart\":0,\"nCount\":1}")
                    .get("pChunk").get("KLCSP_ITERATOR_ARRAY").get(0).get("value");
            assertThat(first.get("KLHST_WKS_OS_NAME").asText()).isEqualTo("Microsoft Windows 11 Pro");
            assertThat(first.has("KLWNF_OS_IS_SERVER")).as("not a host attribute").isFalse();
            assertThat(first.get("KLHST_WKS_CTYPE").asInt()).isEqualTo(KscDevice.CTYPE_WORKSTATION);

            assertThat(http.ok("ChunkAccessor.Release", "{\"strAccessor\":\"" + accessor + "\"}").toString()).isEqualTo("{}");
            assertThat(sandbox.stats().openAccessors()).isZero();
            HttpResponse<String> released = http.call("ChunkAccessor.GetItemsCount", "{\"strAccessor\":\"" + accessor + "\"}");
            assertThat(released.statusCode()).isEqualTo(200);
            assertThat(KscHttp.json(released).has("PxgError")).isTrue();
        }

        @Test
        void anAccessorOfOneVirtualServerIsUnknownToAnother() {
            KscHttp contoso = loggedIn("Contoso");
            String accessor = contoso.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}")
                    .get("strAccessor").asText();
            KscHttp fabrikam = loggedIn("Fabrikam");
            HttpResponse<String> response = fabrikam.call("ChunkAccessor.GetItemsCount", "{\"strAccessor\":\"" + accessor + "\"}");
            assertThat(KscHttp.json(response).get("PxgError").get("message").asText()).contains("not found");
        }

        @Test
        void hostProductsListProductIdVersionAndDisplayName() {
            KscHttp http = loggedIn("Contoso");
            String accessor = http.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":[\"KLHST_WKS_HOSTNAME\",\"KLHST_WKS_DN\"]}")
                    .get("strAccessor").asText();
            JsonNode host = http.ok("ChunkAccessor.GetItemsChunk", "{\"strAccessor\":\"" + accessor + "\",\"nStart\":18,\"nCount\":1}")
                    .get("pChunk").get("KLCSP_ITERATOR_ARRAY").get(0).get("value");
            assertThat(host.get("KLHST_WKS_DN").asText()).isEqualTo("CONTOSO-DC01");
            JsonNode products = http.ok("HostGroup.GetHostProducts", "{\"strHostName\":\"" + host.get("KLHST_WKS_HOSTNAME").asText() + "\"}")
                    .get("PxgRetVal");
            assertThat(products.get("WSEE").get("type").asText()).isEqualTo("params");
            assertThat(products.get("WSEE").get("value").get("11.0.1.897").get("value").get("DisplayName").asText())
                    .isEqualTo("Kaspersky Security for Windows Server");
            assertThat(products.has("1103")).isTrue();
            http.ok("ChunkAccessor.Release", "{\"strAccessor\":\"" + accessor + "\"}");
        }

        @Test
        void keysAndTheirHostsComeThroughIteratorsThatAreTracked() {
            KscHttp http = loggedIn("Fabrikam");
            JsonNode keys = http.ok("LicenseKeys.EnumKeys", "{\"pFields\":[\"KLLIC_SERIAL\",\"KLLIC_KEY_TYPE\",\"KLLIC_LIMIT_DATE\","
                    + "\"KLLIC_LIC_COUNT\",\"KLLIC_NHOSTS_ASCURRENT\",\"KLLIC_PROD_NAME\"],\"pFieldsToOrder\":[],\"pOptions\":{},\"lTimeoutSec\":300}");
            assertThat(keys.get("lKeyCount").asInt()).isEqualTo(5);
            String keyIterator = keys.get("wstrIterator").asText();
            List<JsonNode> keyRows = new ArrayList<>();
            boolean eof = false;
            while (!eof) {
                JsonNode page = http.ok("GroupSyncIterator.GetNextItems", "{\"szwIterator\":\"" + keyIterator + "\",\"nCount\":2}");
                page.get("pData").get("KLCSP_ITERATOR_ARRAY").forEach(i -> keyRows.add(i.get("value")));
                assertThat(page.get("PxgRetVal").asInt()).isEqualTo(page.get("pData").get("KLCSP_ITERATOR_ARRAY").size());
                eof = page.get("bEOF").asBoolean();
            }
            assertThat(keyRows).hasSize(5);
            JsonNode trial = keyRows.stream().filter(k -> k.get("KLLIC_KEY_TYPE").asInt() == LicenseKey.TRIAL).findFirst().orElseThrow();
            assertThat(trial.get("KLLIC_NHOSTS_ASCURRENT").asInt()).isEqualTo(1);
            assertThat(trial.get("KLLIC_LIMIT_DATE").get("type").asText()).isEqualTo("datetime");
            assertThat(trial.get("KLLIC_LIMIT_DATE").get("value").asText()).isEqualTo("2026-04-04T00:00:00Z");
            assertThat(sandbox.stats().openIterators()).isEqualTo(1);
            http.ok("GroupSyncIterator.ReleaseIterator", "{\"szwIterator\":\"" + keyIterator + "\"}");

            String subscription = keyRows.stream().filter(k -> k.get("KLLIC_KEY_TYPE").asInt() == LicenseKey.SUBSCRIPTION)
                    .findFirst().orElseThrow().get("KLLIC_SERIAL").asText();
            JsonNode hosts = http.ok("LicenseKeys.AcquireKeyHosts", "{\"pInData\":{\"KLLIC_SERIAL\":\"" + subscription + "\"},"
                    + "\"pFields\":[\"KLLICSRV_HOSTNAME\",\"KLLICSRV_PRODUCT\",\"KLLICSRV_VERSION\"],\"pFieldsToOrder\":[],\"pOptions\":{},\"lTimeoutSec\":300}");
            assertThat(hosts.get("lKeyCount").asInt()).as("9 on it as their active key, FAB-LT-TRIAL as its reserve").isEqualTo(10);
            JsonNode page = http.ok("GroupSyncIterator.GetNextItems", "{\"szwIterator\":\"" + hosts.get("wstrIterator").asText() + "\",\"nCount\":100}");
            assertThat(page.get("bEOF").asBoolean()).isTrue();
            JsonNode first = page.get("pData").get("KLCSP_ITERATOR_ARRAY").get(0).get("value");
            assertThat(first.get("KLLICSRV_PRODUCT").asText()).isEqualTo("KES");
            assertThat(first.get("KLLICSRV_HOSTNAME").asText()).matches("[0-9a-f-]{36}");
            http.ok("GroupSyncIterator.ReleaseIterator", "{\"szwIterator\":\"" + hosts.get("wstrIterator").asText() + "\"}");
            assertThat(sandbox.stats().openIterators()).isZero();
            assertThat(sandbox.stats().calls("GroupSyncIterator.GetNextItems")).isGreaterThanOrEqualTo(4);
        }

        /** Every item of an iterator, released at the end. */
        private List<JsonNode> drain(KscHttp http, JsonNode opened) {
            String iterator = opened.get("wstrIterator").asText();
            List<JsonNode> rows = new ArrayList<>();
            boolean eof = false;
            while (!eof) {
                JsonNode page = http.ok("GroupSyncIterator.GetNextItems", "{\"szwIterator\":\"" + iterator + "\",\"nCount\":50}");
                page.get("pData").get("KLCSP_ITERATOR_ARRAY").forEach(i -> rows.add(i.get("value")));
                eof = page.get("bEOF").asBoolean();
            }
            http.ok("GroupSyncIterator.ReleaseIterator", "{\"szwIterator\":\"" + iterator + "\"}");
            return rows;
        }

        private List<JsonNode> keyHosts(KscHttp http, String serial) {
            return drain(http, http.ok("LicenseKeys.AcquireKeyHosts", "{\"pInData\":{\"KLLIC_SERIAL\":\"" + serial + "\"},"
                    + "\"pFields\":[\"KLLICSRV_HOSTNAME\",\"KLLICSRV_PRODUCT\",\"KLLICSRV_HOST_CURRENT\",\"KLLICSRV_EXPIRATION_TIME\"],"
                    + "\"pFieldsToOrder\":[],\"pOptions\":{},\"lTimeoutSec\":300}"));
        }

        @Test
        void keysSayWhetherTheyWereAddedAndAnOptionLeavesOutThoseThatWereNot() {
            KscHttp http = loggedIn("Northwind Traders");
            String fields = "\"pFields\":[\"KLLIC_SERIAL\",\"KLLICSRV_KEY_INSTALLED\"],\"pFieldsToOrder\":[],\"lTimeoutSec\":300";

            List<JsonNode> all = drain(http, http.ok("LicenseKeys.EnumKeys", "{" + fields + ",\"pOptions\":{}}"));
            List<JsonNode> added = drain(http, http.ok("LicenseKeys.EnumKeys",
                    "{" + fields + ",\"pOptions\":{\"KLLICSRV_ENOPT_INSTALLED_ONLY\":true}}"));

            assertThat(all).hasSize(5).filteredOn(k -> !k.get("KLLICSRV_KEY_INSTALLED").asBoolean())
                    .extracting(k -> k.get("KLLIC_SERIAL").asText()).containsExactly("0E14-0033F0-00000B05");
            assertThat(added).hasSize(4).allMatch(k -> k.get("KLLICSRV_KEY_INSTALLED").asBoolean());
        }

        @Test
        void keysCountTheirHostsAsActiveAndAsReserveApartAsTheReferenceDoes() {
            KscHttp http = loggedIn("Fabrikam");
            JsonNode keys = http.ok("LicenseKeys.EnumKeys", "{\"pFields\":[\"KLLIC_SERIAL\",\"KLLIC_NHOSTS_ASCURRENT\","
                    + "\"KLLIC_NHOSTS_ASNEXT\"],\"pFieldsToOrder\":[],\"pOptions\":{},\"lTimeoutSec\":300}");
            JsonNode page = http.ok("GroupSyncIterator.GetNextItems", "{\"szwIterator\":\"" + keys.get("wstrIterator").asText()
                    + "\",\"nCount\":" + keys.get("lKeyCount").asInt() + "}");
            assertThat(page.get("bEOF").asBoolean()).as("a page of lKeyCount reads the whole list").isTrue();
            JsonNode subscription = null;
            for (JsonNode item : page.get("pData").get("KLCSP_ITERATOR_ARRAY")) {
                JsonNode key = item.get("value");
                List<JsonNode> hosts = keyHosts(http, key.get("KLLIC_SERIAL").asText());
                long active = hosts.stream().filter(h -> h.get("KLLICSRV_HOST_CURRENT").asBoolean()).count();
                assertThat(key.get("KLLIC_NHOSTS_ASCURRENT").asLong()).as(key.toString()).isEqualTo(active);
                assertThat(key.get("KLLIC_NHOSTS_ASNEXT").asLong()).as(key.toString()).isEqualTo(hosts.size() - active);
                if (key.get("KLLIC_SERIAL").asText().equals("0F13-0019C2-00007A10")) {
                    subscription = key;
                }
            }
            assertThat(subscription).isNotNull();
            assertThat(subscription.get("KLLIC_NHOSTS_ASCURRENT").asInt()).isEqualTo(9);
            assertThat(subscription.get("KLLIC_NHOSTS_ASNEXT").asInt()).as("FAB-LT-TRIAL holds it as its reserve").isEqualTo(1);
        }

        @Test
        void keyHostsSayWhichKeyIsActiveWhenItExpiresOnTheHostAndTheProductIdInTheHostsCase() {
            KscHttp fabrikam = loggedIn("Fabrikam");
            List<JsonNode> onSubscription = keyHosts(fabrikam, "0F13-0019C2-00007A10");
            assertThat(onSubscription).filteredOn(h -> !h.get("KLLICSRV_HOST_CURRENT").asBoolean()).hasSize(1)
                    .allMatch(h -> !h.has("KLLICSRV_EXPIRATION_TIME"));
            assertThat(onSubscription).filteredOn(h -> h.get("KLLICSRV_HOST_CURRENT").asBoolean()).hasSize(9);

            KscHttp northwind = loggedIn("Northwind Traders");
            assertThat(keyHosts(northwind, "0E14-0033F0-00000B01"))
                    .filteredOn(h -> h.has("KLLICSRV_EXPIRATION_TIME")).hasSize(1)
                    .allMatch(h -> h.get("KLLICSRV_EXPIRATION_TIME").get("type").asText().equals("datetime"));
            assertThat(keyHosts(northwind, "0E14-0033F0-00000B04")).extracting(h -> h.get("KLLICSRV_PRODUCT").asText())
                    .containsExactly("kesl");
        }

        @Test
        void subscriptionsCarryTheSampleAttributes() {
            KscHttp http = loggedIn("Fabrikam");
            List<JsonNode> keys = drain(http, http.ok("LicenseKeys.EnumKeys", "{\"pFields\":[\"KLLIC_SERIAL\",\"KLLIC_KEY_TYPE\","
                    + "\"KLLIC_LICTYPE_IS_SUBSCRIPTION\",\"KLLIC_SUBSCRINFO_STATE\",\"KLLIC_SUBSCRINFO_ENDDATETYPE\",\"KLLIC_SUBSCRINFO_ENDDATE\"],"
                    + "\"pFieldsToOrder\":[],\"pOptions\":{},\"lTimeoutSec\":300}"));

            JsonNode subscription = keys.stream().filter(k -> k.get("KLLIC_KEY_TYPE").asInt() == LicenseKey.SUBSCRIPTION)
                    .findFirst().orElseThrow();
            assertThat(subscription.get("KLLIC_LICTYPE_IS_SUBSCRIPTION").asBoolean()).isTrue();
            assertThat(subscription.get("KLLIC_SUBSCRINFO_STATE").asInt()).isEqualTo(LicenseKey.STATE_ACTIVE);
            assertThat(subscription.get("KLLIC_SUBSCRINFO_ENDDATETYPE").asInt()).isEqualTo(LicenseKey.END_LIMITED);
            assertThat(subscription.get("KLLIC_SUBSCRINFO_ENDDATE").get("type").asText()).isEqualTo("datetime");
            assertThat(keys).filteredOn(k -> k.get("KLLIC_KEY_TYPE").asInt() != LicenseKey.SUBSCRIPTION)
                    .allMatch(k -> !k.has("KLLIC_SUBSCRINFO_STATE"));
        }

        @Test
        void endSessionEndsTheSessionAndWhatItOpened() {
            KscHttp http = loggedIn("Contoso");
            http.ok("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}");
            assertThat(sandbox.liveSessions()).isEqualTo(1);

            assertThat(http.ok("Session.EndSession", "{}").size()).isZero();

            assertThat(sandbox.liveSessions()).isZero();
            assertThat(sandbox.stats().openAccessors()).isZero();
            assertThat(http.call("HostGroup.FindHosts", "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":" + HOST_FIELDS + "}")
                    .statusCode()).isEqualTo(401);
        }

        @Test
        void findHostsRefusesTheWholeCallForAnAttributeHostsDoNotHave() {
            KscHttp http = loggedIn("Contoso");

            HttpResponse<String> refused = http.call("HostGroup.FindHosts",
                    "{\"wstrFilter\":\"\",\"vecFieldsToReturn\":[\"KLHST_WKS_HOSTNAME\",\"KLWNF_OS_IS_SERVER\"]}");

            assertThat(KscHttp.json(refused).get("PxgError").get("message").asText()).contains("KLWNF_OS_IS_SERVER");
            assertThat(sandbox.stats().openAccessors()).isZero();
        }

        @Test
        void misuseGetsAPxgError() {
            KscHttp http = loggedIn("Contoso");
            assertThat(KscHttp.json(http.call("HostGroup.NoSuchMethod", "{}")).get("PxgError").get("message").asText()).contains("NoSuchMethod");
            assertThat(KscHttp.json(http.call("HostGroup.FindHosts", "{\"wstrFilter\":\"\"}")).get("PxgError").get("message").asText())
                    .contains("vecFieldsToReturn");
            assertThat(KscHttp.json(http.call("GroupSyncIterator.ReleaseIterator", "{\"szwIterator\":\"nope\"}")).has("PxgError")).isTrue();
            assertThat(KscHttp.json(http.call("VServers.GetVServers", "{\"lParentGroup\":-1}")).get("PxgError").get("message").asText())
                    .contains("main server");
            HttpResponse<String> broken = http.call("HostGroup.FindHosts", "{not json");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(KscHttp.json(broken).has("PxgError")).isTrue();
        }
    }
}
