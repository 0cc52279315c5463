package net.mspbridge.integration.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.ksc.CertificatePin;
import net.mspbridge.integration.kaspersky.ksc.KscSettings;

/**
 * The Kaspersky side of the saved connection, read into the plain values the {@code kaspersky}
 * package takes: the chosen {@link Solution} and, for Security Center, its {@link KscSettings}. The
 * counterpart of {@link AutotaskSettings} for Autotask; the {@code kaspersky} package knows no
 * settings key but the ones its messages name.
 */
public final class KasperskySettings {

    private KasperskySettings() {
    }

    /**
     * The solution chosen in the settings ({@link SettingsKeys#KASPERSKY_SOLUTION}).
     *
     * @throws ConfigurationException when none or an unknown one is stored
     */
    public static Solution solution(SettingsValues settings) {
        String id = settings.text(SettingsKeys.KASPERSKY_SOLUTION).strip();
        return Solution.fromId(id).orElseThrow(() -> new ConfigurationException(
                (id.isEmpty() ? "No Kaspersky solution is chosen" : "Unknown Kaspersky solution '" + id + "'")
                        + ": set " + SettingsKeys.KASPERSKY_SOLUTION + " to '" + Solution.SECURITY_CENTER.id()
                        + "' (" + Solution.SECURITY_CENTER.displayName() + ") or '" + Solution.BUSINESS_HUB.id()
                        + "' (" + Solution.BUSINESS_HUB.displayName() + ")."));
    }

    /**
     * Reads the Security Center connection from the stored settings and secrets
     * ({@link SettingsKeys#KSC_ADDRESS}, {@link SettingsKeys#KSC_USERNAME}, {@link SettingsKeys#KSC_PASSWORD},
     * {@link SettingsKeys#KSC_VIRTUAL_SERVER}, {@link SettingsKeys#KSC_CERTIFICATE_PIN},
     * {@link SettingsKeys#KSC_PARALLEL_VIRTUAL_SERVERS}) with the default chunk size and timeouts.
     *
     * @throws ConfigurationException naming every missing setting at once, or the one that is malformed
     */
    public static KscSettings ksc(SettingsValues settings, Secrets secrets) {
        String address = settings.text(SettingsKeys.KSC_ADDRESS).strip();
        String username = settings.text(SettingsKeys.KSC_USERNAME).strip();
        Optional<Secret> password = secrets.get(SettingsKeys.KSC_PASSWORD);
        List<String> missing = new ArrayList<>();
        if (address.isEmpty()) {
            missing.add("the Administration Server address (" + SettingsKeys.KSC_ADDRESS + ")");
        }
        if (username.isEmpty()) {
            missing.add("the user name (" + SettingsKeys.KSC_USERNAME + ")");
        }
        if (password.isEmpty()) {
            missing.add("the password (" + SettingsKeys.KSC_PASSWORD + ")");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("Kaspersky Security Center is not fully set up: set "
                    + String.join(", ", missing) + ".");
        }
        KscSettings.Builder builder = KscSettings.builder(address, username, password.get());
        settings.get(SettingsKeys.KSC_VIRTUAL_SERVER).ifPresent(builder::virtualServer);
        String pin = settings.text(SettingsKeys.KSC_CERTIFICATE_PIN);
        if (!pin.isBlank()) {
            builder.pin(CertificatePin.parse(pin));
        }
        String parallel = WholeNumbers.saved(settings, SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS);
        if (!parallel.isEmpty()) {
            builder.parallelVirtualServers(parseParallel(parallel).orElseThrow(() -> new ConfigurationException(
                    "Virtual servers read at once is \"" + parallel + "\": set a whole number from 1 to "
                            + KscSettings.MAX_PARALLEL_VIRTUAL_SERVERS + " (" + SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS
                            + ") on the Connection panel and save.")));
        }
        return builder.build();
    }

    /** Virtual servers read at once, as saved: a whole number from 1 to the most allowed, or empty. */
    public static Optional<Integer> parseParallel(String text) {
        return WholeNumbers.inRange(text.strip(), 1, KscSettings.MAX_PARALLEL_VIRTUAL_SERVERS);
    }
}
