package net.mspbridge.integration.plugin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginException;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.InventoryUsageSource;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.kaspersky.ksc.KscSettings;
import net.mspbridge.integration.kaspersky.ksc.SecurityCenter;
import net.mspbridge.integration.settings.KasperskySettings;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Builds the usage source the saved settings call for ({@link KasperskySettings}): Kaspersky Security Center's Open API for the
 * {@code ksc} solution, the host's device inventory for Business Hub ({@code kbh}). Building a
 * source contacts nothing; the source reads on each call. Immutable and thread-safe.
 */
@Singleton
public final class UsageSources {

    /** The step name of a settings problem found before any connection was tried. */
    public static final String SETTINGS_STEP = "Settings";
    /** The step name of the inventory check for Business Hub. */
    public static final String INVENTORY_STEP = "Device inventory";

    private final ApplicationCatalog catalog;

    @Inject
    public UsageSources(ApplicationCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The source for a billing run on {@code billingDate} (keys not valid after it do not count).
     *
     * @throws ConfigurationException when the solution is not chosen, a Security Center setting is
     *                                missing or malformed, or Business Hub is chosen on a host
     *                                without a device inventory
     */
    public UsageSource open(HostContext context, LocalDate billingDate) {
        return open(context.settings(), context.secrets(), context.inventory(), billingDate, context.evidence());
    }

    /** The source as of today on the host's clock: for listing customers on the settings page. */
    public UsageSource open(HostContext context) {
        return open(context, LocalDate.now(context.clock()));
    }

    /** As {@link #open(HostContext, LocalDate)}, from the parts of a context. */
    public UsageSource open(SettingsValues settings, Secrets secrets, Optional<DeviceInventory> inventory,
            LocalDate billingDate) {
        return open(settings, secrets, inventory, billingDate, EvidenceSink.absent());
    }

    /** As {@link #open(HostContext, LocalDate)}, from the parts of a context, writing evidence to {@code evidence}. */
    public UsageSource open(SettingsValues settings, Secrets secrets, Optional<DeviceInventory> inventory,
            LocalDate billingDate, EvidenceSink evidence) {
        Objects.requireNonNull(billingDate, "billingDate");
        Solution solution = KasperskySettings.solution(settings);
        return switch (solution) {
            case SECURITY_CENTER -> SecurityCenter.usageSource(KasperskySettings.ksc(settings, secrets), catalog,
                    billingDate, evidence);
            case BUSINESS_HUB -> new InventoryUsageSource(inventory.orElseThrow(() -> new ConfigurationException(
                    "Kaspersky Business Hub usage is read from the host's device inventory, and this host has"
                            + " none. Choose Kaspersky Security Center as the solution ("
                            + SettingsKeys.KASPERSKY_SOLUTION + ") or use a host that provides an inventory.")),
                    catalog.forSolution(solution), evidence);
        };
    }

    /**
     * "Test connection" for the chosen solution, step by step. Never throws for a remote failure or
     * a settings problem: each is a failed step whose detail says what to fix.
     */
    public ActionResult testConnection(HostContext context) {
        Solution solution;
        try {
            solution = KasperskySettings.solution(context.settings());
        } catch (ConfigurationException e) {
            return ActionResult.of(ActionStep.failed(SETTINGS_STEP, e.getMessage()));
        }
        if (solution == Solution.BUSINESS_HUB) {
            if (context.inventory().isEmpty()) {
                return ActionResult.of(ActionStep.failed(INVENTORY_STEP,
                        "This host has no device inventory, which Business Hub usage is read from."));
            }
            try {
                return ActionResult.of(ActionStep.successful(INVENTORY_STEP, "The host's device inventory has "
                        + context.inventory().get().customers().size() + " customer(s)."));
            } catch (PluginException e) {
                return ActionResult.of(ActionStep.failed(INVENTORY_STEP, e.getMessage()));
            }
        }
        KscSettings settings;
        try {
            settings = KasperskySettings.ksc(context.settings(), context.secrets());
        } catch (ConfigurationException e) {
            return ActionResult.of(ActionStep.failed(SETTINGS_STEP, e.getMessage()));
        }
        return SecurityCenter.testConnection(settings);
    }
}
