package net.mspbridge.host.web;

import java.io.IOException;
import java.io.InputStream;

import io.javalin.http.Context;

/**
 * What a refused request left unread of its body, read and dropped before its answer goes out. A
 * request refused before its body is read (no session, no CSRF token, a body over the limit) may
 * still be sending that body; were the connection then closed with bytes unread, the client's
 * writes would fail and it would never see the answer ("broken pipe", seen with 2 MiB bodies). Up to
 * {@link #MAX_BYTES} are read; a body declared larger, or found larger, is left and the connection
 * is closed after the answer, which such a client may then miss.
 */
final class UnreadBody {

    /** The most a refused request's body is read for: far above any body the page sends. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private UnreadBody() {
    }

    static void drain(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            ctx.header("Connection", "close");
            return;
        }
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        try {
            InputStream body = ctx.req().getInputStream();
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                read += n;
                if (read > MAX_BYTES) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the body was already read as text: nothing is left to read.
        }
    }
}
