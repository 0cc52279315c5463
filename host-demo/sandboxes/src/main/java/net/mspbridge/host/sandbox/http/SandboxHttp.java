package net.mspbridge.host.sandbox.http;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Objects;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A small Jetty server on 127.0.0.1 for a sandbox: a bounded thread pool, no server banner, and
 * the two ways a sandbox answers: a JSON body, or a dropped (optionally reset) connection. Jetty's
 * core API is used, not servlets, because only it reaches the connection to drop it.
 *
 * <p>Clients send the sandboxes their credentials in headers, which Jetty logs at DEBUG: a process
 * that starts sandboxes and may log at DEBUG guards those loggers first (the demo host installs its
 * header log guard before it starts them).
 */
public final class SandboxHttp implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private SandboxHttp(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** A plain HTTP server, not yet started. */
    public static SandboxHttp plain(int port, String name, int maxThreads, Handler handler) {
        Server server = new Server(pool(name, maxThreads));
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config()));
        return configure(server, connector, port, handler);
    }

    /** An HTTPS server with the key and certificate in {@code keyStore}, not yet started. */
    public static SandboxHttp tls(int port, String name, int maxThreads, Handler handler, KeyStore keyStore, String keyPassword) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore);
        ssl.setKeyStorePassword(keyPassword);
        ssl.setKeyManagerPassword(keyPassword);
        HttpConfiguration https = config();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // The certificate names 127.0.0.1 and localhost; SNI checks would refuse clients that connect by IP.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        Server server = new Server(pool(name, maxThreads));
        ServerConnector connector = new ServerConnector(server, 1, 1,
                new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        return configure(server, connector, port, handler);
    }

    private static SandboxHttp configure(Server server, ServerConnector connector, int port, Handler handler) {
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        // Longer than the longest time-out fault (5 min), so Jetty never cuts a call the sandbox holds on purpose.
        connector.setIdleTimeout(10 * 60_000L);
        server.addConnector(connector);
        server.setHandler(Objects.requireNonNull(handler, "handler"));
        server.setStopTimeout(0);
        return new SandboxHttp(server, connector);
    }

    private static QueuedThreadPool pool(String name, int maxThreads) {
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, 2);
        pool.setName(name);
        pool.setDaemon(true);
        return pool;
    }

    private static HttpConfiguration config() {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        return config;
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public SandboxHttp start() {
        try {
            server.start();
            return this;
        } catch (Exception e) {
            close();
            throw new IllegalStateException("the sandbox could not listen on 127.0.0.1:" + connector.getPort() + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping a sandbox happens at shutdown or after a test; nothing useful can be done with the failure.
            Thread.currentThread().interrupt();
        }
    }

    /** Answers with a JSON body (or an empty one when {@code json} is null). */
    public static void answer(Response response, Callback callback, int status, String json) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, json == null ? "" : json, callback);
    }

    /**
     * Drops the connection without an answer; with {@code reset} the client sees a TCP reset
     * (SO_LINGER 0), otherwise an end of stream.
     */
    public static void drop(Request request, Callback callback, boolean reset) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (reset && endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException e) {
                // The connection is going anyway; without linger 0 the client sees an end of stream instead of a reset.
            }
        }
        endPoint.close();
        callback.failed(new EofException("connection dropped by the sandbox's fault injection"));
    }

    /** Reads the request body as UTF-8 text. */
    public static String body(Request request) throws IOException {
        return Content.Source.asString(request, StandardCharsets.UTF_8);
    }
}
