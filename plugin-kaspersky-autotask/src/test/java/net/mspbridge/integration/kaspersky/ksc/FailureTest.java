package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.host.Secret;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;

/** What the source does when the server fails, refuses or goes away: one clear error, nothing left open. */
class FailureTest {

    private static final LocalDate BILLING_DATE = LocalDate.of(2026, 6, 15);
    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");

    private final ApplicationCatalog catalog = ApplicationCatalog.load();
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    /** Contoso's ten hosts come in chunks of three: four chunk calls. */
    private UsageSource source() {
        return SecurityCenter.usageSource(ksc.settings().chunkSize(3).build(), catalog, BILLING_DATE);
    }

    @Nested
    class AccessorsAndIterators {

        @Test
        void theHostAccessorIsReleasedWhenAChunkFailsMidPaging() {
            ksc.failOn("ChunkAccessor.GetItemsChunk", 2, () -> KscWire.pxgError(200, -1, "Internal server error"));

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO)))
                    .isInstanceOfSatisfying(KscCallException.class, e -> {
                        assertThat(e.method()).isEqualTo("ChunkAccessor.GetItemsChunk");
                        assertThat(e.errorCode()).hasValue(-1);
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.service()).isEqualTo("Kaspersky Security Center");
                    })
                    .hasMessageContaining("Internal server error");
            assertThat(ksc.calls("ChunkAccessor.Release")).hasSize(1);
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void theHostAccessorIsReleasedWhenTheConnectionDropsMidPaging() {
            ksc.failFrom("ChunkAccessor.GetItemsChunk", 2, () -> new MockResponse.Builder()
                    .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO)))
                    .isInstanceOf(KscUnreachableException.class)
                    .hasMessageContaining("ChunkAccessor.GetItemsChunk");
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void theKeyHostIteratorIsReleasedWhenReadingItFails() {
            // GetNextItems #1 and #2 read the four keys three at a time; #3 is the first key's first hosts.
            ksc.failOn("GroupSyncIterator.GetNextItems", 3, () -> KscWire.pxgError(500, -1, "Iterator broken"));

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO))).isInstanceOf(KscCallException.class);
            assertThat(ksc.calls("LicenseKeys.AcquireKeyHosts")).hasSize(1);
            assertThat(ksc.calls("GroupSyncIterator.ReleaseIterator")).hasSize(2);
            assertThat(ksc.openIterators()).isEmpty();
            assertThat(ksc.calls("HostGroup.FindHosts")).isEmpty();
        }

        @Test
        void theKeyIteratorIsReleasedWhenReadingTheKeysFails() {
            ksc.failOn("GroupSyncIterator.GetNextItems", 1, () -> new MockResponse.Builder().code(200)
                    .body("{\"bEOF\": false, \"pData\": {\"KLCSP_ITERATOR_ARRAY\": [").build());

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO))).isInstanceOf(KscCallException.class)
                    .hasMessageContaining("GroupSyncIterator.GetNextItems");
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void aReleaseThatFailsAfterAFailedReadIsKeptWithTheFirstFailure() {
            ksc.failOn("ChunkAccessor.GetItemsChunk", 1, () -> KscWire.pxgError(200, -1, "Chunk failed"));
            ksc.failOn("ChunkAccessor.Release", 1, () -> KscWire.pxgError(200, -1, "Release failed"));

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO)))
                    .hasMessageContaining("Chunk failed")
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                            .satisfies(s -> assertThat(s).hasMessageContaining("Release failed")));
        }

        @Test
        void aReleaseThatFailsAfterAGoodReadDoesNotLoseTheCounts() {
            ksc.failOn("ChunkAccessor.Release", 1, () -> KscWire.pxgError(200, -1, "Release failed"));

            assertThat(source().usage(List.of(CONTOSO))).containsExactly(KscUsageSourceTest.CONTOSO_USAGE);
        }
    }

    @Nested
    class Sessions {

        @Test
        void anExpiredSessionMidPagingIsRenewedAndTheVirtualServerReadAgainFromTheStart() {
            // Nothing public says accessors survive a new login: the fake lets them die with their session.
            ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 3);

            assertThat(source().usage(List.of(CONTOSO))).containsExactly(KscUsageSourceTest.CONTOSO_USAGE);
            assertThat(ksc.logins()).containsExactly("", "Contoso", "Contoso");
            List<FakeKsc.Call> chunks = ksc.calls("ChunkAccessor.GetItemsChunk");
            assertThat(chunks).extracting(c -> c.params().path("nStart").asInt()).containsExactly(0, 3, 6, 0, 3, 6, 9);
            assertThat(chunks.get(3).params().path("strAccessor")).isNotEqualTo(chunks.get(2).params().path("strAccessor"));
            assertThat(chunks.subList(3, 7)).extracting(FakeKsc.Call::session).containsOnly(chunks.get(3).session())
                    .doesNotContain(chunks.get(0).session());
            assertThat(ksc.calls("LicenseKeys.EnumKeys")).as("the keys read again too").hasSize(2);
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void aVirtualServerWhoseSessionKeepsEndingFailsNamingWhy() {
            ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 2);
            ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 3);
            ksc.expireSessionOn("ChunkAccessor.GetItemsChunk", 4);

            assertThatThrownBy(() -> source().usage(List.of(CONTOSO)))
                    .isInstanceOfSatisfying(KscCallException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
                    .hasMessageContaining("virtual server 'Contoso'").hasMessageContaining("3 times")
                    .hasMessageContaining("ChunkAccessor.GetItemsChunk");
            assertThat(ksc.logins()).containsExactly("", "Contoso", "Contoso", "Contoso", "Contoso");
            assertThat(ksc.liveSessions()).as("every session ended").isZero();
        }
    }

    @Nested
    class Errors {

        @Test
        void wrongCredentialsNameTheSettingsToFix() {
            UsageSource source = SecurityCenter.usageSource(
                    KscSettings.builder(ksc.address(), FakeKsc.USER, Secret.of("wrong-password"))
                            .pin(CertificatePin.of(ksc.certificate().certificate())).build(),
                    catalog, BILLING_DATE);

            assertThatThrownBy(source::customers)
                    .isInstanceOfSatisfying(KscLoginRefusedException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(401);
                        assertThat(e.errorCode()).hasValue(5);
                    })
                    .hasMessageContaining("refused to log in user '" + FakeKsc.USER + "'")
                    .hasMessageContaining("ksc.username")
                    .hasMessageContaining("ksc.password")
                    .hasMessageNotContaining("wrong-password");
        }

        @Test
        void anUnreachableServerNamesTheAddressToCheck() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                closedPort = socket.getLocalPort();
            }
            UsageSource source = SecurityCenter.usageSource(
                    KscSettings.builder("127.0.0.1:" + closedPort, FakeKsc.USER, Secret.of(FakeKsc.PASSWORD)).build(),
                    catalog, BILLING_DATE);

            assertThatThrownBy(source::customers)
                    .isInstanceOfSatisfying(KscUnreachableException.class,
                            e -> assertThat(e.address()).isEqualTo("https://127.0.0.1:" + closedPort))
                    .isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageStartingWith("Cannot reach Kaspersky Security Center at https://127.0.0.1:" + closedPort)
                    .hasMessageContaining("ksc.address");
        }

        @Test
        void anAnswerThatIsNotTheOpenApiSaysSo() {
            ksc.failOn("VServers.GetVServers", 1, () -> new MockResponse.Builder().code(502)
                    .addHeader("Content-Type", "text/html").body("<html>Bad gateway</html>").build());

            assertThatThrownBy(() -> source().customers())
                    .isInstanceOfSatisfying(KscCallException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(502);
                        assertThat(e.errorCode()).isEmpty();
                    })
                    .hasMessageContaining("VServers.GetVServers")
                    .hasMessageContaining("HTTP 502");
        }

        @Test
        void aPxgErrorInAnHttp200AnswerIsAFailure() {
            ksc.failOn("VServers.GetVServers", 1, () -> KscWire.pxgError(200, 1, "Access denied"));

            assertThatThrownBy(() -> source().customers())
                    .isInstanceOfSatisfying(KscCallException.class,
                            e -> assertThat(e.serverMessage()).hasValue("Access denied"));
        }

        @Test
        void aCustomerWhoseVirtualServerVanishedMidRunIsAClearError() {
            // The server lists the virtual server, then refuses a session bound to it (deleted meanwhile).
            ksc.addVirtualServer(13, "Renamed");
            UsageSource source = source();
            KasperskyCustomer renamed = new KasperskyCustomer("13", "Renamed");
            ksc.removeVirtualServerOnLogin("Renamed");

            assertThatThrownBy(() -> source.usage(List.of(renamed)))
                    .isInstanceOf(UnknownVirtualServerException.class)
                    .hasMessageContaining("'Renamed'");
        }
    }

    @Nested
    class OneCustomerFailing {

        @Test
        void aVirtualServerThatVanishedIsReportedWhileTheOthersAreRead() {
            ksc.addVirtualServer(13, "Renamed");
            UsageSource source = source();
            KasperskyCustomer renamed = new KasperskyCustomer("13", "Renamed");
            ksc.removeVirtualServerOnLogin("Renamed");

            UsageReading reading = source.read(List.of(renamed, CONTOSO));

            assertThat(reading.usage()).extracting(u -> u.customer().id()).containsExactly("12");
            assertThat(reading.usage().get(0).byApplication()).isNotEmpty();
            assertThat(reading.failures()).containsOnlyKeys("13");
            assertThat(reading.failures().get("13")).contains("'Renamed'");
            assertThat(ksc.openAccessors()).isEmpty();
            assertThat(ksc.openIterators()).isEmpty();
        }

        @Test
        void aServerErrorOnOneVirtualServersHostsLeavesTheOthersRead() {
            ksc.addVirtualServer(13, "Fabrikam").fixture("contoso");
            UsageSource source = source();
            ksc.failOn("Fabrikam", "ChunkAccessor.GetItemsChunk", 1,
                    () -> KscWire.pxgError(200, -1, "Internal server error"));

            UsageReading reading = source.read(List.of(CONTOSO, new KasperskyCustomer("13", "Fabrikam")));

            assertThat(reading.usage()).containsExactly(KscUsageSourceTest.CONTOSO_USAGE);
            assertThat(reading.failures()).containsOnlyKeys("13");
            assertThat(reading.failures().get("13")).contains("Internal server error");
            assertThat(ksc.openAccessors()).isEmpty();
        }

        @Test
        void usageStillFailsAsAWholeForCallersThatWantAllOrNothing() {
            ksc.addVirtualServer(13, "Renamed");
            UsageSource source = source();
            ksc.removeVirtualServerOnLogin("Renamed");

            assertThatThrownBy(() -> source.usage(List.of(CONTOSO, new KasperskyCustomer("13", "Renamed"))))
                    .isInstanceOf(UnknownVirtualServerException.class);
        }
    }
}
