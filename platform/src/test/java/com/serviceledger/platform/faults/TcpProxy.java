package com.serviceledger.platform.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that can lose the link on demand: the way tests and the fault run make a database or an
 * Elasticsearch node unreachable for a while without stopping it, so what comes back is the same server with the
 * same data. {@link #cut()} resets every open connection and refuses new ones with a reset; {@link #stall()}
 * accepts and holds connections without passing a byte (a hung network, the harder case for timeouts);
 * {@link #restore()} passes traffic again.
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode { PASS, CUT, STALL }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private volatile Mode mode = Mode.PASS;
    private volatile boolean closed;

    private TcpProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    /** Listens on a free loopback port and forwards to {@code targetHost:targetPort}. */
    public static TcpProxy start(String targetHost, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        TcpProxy proxy = new TcpProxy(server, new InetSocketAddress(targetHost, targetPort));
        Thread acceptor = new Thread(proxy::acceptLoop, "tcp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    /** Connections accepted so far, to see that a client really went through the proxy. */
    public long accepted() {
        return accepted.get();
    }

    /** Connection loss: resets every open connection, and every new one until {@link #restore()}. */
    public void cut() {
        mode = Mode.CUT;
        resetAll();
    }

    /** A hung network: open connections are reset, new ones are accepted but nothing passes either way. */
    public void stall() {
        mode = Mode.STALL;
        resetAll();
    }

    public void restore() {
        mode = Mode.PASS;
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        resetAll();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            accepted.incrementAndGet();
            switch (mode) {
                case CUT -> reset(client);
                case STALL -> open.add(client); // held until restore is followed by a reset, or close
                case PASS -> connect(client);
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 5_000);
        } catch (IOException e) {
            reset(client);
            reset(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (mode != Mode.PASS) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side or a cut closed the link
            } finally {
                reset(from);
                reset(to);
            }
        }, "tcp-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void resetAll() {
        for (Socket socket : open) {
            reset(socket);
        }
    }

    /** Closes with SO_LINGER 0, so the peer sees a reset, as when a server or a network link dies. */
    private void reset(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed() && socket.isConnected()) {
                socket.setSoLinger(true, 0);
            }
            socket.close();
        } catch (SocketException ignored) {
            // already gone
        } catch (IOException ignored) {
            // already gone
        }
    }
}
