package net.mspbridge.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes PF4J expand a plugin zip again when the folder it expanded from that zip earlier no longer
 * holds the zip's files.
 *
 * <p>PF4J expands {@code X.zip} into the folder {@code X} beside it only when that folder is missing
 * or older than the zip: its {@code FileUtils.expandIfZip} compares the two modification times. A
 * new zip whose time is older than the folder (copied with its original time: {@code cp -p},
 * {@code rsync -t}, a release archive unpacked with its times) is never expanded, and the host runs
 * the plugin it had before without a word. So before PF4J looks, each such folder whose files differ
 * from its zip's entries (a file missing or extra, or of another size or CRC-32) is deleted, and PF4J
 * expands the zip afresh. A folder that matches its zip is left alone: a second host process started
 * beside a running one (the {@code bill} command) never pulls files from under it.
 */
final class ExpandedPlugins {

    private static final Logger log = LoggerFactory.getLogger(ExpandedPlugins.class);

    private ExpandedPlugins() {
    }

    /** Deletes every expanded folder in {@code pluginsDir} that no longer matches the zip beside it. */
    static void refresh(Path pluginsDir) {
        for (Path zip : zips(pluginsDir)) {
            String name = zip.getFileName().toString();
            Path folder = zip.resolveSibling(name.substring(0, name.length() - ".zip".length()));
            if (Files.isDirectory(folder) && !matches(zip, folder)) {
                log.info("Plugin folder {} does not hold the files of {}: expanding the zip again",
                        folder.getFileName(), name);
                delete(folder);
            }
        }
    }

    /**
     * Whether {@code folder} holds exactly the files of {@code zip}, each of the same size and CRC-32.
     * A zip that cannot be read counts as matching: PF4J reports it, and the folder is not touched.
     */
    static boolean matches(Path zip, Path folder) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            int files = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                files++;
                Path file = folder.resolve(entry.getName()).normalize();
                if (!file.startsWith(folder) || !Files.isRegularFile(file) || Files.size(file) != entry.getSize()
                        || crcOf(file) != entry.getCrc()) {
                    return false;
                }
            }
            return files == regularFilesIn(folder);
        } catch (ZipException e) {
            return true;
        } catch (IOException e) {
            log.warn("Could not compare plugin folder {} with {}: {}", folder, zip.getFileName(), e.toString());
            return true;
        }
    }

    private static List<Path> zips(Path pluginsDir) {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".zip")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + pluginsDir, e);
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }

    private static long regularFilesIn(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    /** Deletes the folder; when that fails PF4J loads what is left, and the log says why. */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete the outdated plugin folder {} ({}); the plugin may run as it was before",
                    folder, e.toString());
        }
    }
}
