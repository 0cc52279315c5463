package net.mspbridge.host.web;

import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;

import net.mspbridge.host.auth.Authenticator;
import net.mspbridge.host.auth.Session;

/**
 * What every request goes through before its handler: protective headers, a Host check (the
 * server is for 127.0.0.1 only, so a name that resolves there by DNS rebinding is refused), an
 * origin check of state-changing requests, the session, and the CSRF token of state-changing API
 * calls.
 */
final class Security {

    static final String SESSION_COOKIE = "host_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /**
     * Set ("1") on the requests a page makes on its own, not for a person's action: they leave the session's
     * idle time running ({@link Authenticator#sessionLeftIdle}). Sending it can only shorten a session.
     */
    static final String BACKGROUND_HEADER = "X-Background-Check";
    /** The token of a browser that signed in before; see {@link Authenticator#signIn}. */
    static final String BROWSER_COOKIE = "host_browser";
    private static final int BROWSER_COOKIE_DAYS = 90;
    private static final String SESSION_ATTRIBUTE = "session";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final Authenticator auth;

    Security(Authenticator auth) {
        this.auth = auth;
    }

    void before(Context ctx) {
        headers(ctx);
        checkHost(ctx);
        if (STATE_CHANGING.contains(ctx.method())) {
            checkOrigin(ctx);
        }
        String path = ctx.path();
        if (isPublic(path)) {
            return;
        }
        String sessionId = ctx.cookie(SESSION_COOKIE);
        Session session = ("1".equals(ctx.header(BACKGROUND_HEADER)) ? auth.sessionLeftIdle(sessionId)
                : auth.session(sessionId)).orElse(null);
        if (session == null) {
            if (path.startsWith("/api/")) {
                throw new ApiError(401, "unauthenticated", "not signed in (or signed out after "
                        + auth.idleTimeout().toMinutes() + " idle minutes, or " + Authenticator.MAX_LIFETIME.toHours()
                        + " hours after signing in): sign in at /login");
            }
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
            return;
        }
        if (path.startsWith("/api/") && STATE_CHANGING.contains(ctx.method())
                && !auth.csrfMatches(session, ctx.header(CSRF_HEADER))) {
            String sent = ctx.header(CSRF_HEADER);
            throw new ApiError(403, "csrf", (sent == null || sent.isEmpty()
                    ? "this request lacks the page's CSRF token (" + CSRF_HEADER + ")"
                    : "this request's CSRF token (" + CSRF_HEADER + ") is not the one of this session")
                    + ": reload the page and try again");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session);
    }

    static Session session(Context ctx) {
        Session session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new ApiError(401, "unauthenticated", "not signed in: sign in at /login");
        }
        return session;
    }

    private static boolean isPublic(String path) {
        return path.equals("/login") || path.equals("/api/login") || path.startsWith("/static/")
                || path.equals("/favicon.ico");
    }

    private static void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'none'; form-action 'self'");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null) {
            throw ApiError.badRequest("the request has no Host header");
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        if (!LOOPBACK_NAMES.contains(name)) {
            throw new ApiError(421, "wrong-host", "this host serves 127.0.0.1 only; open it as http://127.0.0.1:<port>/");
        }
    }

    /**
     * A second line behind the CSRF token (and the only one for sign-in, which has no session yet):
     * a state-changing request that a browser marks as coming from another origin is refused. A
     * browser sends {@code Origin} with every POST, PUT and DELETE and {@code Sec-Fetch-Site} with
     * every request; a client that sends neither (curl, scripts) is left to the token.
     * Same-site is not enough: another port of 127.0.0.1 is the same site but another origin.
     */
    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String own = "http://" + ctx.header("Host").toLowerCase(Locale.ROOT);
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals(own)) {
            throw new ApiError(403, "foreign-origin", "this request comes from another origin ("
                    + (origin.length() > 80 ? origin.substring(0, 77) + "..." : origin)
                    + "); changes are accepted only from this host's own pages at " + own + "/");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ApiError(403, "foreign-origin", "this request comes from another site (Sec-Fetch-Site: "
                    + (site.length() > 40 ? site.substring(0, 37) + "..." : site)
                    + "); changes are accepted only from this host's own pages at " + own + "/");
        }
    }

    /**
     * The cookie by which a browser that signed in is known at its next sign-in: HttpOnly,
     * SameSite=Strict, sent only to the sign-in call, kept for {@value #BROWSER_COOKIE_DAYS} days.
     */
    static Cookie browserCookie(String token) {
        Cookie cookie = new Cookie(BROWSER_COOKIE, token);
        cookie.setPath("/api/login");
        cookie.setMaxAge(BROWSER_COOKIE_DAYS * 24 * 60 * 60);
        cookie.setHttpOnly(true);
        cookie.setSecure(false);
        cookie.setSameSite(SameSite.STRICT);
        return cookie;
    }

    /**
     * The session cookie: HttpOnly (scripts cannot read it) and SameSite=Strict (no other site's
     * page can send it). It cannot be Secure: the host serves plain HTTP on loopback, where the
     * browser would then never send it back.
     */
    static Cookie sessionCookie(String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(SESSION_COOKIE, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(false);
        cookie.setSameSite(SameSite.STRICT);
        return cookie;
    }
}
