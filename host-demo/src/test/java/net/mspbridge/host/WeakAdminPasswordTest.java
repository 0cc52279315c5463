package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.FakePlugin;

import picocli.CommandLine;

/** Issue 19 point 2: a weak HOST_ADMIN_PASSWORD stops the start before anything is created. */
class WeakAdminPasswordTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a host that started would serve on
    void aPasswordUnderTwelveCharactersIsRefusedAtStartAndNothingIsCreated(@TempDir Path dir) {
        Path data = dir.resolve("data");
        FakePlugin fake = new FakePlugin();
        HostMain main = new HostMain(Map.of(HostMain.ADMIN_PASSWORD_VARIABLE, "admin123"), config -> fake.source(),
                builder -> builder.passwordHashCost(4));
        CommandLine commandLine = HostMain.commandLine(main);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int code = commandLine.execute("--data-dir", data.toString(), "--port", "0", "--no-sandboxes");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("HOST_ADMIN_PASSWORD is too weak: it has 8 characters and must have at "
                + "least 12").doesNotContain("admin123");
        assertThat(Files.exists(data)).as("data folder").isFalse();
    }
}
