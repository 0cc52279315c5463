package net.mspbridge.host.web;

import java.util.Map;

import io.javalin.Javalin;

import net.mspbridge.host.plugins.PluginHost;

/**
 * The host's HTTP server, listening on 127.0.0.1 only.
 */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param port    the port, or 0 for any free one
     * @param plugins the loaded plugins
     */
    public static WebServer start(int port, PluginHost plugins) {
        Javalin app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/plugins", ctx -> ctx.json(Map.of(
                    "plugins", plugins.plugins(),
                    "failures", plugins.failures())));
            config.routes.get("/", ctx -> ctx.html(HomePage.render(plugins)));
        });
        app.start();
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
