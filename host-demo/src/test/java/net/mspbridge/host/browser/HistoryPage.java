package net.mspbridge.host.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The run history. */
public final class HistoryPage {

    private final Browser browser;
    private final String baseUrl;

    public HistoryPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public HistoryPage open() {
        browser.open(baseUrl + "runs");
        browser.visible(By.cssSelector(".runs-table, .card p.muted"));
        return this;
    }

    /** Each listed run as "runId state", latest first. */
    public List<String> runs() {
        return browser.driver().findElements(By.cssSelector(".runs-table tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-run-id") + " " + tr.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"))
                .toList();
    }

    /** How many lines the units chart draws. */
    public int chartLines() {
        return browser.driver().findElements(By.cssSelector("svg.chart polyline, svg.chart circle")).size();
    }

    public WebElement row(String runId) {
        return browser.find(By.cssSelector(".runs-table tr[data-run-id='" + runId + "']"));
    }
}
