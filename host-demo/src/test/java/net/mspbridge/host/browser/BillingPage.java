package net.mspbridge.host.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The billing page: preview and apply a plugin's run, follow it, read the result. */
public final class BillingPage {

    private final Browser browser;
    private final String baseUrl;

    public BillingPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public BillingPage open() {
        browser.open(baseUrl + "billing");
        browser.visible(By.cssSelector("button[data-action='preview']"));
        return this;
    }

    private String card(String pluginId) {
        return "section[data-plugin='" + pluginId + "']";
    }

    /** Previews and waits for the result; returns the run's state. */
    public Result preview(String pluginId) {
        String before = shownRunId(pluginId);
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='preview']")).click();
        return result(pluginId, before);
    }

    /** Applies (confirming) and waits for the result. */
    public Result apply(String pluginId) {
        String before = shownRunId(pluginId);
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='apply']")).click();
        browser.visible(By.cssSelector(card(pluginId) + " button[data-action='confirm-apply']")).click();
        return result(pluginId, before);
    }

    /**
     * Starts a preview, waits until its progress bar shows a step, cancels it from the page and
     * waits for the result. The step seen is returned with the result's headline.
     */
    public Result previewAndCancel(String pluginId, java.util.function.Consumer<String> whileRunning) {
        String before = shownRunId(pluginId);
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='preview']")).click();
        String step = browser.until(d -> {
            List<WebElement> steps = d.findElements(By.cssSelector(card(pluginId) + " .run-progress:not([hidden]) .progress-step"));
            String text = steps.isEmpty() ? "" : steps.get(0).getText();
            return text.startsWith("Billed") ? text : null;
        });
        whileRunning.accept(step);
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='cancel']")).click();
        return result(pluginId, before);
    }

    /** The held drops listed under the result, as their text; empty when none are. */
    public List<String> heldDrops(String pluginId) {
        return browser.driver().findElements(By.cssSelector(card(pluginId) + " .held-list li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList();
    }

    /** Waits until held drops are listed (as the page shows them on load, without a run); returns their text. */
    public List<String> awaitHeldDrops(String pluginId) {
        return browser.until(d -> {
            List<String> held = heldDrops(pluginId);
            return held.isEmpty() ? null : held;
        });
    }

    /** The labels of the buttons under the held drops that confirm several or confirm and apply. */
    public List<String> heldButtons(String pluginId) {
        return browser.driver().findElements(By.cssSelector(card(pluginId) + " .held-drops .run-controls button")).stream()
                .map(WebElement::getText).toList();
    }

    /** Waits until a held line says who confirmed it; returns what each confirmed line says. */
    public List<String> heldConfirmations(String pluginId) {
        return browser.until(d -> {
            List<String> texts = d.findElements(By.cssSelector(card(pluginId) + " .held-list .held-confirmation")).stream()
                    .map(WebElement::getText).toList();
            return texts.isEmpty() ? null : texts;
        });
    }

    /** Clicks "Confirm all and apply" under the result and waits for the apply run it starts. */
    public Result confirmAllAndApply(String pluginId) {
        String before = shownRunId(pluginId);
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='confirm-and-apply']")).click();
        return result(pluginId, before);
    }

    /** Clicks "Confirm" on one held line and waits for the page to say it is confirmed; returns that notice. */
    public String confirmOne(String pluginId, int line) {
        browser.find(By.cssSelector(card(pluginId) + " button[data-action='confirm-drop'][data-line='" + line + "']")).click();
        return browser.until(d -> {
            List<WebElement> notices = d.findElements(By.cssSelector(card(pluginId) + " .held-status .notice-text"));
            return notices.isEmpty() ? null : notices.get(0).getText();
        });
    }

    private String shownRunId(String pluginId) {
        List<WebElement> heads = browser.driver().findElements(By.cssSelector(card(pluginId) + " .result-head[data-run-id]"));
        return heads.isEmpty() ? "" : heads.get(0).getAttribute("data-run-id");
    }

    /** Waits for the result of a run other than the one shown before, read in one go so nothing goes stale. */
    private Result result(String pluginId, String before) {
        return browser.until(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(card(pluginId) + " .result-head[data-state]"));
                if (found.isEmpty() || found.get(0).getAttribute("data-run-id").equals(before)) {
                    return null;
                }
                WebElement head = found.get(0);
                List<WebElement> rows = d.findElements(By.cssSelector(card(pluginId) + " .report-lines tbody tr[data-outcome]"));
                List<String> outcomes = rows.stream().map(tr -> tr.getAttribute("data-outcome")).toList();
                List<String> lines = rows.stream().map(tr -> tr.getText().replace('\n', ' ')).toList();
                List<String> problems = d.findElements(By.cssSelector(card(pluginId) + " .problem-list li"))
                        .stream().map(li -> li.getAttribute("data-kind") + " " + li.getText().replace('\n', ' ')).toList();
                return new Result(head.getAttribute("data-run-id"), head.getAttribute("data-state"), head.getText(), outcomes,
                        problems, lines);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /**
     * A finished run as the page shows it: its id, state, headline, each line's outcome, each
     * problem as "KIND text", and each report line's text.
     */
    public record Result(String runId, String state, String headline, List<String> outcomes, List<String> problems,
            List<String> lines) {
    }
}
