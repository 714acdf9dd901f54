package com.serviceledger.standalone.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect provider over real HTTP for the console's sign-in in jwt mode: discovery, a sign-in form
 * (a user name, no password: the provider's own checks are not what the tests are about), the authorization code
 * exchange with RS256-signed ID and access tokens, the key set, and RP-initiated logout. The access token carries
 * the claims the API reads (roles, staff_id, units), as a Keycloak realm mapped for ServiceLedger would.
 */
final class TestIdentityProvider implements AutoCloseable {

    /** A user of the provider: the claims of their access token. */
    record Account(List<String> roles, String staffId, String units, boolean forged) {
    }

    static final String CLIENT_ID = "serviceledger-console";
    static final String CLIENT_SECRET = "console-secret";

    private final HttpServer server;
    private final RSAKey key = rsa();
    /** Signs the tokens of a "forged" account: the API must refuse them. */
    private final RSAKey forger = rsa();
    private final Map<String, Account> accounts;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    final AtomicInteger logouts = new AtomicInteger();

    TestIdentityProvider(Map<String, Account> accounts) throws IOException {
        this.accounts = Map.copyOf(accounts);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/certs", exchange -> send(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/logout", this::logout);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        send(exchange, 200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "scopes_supported":["openid"],"token_endpoint_auth_methods_supported":["client_secret_basic"]}"""
                .formatted(issuer));
    }

    /** GET: the sign-in form, carrying the request's parameters; POST: a code back to the client. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            StringBuilder hidden = new StringBuilder();
            query.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"").append(name)
                    .append("\" value=\"").append(value.replace("\"", "&quot;")).append("\">"));
            send(exchange, 200, "text/html; charset=utf-8", """
                    <!DOCTYPE html><html lang="en"><head><title>Test IdP</title></head><body><main>
                    <form method="post" action="/auth">%s<label for="idp-username">User</label>
                    <input id="idp-username" name="username"><button id="idp-sign-in">Sign in</button></form>
                    </main></body></html>""".formatted(hidden));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!accounts.containsKey(form.get("username")) || !CLIENT_ID.equals(form.get("client_id"))) {
            send(exchange, 400, "text/plain", "unknown user or client");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, form);
        String back = form.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", back);
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> request = codes.remove(String.valueOf(form.get("code")));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (request == null || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !request.get("redirect_uri").equals(form.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String user = request.get("username");
        Account account = accounts.get(user);
        Instant now = Instant.now();
        JWTClaimsSet id = new JWTClaimsSet.Builder().issuer(issuer()).subject(user).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", request.get("nonce")).claim("preferred_username", user).build();
        JWTClaimsSet.Builder access = new JWTClaimsSet.Builder().issuer(issuer()).subject(user)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", user).claim("roles", account.roles());
        if (account.staffId() != null) {
            access.claim("staff_id", account.staffId());
        }
        if (account.units() != null) {
            access.claim("units", account.units());
        }
        send(exchange, 200, "application/json", """
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid"}"""
                .formatted(sign(access.build(), account.forged() ? forger : key), sign(id, key)));
    }

    private void logout(HttpExchange exchange) throws IOException {
        logouts.incrementAndGet();
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        exchange.getResponseHeaders().set("Location", URI.create(query.get("post_logout_redirect_uri")).toString());
        send(exchange, 302, "text/plain", "");
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int at = pair.indexOf('=');
            String name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
            values.put(name, at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static RSAKey rsa() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-idp").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
