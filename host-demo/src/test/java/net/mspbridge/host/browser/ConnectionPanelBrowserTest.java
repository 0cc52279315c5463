package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.mspbridge.host.ServedHost;

/**
 * Issue 14, point 5, with the real plugin and the demo Security Center sandbox: one message per
 * problem, fields with an error marked, no settings keys in messages, and a virtual server scope
 * the server lacks said on save with the names it has.
 */
class ConnectionPanelBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "browser-admin-password";

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD)
            .signedInAt("settings").screenshotsAs("connection-");

    @Test
    void anEmptyUserNameIsOneMessageOnAMarkedField() {
        SettingsPage.Panel connection = web.settings().open(PLUGIN, "connection");
        connection.text("autotask.username", "");

        assertThat(connection.save()).isEqualTo("Nothing was saved: fix the errors shown.");

        assertThat(connection.fieldMessages("autotask.username")).singleElement().asString()
                .startsWith("Enter the Autotask API user name");
        assertThat(connection.fieldMarkedInError("autotask.username")).isTrue();
        assertThat(connection.fieldMarkedInError("autotask.integrationCode")).isFalse();
        assertThat(connection.messages()).noneMatch(m -> m.matches("(?s).*\\b(autotask|ksc|kaspersky)\\.[a-zA-Z]+.*"));
        web.browser().fullPageScreenshot("connection-01-one-message-marked");
        web.browser().driver().navigate().refresh();
    }

    @Test
    void aVirtualServerScopeTheServerLacksIsAWarningListingTheOnesItHas() {
        SettingsPage.Panel connection = web.settings().open(PLUGIN, "connection");
        connection.text("ksc.virtualServer", "Contso");

        assertThat(connection.save()).isEqualTo("Saved with 1 warning(s).");

        assertThat(connection.fieldMessages("ksc.virtualServer")).singleElement().asString()
                .startsWith("Kaspersky Security Center has no virtual server named \"Contso\"")
                .contains("The virtual servers it has: ", "Contoso", "Woodgrove Bank")
                .doesNotContain("ksc.virtualServer");
        web.browser().fullPageScreenshot("connection-02-unknown-scope");

        connection.text("ksc.virtualServer", "Contoso");
        assertThat(connection.save()).isEqualTo("Saved.");
        connection.text("ksc.virtualServer", "");
        assertThat(connection.save()).isEqualTo("Saved.");
    }

    @Test
    void aServerOutOfReachIsSaidPlainlyAndTheSaveGoesAhead() {
        SettingsPage.Panel connection = web.settings().open(PLUGIN, "connection");
        String address = web.browser().find(org.openqa.selenium.By.cssSelector("input[data-field='ksc.address']")).getAttribute("value");
        // The password is only ever sent to the address it was saved with: a new address needs it typed again.
        String password = web.host().sandboxes().orElseThrow().sandboxes().ksc().credentials().password().reveal();
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        connection.text("ksc.address", "127.0.0.1:1").text("ksc.virtualServer", "Contoso").secret("ksc.password", password);

        assertThat(connection.save()).isEqualTo("Saved with 1 warning(s).");

        assertThat(connection.fieldMessages("ksc.virtualServer")).singleElement().asString()
                .startsWith("The virtual server scope \"Contoso\" could not be checked: ")
                .contains("Test Kaspersky connection")
                .doesNotContain("ksc.");
        web.browser().fullPageScreenshot("connection-03-server-out-of-reach");

        connection.text("ksc.address", address).text("ksc.virtualServer", "").secret("ksc.password", password);
        assertThat(connection.save()).isEqualTo("Saved.");
    }
}
