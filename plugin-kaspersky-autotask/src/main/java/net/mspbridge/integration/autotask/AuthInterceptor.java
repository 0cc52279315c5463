package net.mspbridge.integration.autotask;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the credentials ({@code ApiIntegrationCode}, {@code UserName}, {@code Secret}, optionally
 * {@code ImpersonationResourceId}) and {@code Content-Type: application/json} to every authenticated
 * call, and is the last check of where they go: only to the configured base URL's origin or, without
 * one, to https on autotask.net. The zone lookup gets no credentials at all.
 */
final class AuthInterceptor implements Interceptor {

    private final AutotaskConfig config;
    private final HttpUrl override;

    /**
     * @param override the configured base URL, or null when zones are discovered
     */
    AuthInterceptor(AutotaskConfig config, HttpUrl override) {
        this.config = config;
        this.override = override;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder()
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (CallInfo.of(request).kind().authenticated()) {
            HttpUrl url = request.url();
            boolean trusted = override != null ? ZonePolicy.sameOrigin(override, url) : ZonePolicy.isAutotaskZone(url);
            if (!trusted) {
                throw new AutotaskUntrustedUrlException(ZonePolicy.withoutQuery(url),
                        "it is neither the configured base URL nor an https address on autotask.net");
            }
            builder.header("ApiIntegrationCode", config.integrationCode())
                    .header("UserName", config.userName())
                    .header("Secret", config.secret().reveal());
            config.impersonationResourceId()
                    .ifPresent(id -> builder.header("ImpersonationResourceId", Long.toString(id)));
        }
        return chain.proceed(builder.build());
    }
}
