package net.mspbridge.integration.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.host.Secret;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The last check before credentials leave: even a request built by mistake for another address gets
 * no credentials, whatever the layers above it did.
 */
class AuthInterceptorTest {

    private final AutotaskStub configured = new AutotaskStub();
    private final AutotaskStub other = new AutotaskStub();

    @AfterEach
    void stop() {
        configured.close();
        other.close();
    }

    private OkHttpClient http(HttpUrl override) {
        AutotaskConfig config = AutotaskConfig.builder(AutotaskStub.USER, Secret.of(AutotaskStub.SECRET),
                AutotaskStub.CODE).build();
        return new OkHttpClient.Builder().addInterceptor(new AuthInterceptor(config, override)).build();
    }

    private static Request request(HttpUrl url, CallKind kind) {
        return new Request.Builder().url(url).tag(CallInfo.class, new CallInfo("Companies", kind)).build();
    }

    @Test
    void credentialsGoToTheConfiguredBase() throws IOException {
        configured.always("GET", "Companies/1", Fixtures.ok("{\"item\":null}"));

        try (Response response = http(configured.base()).newCall(
                request(configured.url("Companies/1"), CallKind.READ)).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(configured.requests().get(0).getHeaders().get("Secret")).isEqualTo(AutotaskStub.SECRET);
    }

    @Test
    void anotherOriginGetsNothing() {
        assertThatThrownBy(() -> http(configured.base()).newCall(request(other.url("Companies/1"), CallKind.READ))
                .execute()).isInstanceOf(AutotaskUntrustedUrlException.class);
        assertThat(other.requests()).isEmpty();
    }

    @Test
    void withoutOverrideOnlyHttpsOnAutotaskNetGetsCredentials() {
        assertThatThrownBy(() -> http(null).newCall(request(other.url("Companies/1"), CallKind.READ)).execute())
                .isInstanceOf(AutotaskUntrustedUrlException.class).hasMessageContaining("autotask.net");
        assertThat(other.requests()).isEmpty();
    }

    @Test
    void theZoneLookupCarriesNoCredentials() throws IOException {
        other.always("GET", "zoneInformation", Fixtures.okFixture("zone-information.json"));

        try (Response response = http(null).newCall(request(other.url("zoneInformation?user=x"), CallKind.ZONE))
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(other.requests().get(0).getHeaders().names())
                .doesNotContain("Secret", "ApiIntegrationCode", "UserName");
    }
}
