package net.mspbridge.host.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import net.mspbridge.host.auth.Authenticator;
import net.mspbridge.host.inventory.Inventory;
import net.mspbridge.host.logging.HeaderLogGuard;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.runs.RunService;
import net.mspbridge.host.runs.DailySchedule;
import net.mspbridge.host.settings.HostSettingsService;

/**
 * The host's HTTP server on 127.0.0.1: the pages, their static files and the JSON API. Every
 * request but sign-in and static files needs a session; state-changing API calls need the
 * session's CSRF token; bodies are JSON of at most {@value #MAX_BODY_BYTES} bytes.
 */
public final class WebServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 256 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * What the server serves.
     *
     * @param plugins   the plugins (for the plugin list)
     * @param settings  the settings flow
     * @param runs      billing runs
     * @param schedule  the daily schedule
     * @param inventory the device inventory
     * @param auth        sign-in and sessions
     * @param clock       the host clock ("today")
     * @param extraRoutes more pages and API routes (for example a sandbox view); they get the same
     *                    sign-in, CSRF and error handling as the host's own
     */
    public record Services(ExtensionSource plugins, HostSettingsService settings, RunService runs, DailySchedule schedule,
            Inventory inventory, Authenticator auth, Clock clock, List<Consumer<RoutesConfig>> extraRoutes) {

        public Services {
            extraRoutes = List.copyOf(extraRoutes);
        }
    }

    /**
     * Starts serving.
     *
     * @param port the port, or 0 for any free one
     */
    public static WebServer start(int port, Services services) {
        HeaderLogGuard.install();
        Security security = new Security(services.auth());
        Javalin app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(security::before);
            Errors.register(config.routes);
            new AuthRoutes(services.auth(), services.clock()).register(config.routes);
            config.routes.get("/api/plugins", ctx -> {
                ObjectNode json = PanelJson.object();
                json.set("plugins", WebJson.MAPPER.valueToTree(services.plugins().plugins().stream().map(p -> p.info()).toList()));
                json.set("failures", WebJson.MAPPER.valueToTree(services.plugins().failures()));
                ctx.json(json);
            });
            new SettingsRoutes(services.settings()).register(config.routes);
            new RunRoutes(services.runs(), services.schedule(), services.plugins(), services.clock()).register(config.routes);
            new EvidenceRoutes(services.runs()).register(config.routes);
            new InventoryRoutes(services.inventory()).register(config.routes);
            new Pages().register(config.routes);
            services.extraRoutes().forEach(routes -> routes.accept(config.routes));
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
