package net.mspbridge.integration.mapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.integration.settings.SettingsKeys;

/** Host contexts as a host builds them for a call, with the host clock fixed on {@link #TODAY}. */
final class Contexts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T09:30:00Z"), ZoneOffset.UTC);

    static final String AUTOTASK_SECRET = "at-S3cr3t-value-42";
    static final String KSC_PASSWORD = "ksc-Pa55word-value-7";

    /** Complete Autotask and Security Center connection settings. */
    static final SettingsValues CONNECTION = SettingsValues.empty()
            .with(SettingsKeys.AUTOTASK_USERNAME, "billing-api@contoso-msp.com")
            .with(SettingsKeys.AUTOTASK_INTEGRATION_CODE, "PX4BQ5FSYXEWXIKLDEKS7LAWGS")
            .with(SettingsKeys.KASPERSKY_SOLUTION, "ksc")
            .with(SettingsKeys.KSC_ADDRESS, "ksc.contoso-msp.com:13299")
            .with(SettingsKeys.KSC_USERNAME, "billing");

    static final Secrets SECRETS = Secrets.of(Map.of(
            SettingsKeys.AUTOTASK_SECRET, AUTOTASK_SECRET,
            SettingsKeys.KSC_PASSWORD, KSC_PASSWORD));

    private Contexts() {
    }

    static HostContext of(SettingsValues settings) {
        return of(settings, SECRETS, Optional.empty());
    }

    static HostContext of(SettingsValues settings, Secrets secrets, Optional<DeviceInventory> inventory) {
        return new HostContext(settings, secrets, CLOCK, PluginStore.inMemory(), inventory);
    }
}
