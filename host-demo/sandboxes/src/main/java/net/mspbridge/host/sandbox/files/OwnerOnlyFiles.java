package net.mspbridge.host.sandbox.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Folders and files that only their owner may read: the sandboxes' generated credentials and the KSC
 * key. Created owner-only (700 and 600) where the file system has POSIX permissions; elsewhere as the
 * file system makes them. The host keeps its own data the same way; the sandboxes do it themselves so
 * that they need nothing of the host.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /** Creates the folder and any missing parents, owner-only (700); existing ones keep their mode. */
    public static void createDirectories(Path dir) throws IOException {
        if (posix(dir.toAbsolutePath().getRoot())) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Opens a file for writing, created owner-only (600) when missing. An existing file keeps its
     * mode: write to a new temporary file and move it into place to replace one.
     */
    public static FileChannel create(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> all = new HashSet<>(Set.of(options));
        all.add(StandardOpenOption.WRITE);
        all.add(StandardOpenOption.CREATE);
        if (posix(file.toAbsolutePath().getParent())) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
            return FileChannel.open(file, all, ownerOnly);
        }
        return FileChannel.open(file, all);
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
