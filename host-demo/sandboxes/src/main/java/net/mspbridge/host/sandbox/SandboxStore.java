package net.mspbridge.host.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.sandbox.files.OwnerOnlyFiles;
import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.DemoMapping;
import net.mspbridge.host.sandbox.ksc.KscCredentials;
import net.mspbridge.host.sandbox.ksc.KscData;

/**
 * The sandboxes' files in {@code <data folder>/sandbox/}: {@code autotask.json}, {@code ksc.json},
 * {@code mapping.json}, {@code credentials.json} and {@code ksc-tls/}, all owner-only (600, folders 700). Every write goes
 * to a temporary file, is forced to disk and moved over the old one atomically, so a reader (or a
 * host killed mid-write) sees the old or the new state, never half of one.
 */
public final class SandboxStore {

    public static final String AUTOTASK = "autotask.json";
    public static final String KSC = "ksc.json";
    public static final String MAPPING = "mapping.json";
    public static final String CREDENTIALS = "credentials.json";
    public static final String KSC_TLS = "ksc-tls";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** credentials.json: plain text on purpose (it is the sandbox servers' own user store), readable only by its owner. */
    private record StoredCredentials(String autotaskUserName, String autotaskSecret, String autotaskIntegrationCode,
                                     String kscUserName, String kscPassword, String kscDomain) {
    }

    private final Path dir;

    public SandboxStore(Path dir) {
        this.dir = dir;
    }

    /** The sandbox folder of a host data folder. */
    public static Path folderOf(Path dataDir) {
        return dataDir.resolve("sandbox");
    }

    public Path dir() {
        return dir;
    }

    public Optional<AutotaskData> autotask() {
        return read(AUTOTASK, AutotaskData.class);
    }

    public void saveAutotask(AutotaskData data) {
        write(AUTOTASK, data, false);
    }

    public Optional<KscData> ksc() {
        return read(KSC, KscData.class);
    }

    public void saveKsc(KscData data) {
        write(KSC, data, false);
    }

    public Optional<DemoMapping> mapping() {
        return read(MAPPING, DemoMapping.class);
    }

    public void saveMapping(DemoMapping mapping) {
        write(MAPPING, mapping, false);
    }

    /** The saved credentials, or these (or generated ones) saved now. */
    Credentials credentials(AutotaskCredentials autotaskDefault, KscCredentials kscDefault) {
        Optional<StoredCredentials> stored = read(CREDENTIALS, StoredCredentials.class);
        if (stored.isPresent()) {
            StoredCredentials s = stored.get();
            try {
                return new Credentials(new AutotaskCredentials(s.autotaskUserName(), Secret.of(s.autotaskSecret()), s.autotaskIntegrationCode()),
                        new KscCredentials(s.kscUserName(), Secret.of(s.kscPassword()), s.kscDomain() == null ? "" : s.kscDomain()));
            } catch (RuntimeException e) {
                throw new SandboxStateException(dir.resolve(CREDENTIALS), "The sandbox credentials file " + dir.resolve(CREDENTIALS)
                        + " is incomplete; delete it to generate new credentials", e);
            }
        }
        Credentials created = new Credentials(
                autotaskDefault != null ? autotaskDefault : generatedAutotask(),
                kscDefault != null ? kscDefault : generatedKsc());
        write(CREDENTIALS, new StoredCredentials(created.autotask().userName(), created.autotask().secret().reveal(),
                created.autotask().integrationCode(), created.ksc().userName(), created.ksc().password().reveal(),
                created.ksc().domain()), true);
        return created;
    }

    /** The credentials of both sandboxes. */
    record Credentials(AutotaskCredentials autotask, KscCredentials ksc) {
    }

    static AutotaskCredentials generatedAutotask() {
        return new AutotaskCredentials("billing-api@sandbox.example", Secret.of(random(24)), random(27).toUpperCase(java.util.Locale.ROOT));
    }

    static KscCredentials generatedKsc() {
        return new KscCredentials("ksc-billing", Secret.of(random(20)), "");
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            throw new SandboxStateException(file, "The sandbox state file " + file + " cannot be read (" + e.getMessage()
                    + "). Restore it from a backup or delete the sandbox folder to start again from the demo data.", e);
        }
    }

    /** Every file is written owner-only (600): the sandboxes' data names customers, and one file holds credentials. */
    private void write(String name, Object value, boolean ownerOnly) {
        Path file = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try {
            OwnerOnlyFiles.createDirectories(dir);
            byte[] bytes = JSON.writeValueAsBytes(value);
            // A temporary file left by a killed process may have another mode: start from a new one.
            Files.deleteIfExists(tmp);
            try (FileChannel channel = OwnerOnlyFiles.create(tmp, StandardOpenOption.CREATE_NEW)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox state file " + file + ": " + e.getMessage(), e);
        }
    }
}
