package net.mspbridge.host.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server that records the first bytes of every connection made to it, whatever is
 * spoken (plain HTTP, or a TLS hello that it cannot answer), and answers a plain 404. It stands in
 * for a server an attacker chose: what it recorded is what would have leaked. One accepting thread.
 */
public final class RecordingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> received = new ArrayList<>();
    private final Thread acceptor;

    public RecordingServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "recording-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** What reached the server, one string per connection (bytes read as ISO-8859-1). */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(500);
                String text = read(client.getInputStream());
                synchronized (this) {
                    received.add(text);
                }
                if (text.startsWith("GET") || text.startsWith("POST")) {
                    OutputStream out = client.getOutputStream();
                    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // Closed, or a client that went away: nothing to record.
            }
        }
    }

    /** Reads until the end of the HTTP head, the end of the stream, or a short quiet time. */
    private static String read(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while (text.length() < 65536 && (n = in.read(buffer)) > 0) {
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                if (text.indexOf("\r\n\r\n") >= 0) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // A TLS client waits for the server's hello: what it sent so far is all there is.
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
