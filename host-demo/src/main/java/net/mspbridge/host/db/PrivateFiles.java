package net.mspbridge.host.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything in the data folder is its owner's only: files 600, folders 700. The folder holds the
 * database (the administrator's bcrypt hash, the encrypted secrets, H2's lock file with the key of
 * its loopback port), the secret key and the sandboxes' state and credentials; the folder's own
 * mode is not enough once it is restored from a backup at 755.
 *
 * <p>The host's own files are created owner-only ({@link #create}, {@link #createDirectories});
 * files that a library creates (H2's) are made so right after; and at start every file and folder
 * in the data folder that others may read is made owner-only, or the host refuses to start.
 * Symbolic links are neither followed nor changed. Where the file system has no POSIX permissions
 * (Windows), nothing is done: its ACLs are the administrator's to set.
 */
public final class PrivateFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Makes the folder and everything in it owner-only, saying in the log what it changed.
     *
     * @throws DataFolderException naming the first file whose permissions cannot be fixed
     */
    public static void secure(Path folder) {
        if (!posix(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    restrict(dir, FOLDER, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        restrict(file, FILE, true);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone meanwhile (a temporary file)
                    }
                    throw new DataFolderException(file, "cannot read " + file + " in the data folder (" + e.getMessage()
                            + "): the host must be able to check that only its owner may read it", e);
                }
            });
        } catch (IOException e) {
            throw new DataFolderException(folder, "cannot check the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes one file that a library has just created owner-only, if it exists. Unlike {@link #secure}
     * it does not warn: the file was never open to others for longer than it took to create it.
     */
    public static void secureCreatedFile(Path file) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && posix(file)) {
            restrict(file, FILE, false);
        }
    }

    /** Creates the folder and its missing parents owner-only (700). */
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

    private static void restrict(Path path, Set<PosixFilePermission> allowed, boolean found) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        try {
            Set<PosixFilePermission> now = view.readAttributes().permissions();
            if (allowed.containsAll(now)) {
                return;
            }
            Set<PosixFilePermission> owner = EnumSet.copyOf(allowed);
            owner.retainAll(now);
            owner.add(PosixFilePermission.OWNER_READ);
            owner.add(PosixFilePermission.OWNER_WRITE);
            if (allowed.contains(PosixFilePermission.OWNER_EXECUTE)) {
                owner.add(PosixFilePermission.OWNER_EXECUTE);
            }
            view.setPermissions(owner);
            if (found) {
                log.warn("{} in the data folder was open to other users ({}); it is now {}", path,
                        PosixFilePermissions.toString(now), PosixFilePermissions.toString(owner));
            } else {
                log.debug("{} was created {} by a library; it is now {}", path, PosixFilePermissions.toString(now),
                        PosixFilePermissions.toString(owner));
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile
        } catch (IOException | SecurityException e) {
            String mode = allowed.contains(PosixFilePermission.OWNER_EXECUTE) ? "700" : "600";
            throw new DataFolderException(path, path + " in the data folder is open to other users and its permissions "
                    + "cannot be changed (" + e.getMessage() + "). Run chmod " + mode + " " + path
                    + " as its owner (or chown it to the user the host runs as), then start the host again.", e);
        }
    }
}
