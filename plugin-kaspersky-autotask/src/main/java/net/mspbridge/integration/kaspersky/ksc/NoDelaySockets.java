package net.mspbridge.integration.kaspersky.ksc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off ({@code TCP_NODELAY}), under the TLS of a KSC session.
 *
 * <p>Why: OkHttp writes a request's headers and its body as two TLS records. With Nagle on, the body
 * waits until the server acknowledges the headers, and the server, with nothing to send before the
 * body arrives, delays that acknowledgement (40 ms on Linux, up to 200 ms on Windows). A usage read
 * makes about 25 calls per virtual server on a fresh connection, so that stall alone cost more than
 * the calls themselves (measured with the benchmark: see docs/benchmarks.md).
 */
final class NoDelaySockets extends SocketFactory {

    private final SocketFactory delegate = SocketFactory.getDefault();

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(delegate.createSocket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
