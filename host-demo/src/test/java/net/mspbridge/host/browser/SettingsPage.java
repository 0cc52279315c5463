package net.mspbridge.host.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The settings page, addressed only by what plugin-api defines: plugin id, panel id, field keys,
 * row and column ids. Works for any plugin's panels.
 */
public final class SettingsPage {

    private final Browser browser;
    private final String baseUrl;

    public SettingsPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Opens the page on one panel (kept in the address, so a reload returns to it). */
    public Panel open(String pluginId, String panelId) {
        browser.open(baseUrl + "settings#" + pluginId + "/" + panelId);
        return panel(pluginId, panelId);
    }

    /** Switches to a panel's tab. */
    public Panel tab(String pluginId, String panelId) {
        browser.find(By.cssSelector("section[data-plugin='" + pluginId + "'] button.tab[data-panel='" + panelId + "']")).click();
        return panel(pluginId, panelId);
    }

    public Panel panel(String pluginId, String panelId) {
        browser.visible(By.cssSelector(panelSelector(pluginId, panelId)));
        return new Panel(pluginId, panelId);
    }

    private static String panelSelector(String pluginId, String panelId) {
        return "div.panel[data-plugin='" + pluginId + "'][data-panel='" + panelId + "']";
    }

    /** One panel's fields, table cells, buttons and messages. */
    public final class Panel {
        private final String selector;

        private Panel(String pluginId, String panelId) {
            this.selector = panelSelector(pluginId, panelId);
        }

        private WebElement find(String css) {
            return browser.find(By.cssSelector(selector + " " + css));
        }

        /** Sets a toggle field (clicking its switch, as a person does). */
        public Panel toggle(String fieldKey, boolean on) {
            WebElement input = find("input[type=checkbox][data-field='" + fieldKey + "']:not([data-row])");
            if (input.isSelected() != on) {
                input.findElement(By.xpath("..")).click();
            }
            return this;
        }

        public Panel text(String fieldKey, String value) {
            WebElement input = find("input[data-field='" + fieldKey + "']");
            // Typed away as a person does: clear() alone fires no input event, so an emptied field looked unchanged.
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            input.sendKeys(value);
            return this;
        }

        public Panel secret(String fieldKey, String value) {
            return text(fieldKey, value);
        }

        /** "set" or "not-set". */
        public String secretState(String fieldKey) {
            return find("div.field[data-field='" + fieldKey + "'] [data-secret-state]").getAttribute("data-secret-state");
        }

        public Panel select(String fieldKey, String optionId) {
            choose("select[data-field='" + fieldKey + "']:not([data-row])", optionId);
            return this;
        }

        /** Chooses an option in a mapping-table cell, once its live options have arrived. */
        public Panel cell(String tableKey, String rowId, String columnId, String optionId) {
            choose(cellSelector(tableKey, rowId, columnId), optionId);
            return this;
        }

        /** The option id a cell shows, waiting for its options. */
        public String cellValue(String tableKey, String rowId, String columnId) {
            WebElement select = loaded(cellSelector(tableKey, rowId, columnId));
            return new Select(select).getFirstSelectedOption().getAttribute("value");
        }

        public boolean hasCell(String tableKey, String rowId, String columnId) {
            return !browser.driver().findElements(By.cssSelector(selector + " " + cellSelector(tableKey, rowId, columnId))).isEmpty();
        }

        public boolean isSuggested(String tableKey, String rowId, String columnId) {
            return browser.find(By.cssSelector(selector + " td[data-row='" + rowId + "'][data-column='" + columnId + "']"))
                    .getAttribute("class").contains("suggested");
        }

        /** The column ids the table's header shows, in order. */
        public List<String> visibleColumns(String tableKey) {
            return browser.driver().findElements(By.cssSelector(selector + " table[data-field='" + tableKey + "'] thead th[data-column]"))
                    .stream().map(th -> th.getAttribute("data-column")).toList();
        }

        /**
         * Every cell the table shows, as "row/column" to the option id or "true"/"false", once every
         * select has its options.
         */
        public java.util.Map<String, String> cells(String tableKey) {
            String cells = selector + " table[data-field='" + tableKey + "'] [data-row][data-column]";
            return browser.until(d -> {
                try {
                    java.util.Map<String, String> out = new java.util.TreeMap<>();
                    for (WebElement control : d.findElements(By.cssSelector(cells + ":is(select, input)"))) {
                        String key = control.getAttribute("data-row") + "/" + control.getAttribute("data-column");
                        if (control.getTagName().equals("select")) {
                            if (!"true".equals(control.getAttribute("data-loaded"))) {
                                return null;
                            }
                            out.put(key, new Select(control).getFirstSelectedOption().getAttribute("value"));
                        } else {
                            out.put(key, Boolean.toString(control.isSelected()));
                        }
                    }
                    return out.isEmpty() ? null : out;
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    return null;
                }
            });
        }

        /** The row ids the table shows, in order. */
        public List<String> rows(String tableKey) {
            return browser.driver().findElements(By.cssSelector(selector + " table[data-field='" + tableKey
                    + "'] tbody tr[data-row]")).stream().map(tr -> tr.getAttribute("data-row")).toList();
        }

        /**
         * Saves, waits for the outcome and for the page to fetch the other panels' definitions again
         * (they may follow what was saved); returns the status line.
         */
        public String saveAndRefresh() {
            String status = save();
            browser.until(d -> {
                String saved = d.findElement(By.cssSelector(selector)).getAttribute("data-saved-version");
                String refreshed = d.findElement(By.cssSelector(selector)).findElement(By.xpath(
                        "ancestor::section[contains(@class,'plugin-settings')]")).getAttribute("data-refreshed-version");
                return saved != null && saved.equals(refreshed) ? saved : null;
            });
            return status;
        }

        /** Saves and waits for the outcome; returns the status line ("Saved.", "Nothing was saved: ..."). */
        public String save() {
            find("button[data-action='save']").click();
            return browser.until(d -> {
                String status = d.findElement(By.cssSelector(selector + " .panel-status")).getText();
                return status.isEmpty() || status.startsWith("Saving") || status.startsWith("Unsaved") ? null : status;
            });
        }

        /** The messages shown under one field (not a table cell). */
        public List<String> fieldMessages(String fieldKey) {
            return browser.driver().findElements(By.cssSelector(selector + " div.field[data-field='" + fieldKey
                    + "'] .message .message-text")).stream().map(WebElement::getText).toList();
        }

        /** Whether the field is marked as having an error (its box and label, and aria-invalid on its input). */
        public boolean fieldMarkedInError(String fieldKey) {
            WebElement field = find("div.field[data-field='" + fieldKey + "']");
            List<WebElement> invalid = field.findElements(By.cssSelector("[aria-invalid='true']"));
            return field.getAttribute("class").contains("has-error") && !invalid.isEmpty();
        }

        /** Every validation message shown on the panel. */
        public List<String> messages() {
            return browser.driver().findElements(By.cssSelector(selector + " .message .message-text")).stream().map(WebElement::getText).toList();
        }

        /** Runs an action and returns its steps as "OUTCOME name: detail" lines. */
        public List<String> action(String actionId) {
            find("button[data-action='" + actionId + "']").click();
            WebElement result = browser.visible(By.cssSelector(selector + " .action-result[data-action='" + actionId + "']"));
            return result.findElements(By.cssSelector("li.step")).stream().map(step -> step.getAttribute("data-outcome") + " "
                    + step.findElement(By.cssSelector(".step-name")).getText() + ": "
                    + step.findElement(By.cssSelector(".step-detail")).getText()).toList();
        }

        private String cellSelector(String tableKey, String rowId, String columnId) {
            return "select[data-field='" + tableKey + "'][data-row='" + rowId + "'][data-column='" + columnId + "']";
        }

        private WebElement loaded(String css) {
            return browser.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(selector + " " + css + "[data-loaded='true']"));
                return found.isEmpty() ? null : found.get(0);
            });
        }

        private void choose(String css, String optionId) {
            WebElement select = loaded(css);
            new Select(select).selectByValue(optionId);
        }
    }
}
