package net.mspbridge.integration.mapping;

import net.mspbridge.api.settings.Condition;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.ksc.KscSettings;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/** The Connection panel: how the plugin reaches Autotask and Kaspersky. */
final class ConnectionPanel {

    private ConnectionPanel() {
    }

    static PanelDefinition definition() {
        Condition securityCenter = Condition.whenEquals(SettingsKeys.KASPERSKY_SOLUTION, Solution.SECURITY_CENTER.id());
        SelectField.Builder solution = SelectField.builder(SettingsKeys.KASPERSKY_SOLUTION, "Kaspersky solution")
                .help("How you manage your customers' protection. Security Center usage is read from its Open API; "
                        + "Kaspersky Business Hub has no public API, so its usage comes from this host's device "
                        + "inventory.")
                .required()
                .defaultValue(ConnectionRules.DEFAULT_SOLUTION.id());
        for (Solution each : Solution.values()) {
            solution.option(each.id(), each.displayName());
        }
        return PanelDefinition.builder(SettingsKeys.CONNECTION_PANEL, "Connection")
                .help("How the plugin reaches Autotask and Kaspersky. Test each connection before saving.")
                .field(TextField.builder(SettingsKeys.AUTOTASK_USERNAME, "Autotask API user name")
                        .help("A dedicated API-only user (security level \"API User (system)\") for this integration.")
                        .placeholder("billing-api@example.com")
                        .required()
                        .build())
                .field(SecretField.of(SettingsKeys.AUTOTASK_SECRET, "Autotask API secret",
                        "The secret of the API user. It is stored encrypted, never shown again, and only sent to the "
                                + "server it was saved with: change the base URL and you type it again.", true)
                        .sentTo(SettingsKeys.AUTOTASK_BASE_URL))
                .field(TextField.builder(SettingsKeys.AUTOTASK_INTEGRATION_CODE, "Integration code")
                        .help("The API tracking identifier of the API user, shown with the user in Autotask.")
                        .required()
                        .build())
                .field(TextField.builder(SettingsKeys.AUTOTASK_BASE_URL, "Base URL override (optional)")
                        .help("Leave empty: the plugin finds your Autotask zone from the API user name. Set it only "
                                + "to reach a sandbox or test server; credentials go to this address.")
                        .placeholder("https://webservices5.autotask.net/ATServicesRest/")
                        .build())
                .field(TextField.builder(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID,
                                "Impersonation resource id (optional)")
                        .help("The id of an Autotask resource whose name the adjustments are recorded under. "
                                + "Leave empty to act as the API user.")
                        .build())
                .field(solution.build())
                .field(TextField.builder(SettingsKeys.KSC_ADDRESS, "Administration Server address")
                        .help("Host, host:port or https URL of Kaspersky Security Center. The Open API listens on port "
                                + ConnectionRules.KSC_DEFAULT_PORT + " unless set otherwise.")
                        .placeholder("ksc.example.com:" + ConnectionRules.KSC_DEFAULT_PORT)
                        .required()
                        .visibleWhen(securityCenter)
                        .build())
                .field(TextField.builder(SettingsKeys.KSC_USERNAME, "Security Center user")
                        .help("A Security Center user allowed to read virtual servers, devices and licence keys.")
                        .required()
                        .visibleWhen(securityCenter)
                        .build())
                .field(SecretField.of(SettingsKeys.KSC_PASSWORD, "Security Center password",
                        "Stored encrypted, never shown again, and only sent to the server it was saved with: change "
                                + "the address or the certificate pin and you type it again.", true, securityCenter)
                        .sentTo(SettingsKeys.KSC_ADDRESS, SettingsKeys.KSC_CERTIFICATE_PIN))
                .field(TextField.builder(SettingsKeys.KSC_VIRTUAL_SERVER, "Virtual server scope (optional)")
                        .help("The name of one virtual server to bill. Leave empty to bill every virtual server. The "
                                + "others are not read: a billing run lists them as not read and leaves their contracts "
                                + "as they are, and a contract one of them shares with this one is reported.")
                        .visibleWhen(securityCenter)
                        .build())
                .field(TextField.builder(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS, "Virtual servers read at once")
                        .help("Each is read in a session of its own. More is faster over a slow link but loads the "
                                + "Administration Server more. A whole number from 1 to "
                                + KscSettings.MAX_PARALLEL_VIRTUAL_SERVERS + ".")
                        .defaultValue(Integer.toString(KscSettings.DEFAULT_PARALLEL_VIRTUAL_SERVERS))
                        .visibleWhen(securityCenter)
                        .build())
                .field(TextField.builder(SettingsKeys.KSC_CERTIFICATE_PIN, "Certificate pin (optional)")
                        .help("For a server with a self-signed certificate: its certificate in PEM form or its SHA-256 "
                                + "fingerprint. Only that certificate is then trusted; verification is never turned off.")
                        .visibleWhen(securityCenter)
                        .build())
                .action(SettingsKeys.TEST_AUTOTASK_ACTION, "Test Autotask connection",
                        "Finds the zone, signs in and reads how much of the hourly API budget is in use, with the "
                                + "values on this page, saved or not.")
                .action(SettingsKeys.TEST_KASPERSKY_ACTION, "Test Kaspersky connection",
                        "Security Center: reaches the server, logs in and lists its virtual servers. Business Hub: "
                                + "checks that this host has a device inventory.")
                .build();
    }
}
