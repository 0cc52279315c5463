package net.mspbridge.host.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One run's page (/runs/{id}): its facts, held drops and report. */
public final class RunPage {

    private final Browser browser;

    private RunPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the run's page and waits for it to show the run. */
    public static RunPage open(Browser browser, String baseUrl, String runId) {
        browser.open((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "runs/" + runId);
        browser.visible(By.cssSelector(".result-head[data-state]"));
        return new RunPage(browser);
    }

    /** The held drops the page lists, as their text (each with who confirmed it, if anyone did). */
    public List<String> heldDrops() {
        return browser.driver().findElements(By.cssSelector(".held-list li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList();
    }

    /** The labels of the Confirm buttons the page offers. */
    public List<String> confirmButtons() {
        return browser.driver().findElements(By.cssSelector(".held-drops button")).stream().map(WebElement::getText).toList();
    }
}
