package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import net.mspbridge.host.fake.TestHost;

/**
 * Issue 19 point 4, in Chromium: after sign-in the page goes only to a page of this host, whatever
 * {@code next} says. The two inputs of the issue are read by browsers as {@code //evil.example}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginRedirectBrowserTest {

    private TestHost host;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        host = new TestHost(dataDir);
        browser = new Browser();
    }

    @org.junit.jupiter.api.extension.RegisterExtension
    final ScreenshotOnFailure onFailure = new ScreenshotOnFailure("login-redirect-", () -> browser);

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    private String signInWithNext(String next) {
        browser.open(host.url() + "login?next=" + next);
        browser.visible(By.id("password")).sendKeys(TestHost.PASSWORD);
        browser.find(By.id("sign-in")).click();
        return browser.until(d -> d.getCurrentUrl().contains("/login") ? null : d.getCurrentUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/",
            "/%5C%5Cevil.example/x", "/%0A/evil.example", "javascript:alert(1)"})
    void aNextThatLeadsElsewhereLandsOnTheDashboard(String next) {
        assertThat(signInWithNext(next)).isEqualTo(host.url());
    }

    @Test
    void aPageOfThisHostIsWhereSignInReturns() {
        assertThat(signInWithNext("/runs%3Fpage%3D2")).isEqualTo(host.url() + "runs?page=2");
        browser.screenshot("login-redirect-back-to-runs");
    }
}
