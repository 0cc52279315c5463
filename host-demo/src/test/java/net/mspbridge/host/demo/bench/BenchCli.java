package net.mspbridge.host.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

import picocli.CommandLine;

/** {@code bench} as its command line runs it, for the bench's tests: the output when it exits 0. */
final class BenchCli {

    private BenchCli() {
    }

    static String run(Path pluginsDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand(() -> pluginsDir));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(code).as("exit code; errors: %s", err).isZero();
        return out.toString();
    }

    static String[] concat(String[] args, String more) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
