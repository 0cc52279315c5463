package net.mspbridge.host.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file {@code bill --csv FILE} writes: checked before the run, written after it. */
final class CsvFile {

    private CsvFile() {
    }

    /** What keeps the report from being written to {@code file}, for a person; empty when it can be. */
    static Optional<String> problem(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Optional.of("--csv " + file + " is a folder: give a file name, for example " + file.resolve("report.csv"));
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("--csv " + file + ": the folder " + folder + " does not exist; create it or choose another");
        }
        if (Files.exists(absolute) ? !Files.isWritable(absolute) : !Files.isWritable(folder)) {
            return Optional.of("--csv " + file + " cannot be written (no permission); choose another file");
        }
        return Optional.empty();
    }

    /** Writes the CSV, replacing the file if it exists. */
    static void write(Path file, String csv) throws IOException {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
