package net.mspbridge.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.web.WebServer;

/**
 * The running host: its plugins and its web server. {@link #close()} stops both.
 */
public final class HostApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HostApp.class);

    private final PluginHost plugins;
    private final WebServer web;

    private HostApp(PluginHost plugins, WebServer web) {
        this.plugins = plugins;
        this.web = web;
    }

    /** Loads the plugins and starts serving on 127.0.0.1. */
    public static HostApp start(HostConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        PluginHost plugins = PluginHost.load(config.pluginsDir());
        try {
            WebServer web = WebServer.start(config.port(), plugins);
            log.info("Host ready at http://127.0.0.1:{}/ (data in {})", web.port(), config.dataDir().toAbsolutePath());
            return new HostApp(plugins, web);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    public PluginHost plugins() {
        return plugins;
    }

    /** The port the web server listens on. */
    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        web.close();
        plugins.close();
    }
}
