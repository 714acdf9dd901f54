package com.serviceledger.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    @Test
    void passesCutsAndRestoresTraffic() throws Exception {
        try (ServerSocket echo = echoServer(); TcpProxy proxy = TcpProxy.start("127.0.0.1", echo.getLocalPort())) {
            try (Socket before = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                assertThat(roundTrip(before, "hello")).isEqualTo("hello");
                proxy.cut();
                assertThatThrownBy(() -> roundTrip(before, "lost")).isInstanceOf(IOException.class);
            }
            try (Socket during = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                assertThatThrownBy(() -> roundTrip(during, "refused")).isInstanceOf(IOException.class);
            }
            proxy.stall();
            try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                stalled.setSoTimeout(300);
                assertThatThrownBy(() -> roundTrip(stalled, "held")).isInstanceOf(SocketTimeoutException.class);
            }
            proxy.restore();
            try (Socket after = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                assertThat(roundTrip(after, "back")).isEqualTo("back");
            }
            assertThat(proxy.accepted()).isEqualTo(4);
        }
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] answer = in.readNBytes(text.length());
        if (answer.length < text.length()) {
            throw new IOException("the link closed after " + answer.length + " bytes");
        }
        return new String(answer, StandardCharsets.UTF_8);
    }

    private static ServerSocket echoServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.startVirtualThread(() -> {
                        try (socket) {
                            socket.getInputStream().transferTo(socket.getOutputStream());
                        } catch (IOException ignored) {
                            // the proxy reset it
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server;
    }
}
