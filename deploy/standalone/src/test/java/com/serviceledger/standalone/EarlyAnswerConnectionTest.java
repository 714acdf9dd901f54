package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request answered by a filter before its body was read (the firewall's refusal, the read API's parameter
 * limits, the size limit's 413, a command that is not JSON, a missing login) leaves its HTTP/1.1 keep-alive connection usable: the next request
 * on the same connection is answered, or the early answer said {@code Connection: close} and the server closed it.
 * Raw sockets, so no client's connection pool decides for us.
 */
@StandaloneOnH2
class EarlyAnswerConnectionTest {

    static final int LIMIT = 256 * 1024;

    @LocalServerPort
    int port;

    record Response(int status, Map<String, String> headers, String body) {
        boolean closes() {
            return "close".equalsIgnoreCase(headers.getOrDefault("connection", ""));
        }
    }

    @Test
    void theFirewallsRefusalOfARequestWithABody() throws Exception {
        assertNextRequestIsAnswered(request("POST", "/api/complaints/CMP-%2F-x/dismiss", "agent",
                "{\"explanation\":\"The gate hours are posted\"}".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void theParameterLimitsRefusalOfARequestWithABody() throws Exception {
        assertNextRequestIsAnswered(request("GET", "/api/complaints?q=" + "a".repeat(501), "supervisor",
                "{\"unread\":true}".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void theSizeLimitsRefusalOfADeclaredOversizedBody() throws Exception {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) 'x');
        assertNextRequestIsAnswered(request("POST", "/api/complaints", "agent", body), 413);
    }

    /** As large as the fuzz's oversized bodies (600 KiB), which the server must drain or close on. */
    @Test
    void theSizeLimitsRefusalOfABodyWellOverTheLimit() {
        byte[] body = new byte[600 * 1024];
        Arrays.fill(body, (byte) 'x');
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertNextRequestIsAnswered(request("POST", "/api/complaints", "agent", body), 413));
    }

    /** The JDK client sends the body after the headers: here it arrives only once the refusal was read. */
    @Test
    void theFirewallsRefusalWhenTheBodyArrivesAfterTheAnswer() throws Exception {
        byte[] body = "{\"explanation\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] whole = request("POST", "/api/complaints/CMP-%2F-x/dismiss", "agent", body);
        byte[] head = Arrays.copyOf(whole, whole.length - body.length);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(head);
            out.flush();
            Response first = read(in);
            assertThat(first.status()).as(first.toString()).isEqualTo(400);
            out.write(body);
            out.write(request("GET", "/actuator/health", null, null));
            out.flush();
            Response second;
            try {
                second = read(in);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer after a late body: " + first, e);
            } catch (IOException closed) {
                assertThat(first.closes()).as("closed without saying so: " + first + " / " + closed).isTrue();
                return;
            }
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
        }
    }

    @Test
    void theFirewallsRefusalOfAChunkedBody() throws Exception {
        byte[] head = ("POST /api/complaints/CMP-%2F-x/dismiss HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunks = "5\r\n{\"a\":\r\n3\r\n\"b\"\r\n1\r\n}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head);
        request.writeBytes(chunks);
        assertNextRequestIsAnswered(request.toByteArray(), 400);
    }

    /** A form post is refused for its content type (cross-site request protection) before its body is read. */
    @Test
    void theRefusalOfACommandThatIsNotJson() throws Exception {
        byte[] body = "explanation=The+gate+hours+are+posted".getBytes(StandardCharsets.US_ASCII);
        byte[] head = ("POST /api/complaints/CMP-none/dismiss HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(
                        "agent:agent".getBytes(StandardCharsets.UTF_8))
                + "\r\nOrigin: https://evil.example\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head);
        request.writeBytes(body);
        assertNextRequestIsAnswered(request.toByteArray(), 415);
    }

    @Test
    void aRefusalForMissingCredentials() throws Exception {
        assertNextRequestIsAnswered(request("POST", "/api/complaints", null,
                "{\"content\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 401);
    }

    /**
     * The same through one pooled JDK client, as API clients use it: refusals and reads in turn, on reused
     * connections. Reactor Netty 1.3.6 let about 1 % of such reads wait forever on a connection whose previous
     * request was answered before its body was read; {@code KeepAliveAfterEarlyAnswers} is the fix.
     */
    @Test
    void aPooledJdkClientGetsEveryAnswer() throws Exception {
        try (HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()) {
            // an analyst may send no command: the dismissal is refused (403) before its body is read
            String auth = "Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                String path = switch (i % 3) {
                    case 0 -> "/api/complaints/CMP-%2F-x/dismiss";
                    case 1 -> "/api/complaints";
                    default -> "/api/complaints/CMP-none/dismiss";
                };
                var refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", auth)
                        .header("Content-Type", i % 3 == 1 ? "text/plain" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"explanation\":\"x\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(i % 3 == 0 ? 400 : i % 3 == 1 ? 415 : 403);
                var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
            }
        }
    }

    private void assertNextRequestIsAnswered(byte[] refused, int refusedStatus) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(refused);
            out.flush();
            Response first = read(in);
            assertThat(first.status()).as(first.toString()).isEqualTo(refusedStatus);

            out.write(request("GET", "/actuator/health", null, null));
            out.flush();
            Response second;
            try {
                second = read(in);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the request after an early " + refusedStatus + " got no answer on the "
                        + "same connection, and the early answer did not close it: " + first, e);
            } catch (IOException closed) {
                assertThat(first.closes()).as("closed without saying so: " + first + " / " + closed).isTrue();
                return;
            }
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
        }
    }

    private byte[] request(String method, String path, String user, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        if (user != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }

    /** One HTTP/1.1 response: status line, headers, then a body by Content-Length or chunks. */
    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.writeBytes(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
            line(in);
        }
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers,
                body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
