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

import picocli.CommandLine;

import net.mspbridge.host.fake.FakePlugin;

/** A --data-dir that names a file is refused with a message that says so, for serve and bill alike. */
class DataFolderIsAFileTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a host that started would serve on
    void billAndServeSayTheDataFolderIsAFileAndLeaveItAsItIs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");

        for (String[] command : new String[][] {{"bill", "--preview"}, {}}) {
            String err = run(file, command);

            assertThat(err).contains("the data folder " + file.toAbsolutePath() + " is a file, not a folder: give "
                    + "--data-dir a folder");
            assertThat(Files.readString(file)).isEqualTo("not a folder");
        }
    }

    private static String run(Path data, String... command) {
        FakePlugin fake = new FakePlugin();
        HostMain main = new HostMain(Map.of(HostMain.ADMIN_PASSWORD_VARIABLE, "a long enough passphrase"),
                config -> fake.source(), builder -> builder.passwordHashCost(4));
        CommandLine commandLine = HostMain.commandLine(main);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        String[] args = new String[4 + command.length];
        args[0] = "--data-dir";
        args[1] = data.toString();
        args[2] = "--port";
        args[3] = "0";
        System.arraycopy(command, 0, args, 4, command.length);
        assertThat(commandLine.execute(args)).as(err.toString()).isNotZero();
        return err.toString();
    }
}
