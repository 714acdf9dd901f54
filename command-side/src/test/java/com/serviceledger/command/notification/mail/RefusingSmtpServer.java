package com.serviceledger.command.notification.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on the loopback interface that speaks the protocol up to RCPT TO and answers that with the reply
 * given, as a real server does for an unknown mailbox (550) or a greylisted sender (451). GreenMail takes every
 * recipient, so it cannot show these.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final Thread acceptor;

    RefusingSmtpServer(String rcptReply) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                converse(client);
            } catch (IOException e) {
                // closed, or the client hung up: next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "RCPT" -> reply(out, rcptReply);
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                case "DATA" -> reply(out, "503 no valid recipients");
                default -> reply(out, "250 OK"); // EHLO, HELO, MAIL, RSET, NOOP
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
