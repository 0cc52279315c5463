package net.mspbridge.host;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar host-demo.jar [--data-dir DIR] [--plugins-dir DIR] [--port N]
 * [COMMAND ...]}. Without a command the host serves until it is stopped.
 */
@Command(name = "host-demo", mixinStandardHelpOptions = true, version = "host-demo 1.0",
        description = "A small RMM host that runs billing plugins.",
        subcommands = {HostMain.Serve.class})
public final class HostMain implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data");

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Plugins folder (default: the plugins folder next to the host's jar).")
    Path pluginsDir;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    public static void main(String[] args) {
        System.exit(new CommandLine(new HostMain()).execute(args));
    }

    HostConfig config() {
        return new HostConfig(dataDir, pluginsDir == null ? HostConfig.defaultPluginsDir() : pluginsDir, port);
    }

    @Override
    public Integer call() {
        return serve(config());
    }

    static int serve(HostConfig config) {
        HostApp app = HostApp.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "host-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Command(name = "serve", description = "Serve the settings page and run billing on schedule (the default).")
    static final class Serve implements Callable<Integer> {

        @CommandLine.ParentCommand
        HostMain parent;

        @Override
        public Integer call() {
            return serve(parent.config());
        }
    }
}
