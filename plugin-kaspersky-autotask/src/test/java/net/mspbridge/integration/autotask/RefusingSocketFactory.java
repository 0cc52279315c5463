package net.mspbridge.integration.autotask;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.SocketFactory;

/**
 * Sockets whose connect is refused, like a closed port, as many times as armed; then they connect
 * normally. A refused connect sends nothing, which is what lets a create be retried.
 */
final class RefusingSocketFactory extends SocketFactory {

    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger connects = new AtomicInteger();

    /** Refuses the next {@code count} connects. */
    void refuseNext(int count) {
        refusalsLeft.set(count);
    }

    /** Connect attempts so far, refused or not. */
    int connects() {
        return connects.get();
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                connects.incrementAndGet();
                if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new ConnectException("Connection refused (test)");
                }
                super.connect(endpoint, timeout);
            }
        };
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket(address, port);
    }
}
