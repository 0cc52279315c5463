package net.mspbridge.integration.kaspersky.ksc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secret;

/**
 * How to reach and read one Kaspersky Security Center Administration Server: a plain config,
 * built from the saved settings by {@code settings.KasperskySettings}, or by hand. Immutable; the
 * password stays wrapped in a {@link Secret}, so {@link #toString()} never shows it.
 *
 * @param baseUrl        the server's Open API root, always https, ending in {@code /}, for example
 *                       {@code https://ksc.example.com:13299/}
 * @param username       a KSC-internal user (sent with {@code internal="1"})
 * @param password       that user's password
 * @param virtualServer  when set, the one virtual server (by display name) this plugin bills
 * @param pin            when set, the server certificate trusted instead of the JVM's authorities
 * @param chunkSize      hosts asked for per {@code ChunkAccessor.GetItemsChunk}, and items per
 *                       {@code GroupSyncIterator.GetNextItems}
 * @param parallelVirtualServers how many virtual servers are read at once, each in its own
 *                       session on its own connection (1 to {@value #MAX_PARALLEL_VIRTUAL_SERVERS};
 *                       default {@value #DEFAULT_PARALLEL_VIRTUAL_SERVERS}, from the daily case measured at
 *                       50 ms a call: 1, 3, 8 and 16 sessions, docs/benchmarks.md). Kept small: an
 *                       Administration Server is often a modest machine shared with its own work
 * @param connectTimeout time allowed to open a connection (TCP and TLS)
 * @param callTimeout    time allowed for one whole call, answer included
 */
public record KscSettings(
        URI baseUrl,
        String username,
        Secret password,
        Optional<String> virtualServer,
        Optional<CertificatePin> pin,
        int chunkSize,
        int parallelVirtualServers,
        Duration connectTimeout,
        Duration callTimeout) {

    /** The Open API's default port. */
    public static final int DEFAULT_PORT = 13299;
    public static final int DEFAULT_CHUNK_SIZE = 500;
    public static final int MAX_CHUNK_SIZE = 10_000;
    public static final int DEFAULT_PARALLEL_VIRTUAL_SERVERS = 8;
    public static final int MAX_PARALLEL_VIRTUAL_SERVERS = 16;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);

    public KscSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(virtualServer, "virtualServer");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (!"https".equals(baseUrl.getScheme()) || !baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must be an https URL ending in '/': " + baseUrl);
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("chunkSize must be 1.." + MAX_CHUNK_SIZE + ": " + chunkSize);
        }
        if (parallelVirtualServers < 1 || parallelVirtualServers > MAX_PARALLEL_VIRTUAL_SERVERS) {
            throw new IllegalArgumentException("parallelVirtualServers must be 1.." + MAX_PARALLEL_VIRTUAL_SERVERS
                    + " (virtual servers read at once; 1 reads one at a time): " + parallelVirtualServers);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        virtualServer = virtualServer.map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * Starts settings for the server at {@code address}: a host name or IP address, optionally
     * with {@code :port} (default {@value #DEFAULT_PORT}) and an {@code https://} prefix.
     *
     * @throws ConfigurationException when the address is not usable, saying why
     */
    public static Builder builder(String address, String username, Secret password) {
        return new Builder(parseAddress(address), username, password);
    }

    /** The server's address for messages: the base URL without a trailing slash. */
    public String displayAddress() {
        String text = baseUrl.toString();
        return text.substring(0, text.length() - 1);
    }

    static URI parseAddress(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            throw badAddress(text, "it is empty");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            throw badAddress(text, "the Open API is served over https only; use https:// or leave the scheme out");
        }
        if (lower.contains("://") && !lower.startsWith("https://")) {
            throw badAddress(text, "only https:// addresses are supported");
        }
        String withScheme = lower.startsWith("https://") ? text : "https://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw badAddress(text, "it is not a valid host name or address");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw badAddress(text, "it has no valid host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw badAddress(text, "it must not contain '?' or '#'");
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        try {
            return new URI("https", null, uri.getHost(), port, null, null, null).resolve(path);
        } catch (URISyntaxException e) {
            throw badAddress(text, "it is not a valid host name or address");
        }
    }

    private static ConfigurationException badAddress(String address, String why) {
        return new ConfigurationException("The Kaspersky Security Center address (" + KscSettingKeys.ADDRESS
                + ") '" + address + "' cannot be used: " + why
                + ". Example: ksc.example.com or ksc.example.com:" + DEFAULT_PORT + ".");
    }

    /** Builds {@link KscSettings}; not thread-safe. */
    public static final class Builder {

        private final URI baseUrl;
        private final String username;
        private final Secret password;
        private Optional<String> virtualServer = Optional.empty();
        private Optional<CertificatePin> pin = Optional.empty();
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private int parallelVirtualServers = DEFAULT_PARALLEL_VIRTUAL_SERVERS;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

        private Builder(URI baseUrl, String username, Secret password) {
            this.baseUrl = baseUrl;
            this.username = Objects.requireNonNull(username, "username").strip();
            this.password = Objects.requireNonNull(password, "password");
        }

        /** Bill only this virtual server (its display name, {@code KLVSRV_DN}); blank means all. */
        public Builder virtualServer(String name) {
            this.virtualServer = Optional.ofNullable(name);
            return this;
        }

        public Builder pin(CertificatePin pin) {
            this.pin = Optional.of(pin);
            return this;
        }

        public Builder chunkSize(int chunkSize) {
            this.chunkSize = chunkSize;
            return this;
        }

        /** How many virtual servers are read at once (1 = one at a time); see the record's parameter. */
        public Builder parallelVirtualServers(int count) {
            this.parallelVirtualServers = count;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /** @throws IllegalArgumentException when a value is out of range */
        public KscSettings build() {
            return new KscSettings(baseUrl, username, password, virtualServer, pin, chunkSize, parallelVirtualServers,
                    connectTimeout, callTimeout);
        }
    }
}
