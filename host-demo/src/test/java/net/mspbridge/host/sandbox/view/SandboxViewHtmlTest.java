package net.mspbridge.host.sandbox.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SandboxViewHtmlTest {

    @Test
    void rendersTablesWithEveryTextEscaped() {
        SandboxView view = new SandboxView(LocalDate.of(2026, 3, 15), List.of(new ContractView(1, "<script>alert(1)</script>", 2,
                "Tom & \"Jerry\"", "Recurring Service", "Active", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new ServiceLine(10, 20, "EDR <b>", new BigDecimal("4.50"), 7)),
                List.of(new AdjustmentLine(99, 20, "EDR <b>", LocalDate.of(2026, 3, 15), -2, null, Instant.parse("2026-03-15T10:00:00Z"))))));
        String html = SandboxViewHtml.render(view);
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "Tom &amp; &quot;Jerry&quot;", "EDR &lt;b&gt;");
        assertThat(html).contains("<td class=\"num\">7</td>", "<td>99</td>", "<td class=\"num\">-2</td>", "2026-03-15 10:00:00 UTC");
    }
}
