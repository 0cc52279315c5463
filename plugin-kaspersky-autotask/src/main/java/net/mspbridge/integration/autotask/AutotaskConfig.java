package net.mspbridge.integration.autotask;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import net.mspbridge.api.host.Secret;

/**
 * Everything needed to build an {@link AutotaskClient}: the API user's credentials, the optional
 * impersonation and base-URL override, and the {@link AutotaskOptions}. Immutable.
 *
 * <p>{@link #toString()} shows neither the user name, the secret nor the integration code, so a
 * config that lands in a log line gives nothing away.
 *
 * @param userName                the API user name (sent as {@code UserName}, and to the zone lookup)
 * @param secret                  the API user's secret (sent as {@code Secret})
 * @param integrationCode         the API tracking identifier (sent as {@code ApiIntegrationCode})
 * @param impersonationResourceId sent as {@code ImpersonationResourceId} when present
 * @param baseUrlOverride         when present, every call goes to this base (for example a sandbox at
 *                                {@code http://127.0.0.1:8081/ATServicesRest/}): no zone is looked up
 *                                and the https-on-autotask.net rule does not apply, because the user
 *                                chose this address explicitly
 * @param options                 time-outs, retries, limits and budget share
 */
public record AutotaskConfig(
        String userName,
        Secret secret,
        String integrationCode,
        OptionalLong impersonationResourceId,
        Optional<URI> baseUrlOverride,
        AutotaskOptions options) {

    /**
     * @throws IllegalArgumentException with a message saying which setting to fix (never its value)
     */
    public AutotaskConfig {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(integrationCode, "integrationCode");
        Objects.requireNonNull(impersonationResourceId, "impersonationResourceId");
        Objects.requireNonNull(baseUrlOverride, "baseUrlOverride");
        Objects.requireNonNull(options, "options");
        headerSafe("API user name", userName);
        // The one read of the secret outside the request: HTTP headers take printable ASCII only, and
        // OkHttp's own error for a bad character would quote the value.
        headerSafe("API secret", secret.reveal());
        headerSafe("API integration code", integrationCode);
        if (impersonationResourceId.isPresent() && impersonationResourceId.getAsLong() <= 0) {
            throw new IllegalArgumentException("The impersonation resource id must be a positive Autotask resource id,"
                    + " was " + impersonationResourceId.getAsLong());
        }
        baseUrlOverride.ifPresent(url -> checkHttpUrl("base URL override", url));
    }

    /** A builder with the three required credentials; the rest default to absent / {@link AutotaskOptions#defaults()}. */
    public static Builder builder(String userName, Secret secret, String integrationCode) {
        return new Builder(userName, secret, integrationCode);
    }

    /** Shows the settings without the user name, the secret or the integration code. */
    @Override
    public String toString() {
        return "AutotaskConfig[userName=******, secret=******, integrationCode=******, impersonationResourceId="
                + impersonationResourceId + ", baseUrlOverride=" + baseUrlOverride + ", options=" + options + "]";
    }

    private static void headerSafe(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("The Autotask " + what + " is empty: enter it on the Connection panel");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("The Autotask " + what + " contains a character that cannot be"
                        + " sent to Autotask (position " + (i + 1) + "; only printable ASCII is allowed):"
                        + " check it on the Connection panel");
            }
        }
    }

    static void checkHttpUrl(String what, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("The " + what + " must be an absolute http(s) address such as"
                    + " https://webservices5.autotask.net/ATServicesRest/, was " + url);
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("The " + what + " must not contain a user, query or fragment"
                    + " (only scheme, host, port and path), was " + url.getScheme() + "://" + url.getHost()
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getRawPath());
        }
    }

    /** Builds an {@link AutotaskConfig}. Not thread-safe. */
    public static final class Builder {
        private final String userName;
        private final Secret secret;
        private final String integrationCode;
        private OptionalLong impersonationResourceId = OptionalLong.empty();
        private Optional<URI> baseUrlOverride = Optional.empty();
        private AutotaskOptions options = AutotaskOptions.defaults();

        private Builder(String userName, Secret secret, String integrationCode) {
            this.userName = userName;
            this.secret = secret;
            this.integrationCode = integrationCode;
        }

        public Builder impersonationResourceId(long resourceId) {
            impersonationResourceId = OptionalLong.of(resourceId);
            return this;
        }

        public Builder baseUrlOverride(URI baseUrl) {
            baseUrlOverride = Optional.of(baseUrl);
            return this;
        }

        public Builder options(AutotaskOptions value) {
            options = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the setting that is wrong */
        public AutotaskConfig build() {
            return new AutotaskConfig(userName, secret, integrationCode, impersonationResourceId, baseUrlOverride,
                    options);
        }
    }
}
