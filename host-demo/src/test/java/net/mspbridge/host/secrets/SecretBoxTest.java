package net.mspbridge.host.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.host.Secret;

class SecretBoxTest {

    @TempDir
    Path dir;

    @Nested
    class Sealing {

        @Test
        void opensWhatItSealed() {
            SecretBox box = SecretBox.withKeyFile(dir.resolve("secret.key"));

            byte[] sealed = box.seal(Secret.of("Tr0ub4dor&3"), "ctx");

            assertThat(box.open(sealed, "ctx").reveal()).isEqualTo("Tr0ub4dor&3");
        }

        @Test
        void sealedBytesDoNotContainTheSecretAndDifferEachTime() {
            SecretBox box = SecretBox.withKeyFile(dir.resolve("secret.key"));

            byte[] first = box.seal(Secret.of("correct horse battery staple"), "ctx");
            byte[] second = box.seal(Secret.of("correct horse battery staple"), "ctx");

            assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("horse");
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void aValueMovedToAnotherContextDoesNotOpen() {
            SecretBox box = SecretBox.withKeyFile(dir.resolve("secret.key"));
            byte[] sealed = box.seal(Secret.of("s3cret"), "plugin-a/apiSecret");

            assertThatThrownBy(() -> box.open(sealed, "plugin-b/apiSecret"))
                    .isInstanceOf(SecretBoxException.class)
                    .hasMessageContaining("does not decrypt")
                    .hasMessageNotContaining("s3cret");
        }

        @Test
        void tamperedBytesDoNotOpen() {
            SecretBox box = SecretBox.withKeyFile(dir.resolve("secret.key"));
            byte[] sealed = box.seal(Secret.of("s3cret"), "ctx");
            sealed[sealed.length - 1] ^= 1;

            assertThatThrownBy(() -> box.open(sealed, "ctx")).isInstanceOf(SecretBoxException.class);
        }

        @Test
        void aNewKeyFileCannotOpenWhatTheOldOneSealed() throws IOException {
            byte[] sealed = SecretBox.withKeyFile(dir.resolve("secret.key")).seal(Secret.of("s3cret"), "ctx");
            Files.delete(dir.resolve("secret.key"));

            SecretBox other = SecretBox.withKeyFile(dir.resolve("secret.key"));

            assertThatThrownBy(() -> other.open(sealed, "ctx")).isInstanceOf(SecretBoxException.class);
        }

        @Test
        void bytesNotWrittenByTheBoxAreRefusedClearly() {
            SecretBox box = SecretBox.withKeyFile(dir.resolve("secret.key"));

            assertThatThrownBy(() -> box.open(new byte[] {9, 1, 2}, "ctx"))
                    .isInstanceOf(SecretBoxException.class)
                    .hasMessageContaining("not in a format this host wrote");
        }
    }

    @Nested
    class KeyFilePermissions {

        @Test
        void aNewKeyFileIsReadableByItsOwnerOnly() throws IOException {
            Path keyFile = dir.resolve("secret.key");

            SecretBox.withKeyFile(keyFile);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            assertThat(Files.list(dir)).containsExactly(keyFile);
        }

        @Test
        void aKeyFileOthersCanReadIsMadeOwnerOnly() throws IOException {
            Path keyFile = dir.resolve("secret.key");
            SecretBox.withKeyFile(keyFile);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

            SecretBox.withKeyFile(keyFile);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }

        @Test
        void theSameKeyIsUsedAcrossRestarts() {
            Path keyFile = dir.resolve("secret.key");
            byte[] sealed = SecretBox.withKeyFile(keyFile).seal(Secret.of("s3cret"), "ctx");

            assertThat(SecretBox.withKeyFile(keyFile).open(sealed, "ctx").reveal()).isEqualTo("s3cret");
        }

        @Test
        void aFileThatIsNotAKeyIsRefusedWithWhatToDo() throws IOException {
            Path keyFile = dir.resolve("secret.key");
            Files.writeString(keyFile, "hello");
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

            assertThatThrownBy(() -> SecretBox.withKeyFile(keyFile))
                    .isInstanceOf(KeyFileException.class)
                    .hasMessageContaining(keyFile.toString())
                    .hasMessageContaining("restore it from the backup");
        }

        @Test
        void aKeyFileInAMissingFolderFailsNamingTheFile() {
            Path keyFile = dir.resolve("missing").resolve("secret.key");

            assertThatThrownBy(() -> SecretBox.withKeyFile(keyFile))
                    .isInstanceOf(KeyFileException.class)
                    .hasMessageContaining(keyFile.toString());
        }
    }
}
