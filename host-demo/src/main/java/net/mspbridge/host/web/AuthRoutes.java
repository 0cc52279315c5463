package net.mspbridge.host.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import net.mspbridge.host.auth.Authenticator;
import net.mspbridge.host.auth.Session;

/** Sign-in, sign-out and the session's facts for the page scripts. */
final class AuthRoutes {

    private final Authenticator auth;
    private final Clock clock;

    AuthRoutes(Authenticator auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout);
        routes.get("/api/session", this::session);
    }

    /**
     * JSON only: a cross-site form cannot send it, so sign-in itself cannot be forged. A session this
     * browser already had is ended: one browser, one live session.
     */
    private void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx, Set.of("password"));
        Optional<String> browser = Optional.ofNullable(ctx.cookie(Security.BROWSER_COOKIE)).filter(b -> !b.isBlank());
        Authenticator.SignIn signIn = auth.signIn(ctx.ip(), browser, body.requiredText("password"));
        auth.logout(ctx.cookie(Security.SESSION_COOKIE));
        Session session = signIn.session();
        ctx.cookie(Security.sessionCookie(session.id(), -1));
        ctx.cookie(Security.browserCookie(signIn.browser()));
        ctx.json(sessionJson(session));
    }

    private void logout(Context ctx) {
        auth.logout(Security.session(ctx).id());
        ctx.cookie(Security.sessionCookie("", 0));
        ctx.status(204);
    }

    private void session(Context ctx) {
        ctx.json(sessionJson(Security.session(ctx)));
    }

    private ObjectNode sessionJson(Session session) {
        ObjectNode json = PanelJson.object();
        json.put("user", session.user());
        json.put("csrfToken", session.csrfToken());
        json.put("idleTimeoutSeconds", auth.idleTimeout().toSeconds());
        json.put("today", LocalDate.now(clock).toString());
        return json;
    }
}
