package net.mspbridge.host.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import net.mspbridge.host.auth.LoginFailedException;
import net.mspbridge.host.auth.TooManyLoginsException;
import net.mspbridge.host.calls.HostBusyException;
import net.mspbridge.host.calls.PluginCallException;
import net.mspbridge.host.calls.PluginReportedException;
import net.mspbridge.host.calls.PluginTimeoutException;
import net.mspbridge.host.db.DatabaseException;
import net.mspbridge.host.runs.InvalidRunRequestException;
import net.mspbridge.host.runs.RunNotFoundException;
import net.mspbridge.host.runs.RunRefusedException;
import net.mspbridge.host.settings.InvalidSubmissionException;
import net.mspbridge.host.settings.SettingsException;
import net.mspbridge.host.settings.StaleSettingsException;
import net.mspbridge.host.settings.UnknownTargetException;

/**
 * Every failure as {@code {"error": code, "message": text}} with a fitting status. Plugin faults
 * are 5xx (the host is a gateway to the plugin), a plugin's own refusal 422, people's mistakes 4xx.
 * What the request left unread of its body is read first ({@link UnreadBody}), so the answer arrives.
 */
final class Errors {

    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        routes.exception(SettingsException.class, Errors::settings);
        routes.exception(PluginCallException.class, Errors::plugin);
        routes.exception(RunRefusedException.class, (e, ctx) -> write(ctx, 409, "run-refused", e.getMessage(),
                body -> body.put("otherRunId", e.otherRunId().orElse(null))));
        routes.exception(RunNotFoundException.class, (e, ctx) -> write(ctx, 404, "not-found", e.getMessage()));
        routes.exception(InvalidRunRequestException.class, (e, ctx) -> write(ctx, 400, "bad-request", e.getMessage()));
        routes.exception(LoginFailedException.class, (e, ctx) -> write(ctx, 401, "wrong-password", e.getMessage()));
        routes.exception(TooManyLoginsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            write(ctx, 429, "too-many-sign-ins", e.getMessage());
        });
        routes.exception(DatabaseException.class, (e, ctx) -> {
            log.error("{} {}: the database failed", ctx.method(), ctx.path(), e);
            write(ctx, 503, "storage", "the host could not read or write its database; see its log");
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            switch (status) {
                case 413 -> write(ctx, 413, "payload-too-large", "the request body is too large (at most "
                        + WebServer.MAX_BODY_BYTES / 1024 + " KiB)");
                case 404 -> write(ctx, 404, "not-found", "there is nothing at " + ctx.method() + " " + ctx.path());
                case 405 -> write(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path());
                default -> write(ctx, status, "http-" + status, e.getMessage());
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal", "the host failed (" + e.getClass().getSimpleName() + "); see its log");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "not-found", "there is nothing at " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    private static void settings(SettingsException e, Context ctx) {
        if (e instanceof StaleSettingsException stale) {
            write(ctx, 409, "stale-settings", e.getMessage(), body -> body.put("currentVersion", stale.current()));
        } else if (e instanceof UnknownTargetException) {
            write(ctx, 404, "not-found", e.getMessage());
        } else if (e instanceof InvalidSubmissionException) {
            write(ctx, 400, "bad-request", e.getMessage());
        } else {
            write(ctx, 400, "bad-request", e.getMessage());
        }
    }

    private static void plugin(PluginCallException e, Context ctx) {
        if (e instanceof PluginReportedException) {
            write(ctx, 422, "plugin-refused", e.getMessage());
        } else if (e instanceof PluginTimeoutException) {
            write(ctx, 504, "plugin-timeout", e.getMessage());
        } else if (e instanceof HostBusyException) {
            write(ctx, 503, "host-busy", e.getMessage());
        } else {
            write(ctx, 502, "plugin-failed", e.getMessage());
        }
    }

    static void write(Context ctx, int status, String code, String message) {
        write(ctx, status, code, message, body -> { });
    }

    /** The error body, with extra properties added before it is written out. */
    static void write(Context ctx, int status, String code, String message, java.util.function.Consumer<ObjectNode> extra) {
        UnreadBody.drain(ctx);
        ObjectNode body = PanelJson.object();
        body.put("error", code);
        body.put("message", message);
        extra.accept(body);
        ctx.status(status);
        ctx.json(body);
    }
}
