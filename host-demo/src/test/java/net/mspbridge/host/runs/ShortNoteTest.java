package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: a note says only what no other column says; the JSON keeps the full text. */
class ShortNoteTest {

    @Test
    void aUsageDescriptionIsLeftOutSinceServiceCategoryAndWantedSayIt() {
        assertThat(ShortNote.of("Kaspersky Endpoint Security for Windows / Windows workstations: 18")).isEmpty();
        assertThat(ShortNote.of("Kaspersky Endpoint Security for Linux / Non-Windows devices: 2; "
                + "Kaspersky Endpoint Security for Mac / Non-Windows devices: 1")).isEmpty();
        assertThat(ShortNote.of("No usage.")).isEmpty();
    }

    @Test
    void anyOtherNoteIsCutToItsFirstSentence() {
        assertThat(ShortNote.of("Billed earlier; no mapping targets it now.")).isEqualTo("Billed earlier; no mapping targets it now.");
        assertThat(ShortNote.of("Not made in this run; the next run will make it. Run again later."))
                .isEqualTo("Not made in this run; the next run will make it.");
        assertThat(ShortNote.of("Autotask refused the adjustment: the contract service period is closed for this date"))
                .hasSize(60).endsWith("…");
    }
}
