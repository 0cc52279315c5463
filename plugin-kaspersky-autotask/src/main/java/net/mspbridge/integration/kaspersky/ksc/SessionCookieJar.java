package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.List;

import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * The cookies of one KSC session, in memory only: the session cookie set by {@code login} is sent
 * with every later call of that session and forgotten when the session is. A cookie replaces an
 * earlier one of the same name, domain and path; expired cookies are dropped.
 */
final class SessionCookieJar implements CookieJar {

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        long now = System.currentTimeMillis();
        for (Cookie cookie : received) {
            cookies.removeIf(old -> old.name().equals(cookie.name()) && old.domain().equals(cookie.domain())
                    && old.path().equals(cookie.path()));
            if (cookie.expiresAt() > now) {
                cookies.add(cookie);
            }
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        cookies.removeIf(cookie -> cookie.expiresAt() <= now);
        return cookies.stream().filter(cookie -> cookie.matches(url)).toList();
    }

    /** Forgets every cookie: the session they belonged to is over. */
    synchronized void clear() {
        cookies.clear();
    }

    synchronized boolean isEmpty() {
        return cookies.isEmpty();
    }
}
