package net.mspbridge.host.core;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;

import net.mspbridge.host.auth.Authenticator;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.runs.ContinuationTimer;
import net.mspbridge.host.runs.DailySchedule;
import net.mspbridge.host.web.WebServer;

/**
 * The running host: its core (data folder, plugins, settings, runs), the administrator's sign-in,
 * the daily schedule and the web server. {@link #close()} stops all of them.
 */
public final class HostApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HostApp.class);

    private final HostCore core;
    private final DailySchedule schedule;
    private final WebServer web;
    private final ContinuationTimer continuations;

    private HostApp(HostCore core, DailySchedule schedule, WebServer web, ContinuationTimer continuations) {
        this.core = core;
        this.schedule = schedule;
        this.web = web;
        this.continuations = continuations;
    }

    /** Loads the plugins of the plugins folder and serves on 127.0.0.1. */
    public static HostApp start(HostConfig config) {
        return start(config, PluginHost.load(config.pluginsDir()));
    }

    /**
     * Serves with the given extensions: the seam through which tests and demos run the host with
     * in-process plugins. The host owns the source from here on and closes it.
     */
    public static HostApp start(HostConfig config, ExtensionSource extensions) {
        return start(config, extensions, List.of());
    }

    /**
     * Serves with the given extensions and more routes (pages or API calls of other parts of the
     * host, such as a sandbox view), which get the host's sign-in, CSRF checks and error handling.
     */
    public static HostApp start(HostConfig config, ExtensionSource extensions, List<Consumer<RoutesConfig>> extraRoutes) {
        return start(config, extensions, extraRoutes, core -> { });
    }

    /**
     * As {@link #start(HostConfig, ExtensionSource, List)}, with {@code prepare} run on the opened
     * core before the web server starts (such as storing the demo settings), so that the first page
     * served already shows what it did.
     */
    public static HostApp start(HostConfig config, ExtensionSource extensions, List<Consumer<RoutesConfig>> extraRoutes,
            Consumer<HostCore> prepare) {
        HostCore core = HostCore.open(config, extensions);
        try {
            prepare.accept(core);
            Authenticator.Setup auth = Authenticator.setUp(core.database(), config.adminPassword(),
                    config.passwordHashCost(), config.clock(), config.sessionIdleTimeout());
            DailySchedule schedule = new DailySchedule(core.database(), core.runs(), extensions, config.clock());
            WebServer web = WebServer.start(config.port(), new WebServer.Services(extensions, core.settings(), core.runs(),
                    schedule, core.inventory(), auth.authenticator(), config.clock(), extraRoutes));
            ContinuationTimer continuations = new ContinuationTimer(core.runs());
            if (config.scheduler()) {
                schedule.start(core.timer());
                continuations.start(core.timer());
            }
            HostApp app = new HostApp(core, schedule, web, continuations);
            log.info("Host ready at {} (data in {})", app.url(), config.dataDir().toAbsolutePath());
            auth.announce(config.out(), app.url());
            return app;
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    public HostCore core() {
        return core;
    }

    public DailySchedule schedule() {
        return schedule;
    }

    /** What starts due continuations of deferred runs; ticking on its own unless the configuration's scheduler is off. */
    public ContinuationTimer continuations() {
        return continuations;
    }

    /** The port the web server listens on. */
    public int port() {
        return web.port();
    }

    /** The address of the start page. */
    public String url() {
        return "http://127.0.0.1:" + web.port() + "/";
    }

    @Override
    public void close() {
        web.close();
        schedule.close();
        continuations.close();
        core.close();
    }
}
