package net.mspbridge.host.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

class BenchCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path emptyPluginsDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli() {
        CommandLine cli = new CommandLine(new BenchCommand(() -> emptyPluginsDir, CLOCK));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli;
    }

    private BenchSpec parse(String... args) {
        CommandLine cli = cli();
        cli.parseArgs(args);
        return cli.<BenchCommand>getCommand().benchSpec();
    }

    @Nested
    class Defaults {

        @Test
        void areTheLargeCaseOfIssue8() {
            BenchSpec spec = parse();

            assertThat(spec.customers()).isEqualTo(2_000);
            assertThat(spec.hosts()).isEqualTo(100_000);
            assertThat(spec.applications()).isEqualTo(6);
            assertThat(spec.latency()).isEqualTo(Duration.ofMillis(20));
            assertThat(spec.threadLimit()).isEqualTo(3);
            assertThat(spec.baseline()).isTrue();
            assertThat(spec.date()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(spec.kscLatency()).isZero();
            assertThat(spec.daily()).isFalse();
            assertThat(spec.kscSessions()).as("the plugin's own default").isNull();
        }

        @Test
        void dailyWithoutAShareIsOnePercentOfThePairs() {
            assertThat(parse("--daily").dailyChangePercent()).isEqualTo(1.0);
            assertThat(parse("--daily", "2.5").dailyChangePercent()).isEqualTo(2.5);
            assertThat(parse("--daily", "--no-baseline").baseline()).isFalse();
        }

        @Test
        void theFirstBillUnderTheBudgetIsAtAutotasksOwnThresholdUnlessOneIsGiven() {
            assertThat(parse().requestThreshold()).isEqualTo(1_000_000);
            assertThat(parse("--first-bill-windows").requestThreshold()).isEqualTo(10_000);
            assertThat(parse("--first-bill-windows", "--request-threshold", "200").requestThreshold()).isEqualTo(200);
        }

        @Test
        void everyOptionIsTaken() {
            BenchSpec spec = parse("--customers", "10", "--hosts", "300000", "--apps", "2", "--latency-ms", "0",
                    "--thread-limit", "1", "--request-threshold", "500", "--seed", "9", "--date", "2026-01-31", "--no-baseline",
                    "--ksc-latency-ms", "50", "--daily", "3", "--ksc-sessions", "8");

            assertThat(spec).isEqualTo(new BenchSpec(10, 300_000, 2, Duration.ZERO, 1, 500, 9, LocalDate.of(2026, 1, 31), false,
                    Duration.ofMillis(50), 3.0, 8));
        }
    }

    @Nested
    class BadArguments {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
                "--customers, 0, '--customers must be between 1 and 100,000, not 0'",
                "--customers, 100001, '--customers must be between 1 and 100,000, not 100,001'",
                "--hosts, -1, '--hosts must be between 0 and 10,000,000, not -1'",
                "--apps, 7, '--apps must be between 1 and 6, not 7'",
                "--apps, 0, '--apps must be between 1 and 6, not 0'",
                "--latency-ms, -5, '--latency-ms must be between 0 and 60000, not -5'",
                "--latency-ms, 60001, '--latency-ms must be between 0 and 60000, not 60001'",
                "--thread-limit, 0, '--thread-limit must be between 1 and 16, not 0'",
                "--ksc-latency-ms, -1, '--ksc-latency-ms must be between 0 and 60000, not -1'",
                "--ksc-latency-ms, 60001, '--ksc-latency-ms must be between 0 and 60000, not 60001'",
                "--ksc-sessions, 0, '--ksc-sessions must be between 1 and 16, not 0'",
                "--ksc-sessions, 17, '--ksc-sessions must be between 1 and 16, not 17'",
                "--daily, 100.5, '--daily must be a share of the pairs between 0 and 100 (%), not 100.5'",
                "--daily, -1, '--daily must be a share of the pairs between 0 and 100 (%), not -1.0'",
                "--request-threshold, 0, '--request-threshold must be between 1 and 2,147,483,647, not 0'"})
        void anOptionOutOfRangeIsRefusedWithItsRangeAndNothingRuns(String option, String value, String message) {
            int code = cli().execute(option, value);

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains(message);
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void theFirstBillWithTheDailyCaseOrEvidenceIsRefusedAndNothingRuns() {
            assertThat(cli().execute("--first-bill-windows", "--daily")).isEqualTo(2);
            assertThat(err.toString()).contains("--first-bill-windows", "leave out --daily");
            assertThat(cli().execute("--first-bill-windows", "--evidence-dir", "evidence")).isEqualTo(2);
            assertThat(err.toString()).contains("leave out --evidence-dir");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void aValueThatIsNotANumberIsRefused() {
            int code = cli().execute("--customers", "many");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("--customers").contains("many");
        }

        @Test
        void anUnknownOptionIsRefused() {
            assertThat(cli().execute("--customer", "5")).isEqualTo(2);
            assertThat(err.toString()).contains("--customer");
        }

        @Test
        void aMalformedDateIsRefused() {
            assertThat(cli().execute("--date", "15.03.2026")).isEqualTo(2);
            assertThat(err.toString()).contains("--date");
        }
    }

    @Nested
    class WithoutThePlugin {

        @Test
        void anEmptyPluginsFolderFailsWithWhatToDo() {
            int code = cli().execute("--customers", "1", "--hosts", "10", "--latency-ms", "0", "--no-baseline");

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("No billing hook of plugin 'kaspersky-autotask'", "build the plugin first");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void aMissingPluginsFolderFailsWithWhatToDo() {
            int code = cli().execute("--plugins-dir", emptyPluginsDir.resolve("nowhere").toString(), "--customers", "1");

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("does not exist");
        }
    }

    @Nested
    class RegisteredInAHost {

        @picocli.CommandLine.Command(name = "host")
        static final class Host implements java.util.concurrent.Callable<Integer> {
            @picocli.CommandLine.Option(names = "--plugins-dir")
            Path pluginsDir;

            @Override
            public Integer call() {
                return 0;
            }
        }

        @Test
        void isTheBenchSubcommandAndUsesTheHostsPluginsFolderGivenOnTheCommandLine() {
            Host host = new Host();
            CommandLine root = new CommandLine(host);
            BenchCommand.register(root, () -> host.pluginsDir);
            root.setOut(new PrintWriter(out));
            root.setErr(new PrintWriter(err));
            Path missing = emptyPluginsDir.resolve("host-plugins");

            int code = root.execute("--plugins-dir", missing.toString(), "bench", "--customers", "1");

            assertThat(root.getSubcommands()).containsKey("bench");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains(missing.toAbsolutePath().toString(), "does not exist");
        }
    }

    @Test
    void helpListsEveryOption() {
        assertThat(cli().execute("--help")).isZero();
        assertThat(out.toString()).contains("--customers", "--hosts", "--apps", "--latency-ms", "--thread-limit",
                "--request-threshold", "--json", "--no-baseline", "--first-bill-windows");
    }
}
