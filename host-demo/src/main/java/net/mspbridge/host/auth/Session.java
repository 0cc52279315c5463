package net.mspbridge.host.auth;

import java.time.Instant;

/**
 * A signed-in browser.
 *
 * @param id        the session cookie's value: a bearer credential
 * @param user      who signed in
 * @param csrfToken the token every state-changing request of this session must carry
 * @param createdAt when the session began
 */
public record Session(String id, String user, String csrfToken, Instant createdAt) {

    /** Never shows the id or the token. */
    @Override
    public String toString() {
        return "Session[user=" + user + ", createdAt=" + createdAt + "]";
    }
}
