package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.javalin.http.Context;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

/** The bounds of {@link UnreadBody}; that it keeps answers from being lost is {@link RefusedBodiesTest}'s. */
class UnreadBodyTest {

    private final Context ctx = mock(Context.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    UnreadBodyTest() {
        when(ctx.req()).thenReturn(request);
    }

    @Test
    void readsABodyWithinTheBoundToItsEndAndKeepsTheConnection() throws IOException {
        Body body = new Body(3 * 1024 * 1024);
        when(request.getContentLengthLong()).thenReturn(3L * 1024 * 1024);
        when(request.getInputStream()).thenReturn(body);

        UnreadBody.drain(ctx);

        assertThat(body.available()).isZero();
        verify(ctx, never()).header("Connection", "close");
    }

    @Test
    void leavesABodyDeclaredOverTheBoundUnreadAndClosesTheConnection() throws IOException {
        when(request.getContentLengthLong()).thenReturn(UnreadBody.MAX_BYTES + 1);

        UnreadBody.drain(ctx);

        verify(request, never()).getInputStream();
        verify(ctx).header("Connection", "close");
    }

    @Test
    void stopsReadingABodyWithoutALengthOnceItPassesTheBoundAndClosesTheConnection() throws IOException {
        Body body = new Body((int) UnreadBody.MAX_BYTES + 64 * 1024);
        when(request.getContentLengthLong()).thenReturn(-1L);
        when(request.getInputStream()).thenReturn(body);

        UnreadBody.drain(ctx);

        assertThat(body.available()).isPositive();
        verify(ctx).header("Connection", "close");
    }

    /** A request body of {@code size} bytes. */
    private static final class Body extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        Body(int size) {
            bytes = new ByteArrayInputStream(new byte[size]);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
