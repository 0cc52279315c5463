package net.mspbridge.host.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The HTML pages: static shells from {@code /web/pages}, filled in by their scripts from the JSON
 * API. Nothing from plugins or users is ever written into the HTML on the server.
 */
final class Pages {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> page(ctx, "login"));
        routes.get("/", ctx -> page(ctx, "home"));
        routes.get("/settings", ctx -> page(ctx, "settings"));
        routes.get("/billing", ctx -> page(ctx, "billing"));
        routes.get("/runs", ctx -> page(ctx, "runs"));
        routes.get("/runs/{runId}", ctx -> page(ctx, "run"));
        routes.get("/inventory", ctx -> page(ctx, "inventory"));
    }

    private void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(cache.computeIfAbsent(name, Pages::load));
    }

    private static String load(String name) {
        String resource = "/web/pages/" + name + ".html";
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the page " + resource + " is missing from the host's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
