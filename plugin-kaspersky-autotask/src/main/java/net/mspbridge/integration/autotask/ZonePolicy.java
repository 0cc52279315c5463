package net.mspbridge.integration.autotask;

import java.net.URI;

import okhttp3.HttpUrl;

/**
 * Where credentials may go. A zone URL from Autotask's zone lookup is accepted only when it is https
 * on a host under {@code autotask.net} (any port): Autotask's production zones are
 * {@code webservicesN.autotask.net}, and https with a verified certificate for that name is what
 * makes the host trustworthy. A base URL the user configured explicitly is trusted as it is.
 */
final class ZonePolicy {

    static final String DOMAIN_SUFFIX = ".autotask.net";

    private ZonePolicy() {
    }

    /** Whether {@code url} is https on a host under autotask.net. */
    static boolean isAutotaskZone(HttpUrl url) {
        return url.isHttps() && url.host().endsWith(DOMAIN_SUFFIX) && url.username().isEmpty()
                && url.password().isEmpty();
    }

    /**
     * The base URL of a zone Autotask named, normalised to end with {@code /}.
     *
     * @throws AutotaskUntrustedUrlException when it is not https on autotask.net (nothing is sent there)
     */
    static HttpUrl acceptZone(String url) {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new AutotaskUntrustedUrlException(printable(url), "it is not an http(s) address");
        }
        if (!isAutotaskZone(parsed)) {
            throw new AutotaskUntrustedUrlException(withoutQuery(parsed),
                    "the zone lookup must name an https address on autotask.net. If you use an Autotask sandbox"
                            + " or a test server, set the base URL override on the Connection panel instead");
        }
        return base(parsed);
    }

    /** A configured base URL, normalised to end with {@code /}. */
    static HttpUrl base(URI uri) {
        return base(HttpUrl.get(uri.toString()));
    }

    static HttpUrl base(HttpUrl url) {
        HttpUrl.Builder builder = url.newBuilder().query(null).fragment(null);
        if (!url.encodedPath().endsWith("/")) {
            builder.addPathSegment("");
        }
        return builder.build();
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    /** The address without query string or fragment, for messages. */
    static String withoutQuery(HttpUrl url) {
        return url.newBuilder().query(null).fragment(null).build().toString();
    }

    private static String printable(String text) {
        String firstPart = text.split("[?#]", 2)[0];
        return firstPart.length() > 200 ? firstPart.substring(0, 200) + "..." : firstPart;
    }
}
