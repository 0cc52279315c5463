package net.mspbridge.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a {@code --csv} path that cannot be written is named with what to do, before any run. */
class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileInAnExistingFolderCanBeWritten() {
        assertThat(CsvFile.problem(dir.resolve("report.csv"))).isEmpty();
    }

    @Test
    void aFolderOrAMissingFolderIsNamed() {
        assertThat(CsvFile.problem(dir)).hasValueSatisfying(m -> assertThat(m).contains("is a folder: give a file name"));
        assertThat(CsvFile.problem(dir.resolve("missing").resolve("report.csv")))
                .hasValueSatisfying(m -> assertThat(m).contains("missing does not exist; create it or choose another"));
    }
}
