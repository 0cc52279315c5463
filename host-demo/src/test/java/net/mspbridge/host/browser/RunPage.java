package net.mspbridge.host.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One run's page (/runs/{id}): its facts, its continuation, its progress while under way, held drops and report. */
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

    /** The run's state as the page shows it now. */
    public String state() {
        return browser.find(By.cssSelector(".result-head[data-state]")).getAttribute("data-state");
    }

    /** Waits until the run's continuation box is in the state; returns what it says. */
    public String continuation(String state) {
        return browser.visible(By.cssSelector(".continuation[data-state='" + state + "']")).getText();
    }

    /** The Cancel continuation buttons the page offers. */
    public List<WebElement> cancelContinuationButtons() {
        return browser.driver().findElements(By.cssSelector("button[data-action='cancel-continuation']"));
    }

    /** Where the continuation box's link to the run that continued leads. */
    public String continuedByLink() {
        return browser.find(By.cssSelector(".continuation [data-role='continued-by']")).getAttribute("href");
    }

    /** Waits until the page follows the run's progress; returns what the progress head says. */
    public String progressHead() {
        return browser.visible(By.cssSelector(".run-progress:not([hidden]) .progress-head")).getText();
    }

    /** Waits until the page shows the run ended in the state (it re-renders when a followed run ends). */
    public void awaitState(String ended) {
        browser.visible(By.cssSelector(".result-head[data-state='" + ended + "']"));
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
