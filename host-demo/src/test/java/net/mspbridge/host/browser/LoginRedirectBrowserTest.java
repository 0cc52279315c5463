package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import net.mspbridge.host.fake.TestHost;

/**
 * Issue 19 point 4, in Chromium: after sign-in the page goes only to a page of this host, whatever
 * {@code next} says. The two inputs of the issue are read by browsers as {@code //evil.example}.
 */
class LoginRedirectBrowserTest {

    @RegisterExtension
    static final HostInChromium<TestHost> web = HostInChromium.fakePlugin().screenshotsAs("login-redirect-");

    private String signInWithNext(String next) {
        web.browser().open(web.url() + "login?next=" + next);
        web.browser().visible(By.id("password")).sendKeys(TestHost.PASSWORD);
        web.browser().find(By.id("sign-in")).click();
        return web.browser().until(d -> d.getCurrentUrl().contains("/login") ? null : d.getCurrentUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/",
            "/%5C%5Cevil.example/x", "/%0A/evil.example", "javascript:alert(1)"})
    void aNextThatLeadsElsewhereLandsOnTheDashboard(String next) {
        assertThat(signInWithNext(next)).isEqualTo(web.url());
    }

    @Test
    void aPageOfThisHostIsWhereSignInReturns() {
        assertThat(signInWithNext("/runs%3Fpage%3D2")).isEqualTo(web.url() + "runs?page=2");
        web.browser().screenshot("login-redirect-back-to-runs");
    }
}
