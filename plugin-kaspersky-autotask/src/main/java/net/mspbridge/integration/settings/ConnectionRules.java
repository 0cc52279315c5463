package net.mspbridge.integration.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.ksc.KscSettings;

/**
 * The local rules of the Connection panel: what must be filled in and what a value must look like.
 * No network: a person gets every problem at once, before anything is tried. The same rules guard
 * "Test connection" and {@link AutotaskSettings#read}.
 */
public final class ConnectionRules {

    /** The solution assumed while none is stored; also the default of the panel's select. */
    public static final Solution DEFAULT_SOLUTION = Solution.SECURITY_CENTER;
    /** The port of the KSC Open API when an address names none. */
    public static final int KSC_DEFAULT_PORT = 13299;

    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]/]+)(?::(\\d{1,5}))?");

    private ConnectionRules() {
    }

    /** The chosen solution; the default while none (or an unknown one) is stored. */
    public static Solution solution(SettingsValues values) {
        return Solution.fromId(values.text(SettingsKeys.KASPERSKY_SOLUTION).trim()).orElse(DEFAULT_SOLUTION);
    }

    /** Every problem of the Autotask fields. */
    public static ValidationResult autotask(SettingsValues values, Secrets secrets) {
        ValidationResult.Builder out = ValidationResult.builder();
        requireText(out, values, SettingsKeys.AUTOTASK_USERNAME,
                "Enter the Autotask API user name: the API-only user created for this integration.");
        requireSecret(out, secrets, SettingsKeys.AUTOTASK_SECRET, "Enter the Autotask API secret of that user.",
                "Type the Autotask API secret again: the base URL override changed, and a stored secret is only "
                        + "ever sent to the server it was saved with.");
        requireText(out, values, SettingsKeys.AUTOTASK_INTEGRATION_CODE,
                "Enter the integration code: the API tracking identifier shown with the API user in Autotask.");
        String baseUrl = values.text(SettingsKeys.AUTOTASK_BASE_URL).trim();
        if (!baseUrl.isEmpty()) {
            checkBaseUrl(out, baseUrl);
        }
        String impersonation = values.text(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID).trim();
        if (!impersonation.isEmpty() && positiveLong(impersonation).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID),
                    "The impersonation resource id must be the id of an Autotask resource, a whole number above 0; "
                            + "\"{0}\" is not. Leave it empty to act as the API user.", impersonation);
        }
        return out.build();
    }

    /** Every problem of the Kaspersky fields; Security Center fields only while it is chosen. */
    public static ValidationResult kaspersky(SettingsValues values, Secrets secrets, boolean hostHasInventory) {
        ValidationResult.Builder out = ValidationResult.builder();
        String stored = values.text(SettingsKeys.KASPERSKY_SOLUTION).trim();
        if (!stored.isEmpty() && Solution.fromId(stored).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.KASPERSKY_SOLUTION),
                    "\"{0}\" is not a Kaspersky solution: choose Kaspersky Security Center or Kaspersky Business Hub.",
                    stored);
            return out.build();
        }
        if (solution(values) == Solution.BUSINESS_HUB) {
            if (!hostHasInventory) {
                out.warning(FieldPath.field(SettingsKeys.KASPERSKY_SOLUTION),
                        "Kaspersky Business Hub has no public API, so its usage comes from the host's device inventory; "
                                + "this host has none, so billing will find no usage.");
            }
            return out.build();
        }
        String address = values.text(SettingsKeys.KSC_ADDRESS).trim();
        if (address.isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.KSC_ADDRESS),
                    "Enter the address of the Kaspersky Security Center Administration Server: host, host:port or "
                            + "an https URL (the Open API listens on port {0} unless set otherwise).",
                    Integer.toString(KSC_DEFAULT_PORT));
        } else {
            checkKscAddress(out, address);
        }
        requireText(out, values, SettingsKeys.KSC_USERNAME,
                "Enter the Kaspersky Security Center user the plugin logs in as.");
        requireSecret(out, secrets, SettingsKeys.KSC_PASSWORD,
                "Enter the password of that Kaspersky Security Center user.",
                "Type the Kaspersky Security Center password again: the server address or certificate pin changed, "
                        + "and a stored password is only ever sent to the server it was saved with.");
        String pin = values.text(SettingsKeys.KSC_CERTIFICATE_PIN).strip();
        if (!pin.isEmpty()) {
            CertificatePins.problem(pin).ifPresent(problem ->
                    out.error(FieldPath.field(SettingsKeys.KSC_CERTIFICATE_PIN), problem));
        }
        String parallel = WholeNumbers.saved(values, SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS);
        if (!parallel.isEmpty() && KasperskySettings.parseParallel(parallel).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS),
                    "Virtual servers read at once must be a whole number from 1 to {0}; \"{1}\" is not.",
                    Integer.toString(KscSettings.MAX_PARALLEL_VIRTUAL_SERVERS), parallel);
        }
        return out.build();
    }

    /** The base URL override as a URI, when it is a valid one. */
    public static Optional<URI> baseUrl(String raw) {
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && !uri.isOpaque() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The KSC Open API base ({@code https://host:port}) of an address given as host, host:port or
     * https URL; empty when the address is none of these.
     */
    public static Optional<URI> kscBaseUrl(String raw) {
        String address = raw.trim();
        if (address.contains("://")) {
            try {
                URI uri = new URI(address);
                boolean plain = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/");
                if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || !plain
                        || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    return Optional.empty();
                }
                int port = uri.getPort() == -1 ? KSC_DEFAULT_PORT : uri.getPort();
                return Optional.of(URI.create("https://" + uri.getHost() + ":" + port));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        var match = HOST_PORT.matcher(address);
        if (!match.matches()) {
            return Optional.empty();
        }
        String host = match.group(1);
        boolean hostOk = host.startsWith("[") || HOST_NAME.matcher(host).matches();
        int port = match.group(2) == null ? KSC_DEFAULT_PORT : Integer.parseInt(match.group(2));
        if (!hostOk || port < 1 || port > 65535) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI("https://" + host + ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * An Autotask company id: 0 or more. Autotask gives the MSP's own organization (the "zero company",
     * its owner company) the id 0 (see {@code RestAutotaskClient.OWN_COMPANY_ID}); a Companies row may
     * map a virtual server to it, say the MSP's own lab with billing off. Other entities' ids are
     * {@link #positiveLong positive}.
     */
    public static Optional<Long> companyId(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Long> positiveLong(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void checkBaseUrl(ValidationResult.Builder out, String raw) {
        FieldPath path = FieldPath.field(SettingsKeys.AUTOTASK_BASE_URL);
        Optional<URI> parsed = baseUrl(raw);
        if (parsed.isEmpty()) {
            out.error(path, "The base URL override must be an absolute http or https URL, for example "
                    + "https://webservices5.autotask.net/ATServicesRest/; \"{0}\" is not. Leave it empty to find the "
                    + "zone from the API user name.", raw);
            return;
        }
        URI uri = parsed.get();
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            out.error(path, "The base URL override must be only scheme, host, port and path, with no user name, "
                    + "password, query or fragment: remove them from \"{0}\".", uri.getScheme() + "://" + uri.getHost());
            return;
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        int version = rawPath.toLowerCase(Locale.ROOT).indexOf("/v1.0");
        if (version >= 0) {
            // The zone's REST root ends before the version: the client adds "V1.0/<entity>" itself, so
            // ".../ATServicesRest/V1.0/Companies" would be asked ".../V1.0/Companies/V1.0/..." and answer 404,
            // which the connection test could only blame on the credentials.
            out.error(path, "The base URL override is the zone's REST root, for example "
                    + "https://webservices5.autotask.net/ATServicesRest/; the plugin adds the version and the entity "
                    + "itself: remove \"{0}\" from the end.", rawPath.substring(version));
            return;
        }
        if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri.getHost())) {
            // The override is where the credentials go: over plain http they would cross the network in clear.
            out.error(path, "The base URL override uses plain http to {0}: the API user, secret and integration code "
                    + "would cross the network unencrypted. Use https; plain http is only for a sandbox or test "
                    + "server on this machine (127.0.0.1 or localhost).", uri.getHost());
        }
    }

    private static void checkKscAddress(ValidationResult.Builder out, String address) {
        if (kscBaseUrl(address).isPresent()) {
            return;
        }
        FieldPath path = FieldPath.field(SettingsKeys.KSC_ADDRESS);
        if (address.toLowerCase(Locale.ROOT).startsWith("http://")) {
            out.error(path, "The Kaspersky Security Center Open API is served over https only: write https://... "
                    + "or just host:port.");
        } else {
            out.error(path, "\"{0}\" is not a server address: enter host, host:port or an https URL with no path, "
                    + "for example ksc.example.com:{1}.", address, Integer.toString(KSC_DEFAULT_PORT));
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static void requireText(ValidationResult.Builder out, SettingsValues values, String key, String pattern) {
        if (values.text(key).isBlank()) {
            out.error(FieldPath.field(key), pattern);
        }
    }

    private static void requireSecret(ValidationResult.Builder out, Secrets secrets, String key, String missing,
            String moved) {
        if (secrets.get(key).isEmpty()) {
            out.error(FieldPath.field(key), secrets.withheld().contains(key) ? moved : missing);
        }
    }
}
