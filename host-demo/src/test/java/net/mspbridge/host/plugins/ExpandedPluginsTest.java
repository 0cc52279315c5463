package net.mspbridge.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandedPluginsTest {

    private static final Map<String, String> FILES = Map.of(
            "plugin.properties", "plugin.id=demo\nplugin.version=1.0.0\n",
            "lib/demo.jar", "the plugin's classes, version 8");

    @Test
    void aFolderHoldingTheZipsFilesIsLeftAlone(@TempDir Path plugins) throws IOException {
        Path zip = writeZip(plugins.resolve("demo.zip"), FILES);
        Path folder = expand(plugins.resolve("demo"), FILES);
        FileTime before = Files.getLastModifiedTime(folder.resolve("lib/demo.jar"));

        ExpandedPlugins.refresh(plugins);

        assertThat(ExpandedPlugins.matches(zip, folder)).isTrue();
        assertThat(folder.resolve("lib/demo.jar")).exists();
        assertThat(Files.getLastModifiedTime(folder.resolve("lib/demo.jar"))).isEqualTo(before);
    }

    @Test
    void aFolderWithAFileOfTheSameSizeButOtherContentIsDeletedForPf4jToExpandTheZipAgain(@TempDir Path plugins)
            throws IOException {
        writeZip(plugins.resolve("demo.zip"), FILES);
        // The old build: one digit differs, so the size is the same and only the CRC tells them apart.
        Path folder = expand(plugins.resolve("demo"), Map.of(
                "plugin.properties", FILES.get("plugin.properties"),
                "lib/demo.jar", "the plugin's classes, version 3"));
        // Newer than the zip, as after copying a zip with its original time: PF4J alone would keep it.
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().plusSeconds(3600)));

        ExpandedPlugins.refresh(plugins);

        assertThat(folder).doesNotExist();
        assertThat(plugins.resolve("demo.zip")).exists();
    }

    @Test
    void aFolderWithAFileMissingOrOneTooManyIsDeleted(@TempDir Path plugins) throws IOException {
        writeZip(plugins.resolve("demo.zip"), FILES);
        expand(plugins.resolve("demo"), Map.of("plugin.properties", FILES.get("plugin.properties")));
        writeZip(plugins.resolve("other.zip"), FILES);
        Path other = expand(plugins.resolve("other"), FILES);
        Files.writeString(other.resolve("lib/old-library-1.0.jar"), "a library the new build no longer has");

        ExpandedPlugins.refresh(plugins);

        assertThat(plugins.resolve("demo")).doesNotExist();
        assertThat(other).doesNotExist();
    }

    @Test
    void aFolderWithNoZipBesideItAndAZipThatCannotBeReadAreLeftAlone(@TempDir Path plugins) throws IOException {
        Path unpacked = expand(plugins.resolve("unpacked-plugin"), FILES);
        Files.write(plugins.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Path broken = expand(plugins.resolve("broken"), FILES);

        ExpandedPlugins.refresh(plugins);

        assertThat(unpacked.resolve("lib/demo.jar")).exists();
        assertThat(broken.resolve("lib/demo.jar")).exists();
    }

    static Path writeZip(Path zip, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(file.getKey()));
                zipOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static Path expand(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }
}
