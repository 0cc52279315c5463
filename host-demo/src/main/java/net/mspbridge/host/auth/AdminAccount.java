package net.mspbridge.host.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import at.favre.lib.crypto.bcrypt.BCrypt;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.db.Database;

/** The administrator's bcrypt hash in {@code admin_account}. */
final class AdminAccount {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    /** Twelve characters: the least a password guessed at two tries a minute should have. */
    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    static final int MAX_BYTES = 72;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final String hash;
    private final Optional<Secret> generated;

    private AdminAccount(String hash, Optional<Secret> generated) {
        this.hash = hash;
        this.generated = generated;
    }

    static AdminAccount setUp(Database database, Optional<Secret> fromEnvironment, int cost, Clock clock) {
        fromEnvironment.ifPresent(AdminAccount::checkChosen);
        Optional<String> stored = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT password_hash FROM admin_account WHERE username = ?")) {
                select.setString(1, Authenticator.ADMIN);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
        if (fromEnvironment.isPresent()) {
            Secret chosen = fromEnvironment.get();
            if (stored.isPresent() && matches(stored.get(), chosen.reveal())) {
                return new AdminAccount(stored.get(), Optional.empty());
            }
            String hash = store(database, chosen, cost, clock);
            log.info("Administrator password set from HOST_ADMIN_PASSWORD");
            return new AdminAccount(hash, Optional.empty());
        }
        if (stored.isPresent()) {
            return new AdminAccount(stored.get(), Optional.empty());
        }
        Secret generated = Secret.of(generate());
        String hash = store(database, generated, cost, clock);
        log.info("Administrator password generated; it is printed once on standard output");
        return new AdminAccount(hash, Optional.of(generated));
    }

    static void checkChosen(Secret password) {
        String value = password.reveal();
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("HOST_ADMIN_PASSWORD is too weak: it has " + value.length()
                    + " characters and must have at least " + MIN_LENGTH + ". Choose a longer one (a few words make a good "
                    + "passphrase), or start without HOST_ADMIN_PASSWORD to have the host generate one.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("HOST_ADMIN_PASSWORD must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }

    private static String store(Database database, Secret password, int cost, Clock clock) {
        String hash = BCrypt.withDefaults().hashToString(cost, password.reveal().toCharArray());
        database.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO admin_account (username, password_hash,"
                    + " updated_at) KEY (username) VALUES (?, ?, ?)")) {
                merge.setString(1, Authenticator.ADMIN);
                merge.setString(2, hash);
                merge.setTimestamp(3, Timestamp.from(clock.instant()));
                return merge.executeUpdate();
            }
        });
        return hash;
    }

    /** Four groups of four from an alphabet without look-alikes: about 79 bits. */
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    boolean verify(String password) {
        if (password == null || password.isEmpty() || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return matches(hash, password);
    }

    private static boolean matches(String hash, String password) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    Optional<Secret> generatedPassword() {
        return generated;
    }
}
