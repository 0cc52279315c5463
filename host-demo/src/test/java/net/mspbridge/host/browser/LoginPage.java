package net.mspbridge.host.browser;

import org.openqa.selenium.By;

/** The sign-in page. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a page that needs a session, lands on sign-in, signs in and comes back. */
    public void signIn(String url, String password) {
        browser.open(url);
        browser.visible(By.id("password")).sendKeys(password);
        browser.find(By.id("sign-in")).click();
        browser.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Signs in and expects a refusal; returns its message. */
    public String signInRefused(String url, String password) {
        browser.open(url);
        browser.visible(By.id("password")).sendKeys(password);
        browser.find(By.id("sign-in")).click();
        return browser.until(d -> {
            String text = d.findElement(By.id("login-error")).getText();
            return text.isEmpty() ? null : text;
        });
    }
}
