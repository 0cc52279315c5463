package net.mspbridge.host.browser;

import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A plugin's report table on the Billing page: its headings, a line by company and service, a cell by heading. */
public final class ReportTable {

    private final Browser browser;
    private final String table;

    public ReportTable(Browser browser, String pluginId) {
        this.browser = browser;
        this.table = "section[data-plugin='" + pluginId + "'] .report-lines";
    }

    /** The column headings as shown (upper case). */
    public List<String> headings() {
        return browser.driver().findElements(By.cssSelector(table + " thead th")).stream().map(WebElement::getText).toList();
    }

    /** The first line whose text names both the company and the service. */
    public WebElement row(String company, String service) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr[data-outcome]")).stream()
                .filter(tr -> tr.getText().contains(company) && tr.getText().contains(service))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + company + " / " + service));
    }

    /** The text of the line's cell under {@code heading} (any case). */
    public String cell(WebElement row, String heading) {
        int column = headings().indexOf(heading.toUpperCase(Locale.ROOT));
        return row.findElements(By.cssSelector("td")).get(column).getText();
    }
}
