package com.serviceledger.elasticsearch.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.elasticsearch.ElasticsearchSecurityException;
import org.elasticsearch.common.bytes.ReleasableBytesReference;
import org.elasticsearch.common.network.NetworkService;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.Setting;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.util.BigArrays;
import org.elasticsearch.common.util.PageCacheRecycler;
import org.elasticsearch.common.util.concurrent.ThreadContext;
import org.elasticsearch.http.HttpBody;
import org.elasticsearch.http.HttpPreRequest;
import org.elasticsearch.http.HttpRouteStats;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.indices.breaker.CircuitBreakerService;
import org.elasticsearch.rest.RestChannel;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.telemetry.TelemetryProvider;
import org.elasticsearch.threadpool.ThreadPool;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.elasticsearch.xcontent.NamedXContentRegistry;

/**
 * Netty's HTTP transport with one gate in front of the REST layer: a request without the node's HTTP Basic
 * credential ({@link NodeCredential}) is answered {@code 401} with {@code WWW-Authenticate} and an error body
 * like Elasticsearch security's, and reaches no handler. Every request, {@code GET /} and {@code HEAD /} included.
 * <p>
 * Why the dispatcher and not a REST handler wrapper: the REST interceptor extension point
 * ({@code RestServerActionPlugin#getRestHandlerInterceptor}) is reserved for classes in the X-Pack packages; the
 * dispatcher is what the HTTP transport hands every request to, so wrapping it also covers unknown paths and
 * requests that fail to parse. The node keeps only the SHA-256 of {@code user:password} (setting
 * {@value #CREDENTIAL_SHA256_KEY}, filtered from the settings APIs); the check compares digests in constant time.
 * Replaces {@link Netty4Plugin} in the node's plugin list.
 */
public class CredentialCheckPlugin extends Netty4Plugin {

    static final String CREDENTIAL_SHA256_KEY = "serviceledger.http.credential_sha256";
    static final Setting<String> CREDENTIAL_SHA256 = Setting.simpleString(CREDENTIAL_SHA256_KEY,
        Setting.Property.NodeScope, Setting.Property.Filtered);

    private static final String CHALLENGE = "Basic realm=\"serviceledger\", charset=\"UTF-8\"";

    private final byte[] expected;

    public CredentialCheckPlugin(Settings settings) {
        String digest = CREDENTIAL_SHA256.get(settings);
        if (digest.isEmpty()) {
            throw new IllegalStateException("the embedded node needs " + CREDENTIAL_SHA256_KEY + ": it refuses every request without one");
        }
        this.expected = HexFormat.of().parseHex(digest);
    }

    /** The setting for {@code credential}. */
    static Settings settingFor(NodeCredential credential) {
        return Settings.builder().put(CREDENTIAL_SHA256_KEY, HexFormat.of().formatHex(credential.sha256())).build();
    }

    @Override
    public List<Setting<?>> getSettings() {
        List<Setting<?>> settings = new ArrayList<>(super.getSettings());
        settings.add(CREDENTIAL_SHA256);
        return settings;
    }

    @Override
    public Map<String, Supplier<HttpServerTransport>> getHttpTransports(
        Settings settings,
        ThreadPool threadPool,
        BigArrays bigArrays,
        PageCacheRecycler pageCacheRecycler,
        CircuitBreakerService circuitBreakerService,
        NamedXContentRegistry xContentRegistry,
        NetworkService networkService,
        HttpServerTransport.Dispatcher dispatcher,
        BiConsumer<HttpPreRequest, ThreadContext> perRequestThreadContext,
        ClusterSettings clusterSettings,
        TelemetryProvider telemetryProvider
    ) {
        return super.getHttpTransports(settings, threadPool, bigArrays, pageCacheRecycler, circuitBreakerService, xContentRegistry,
            networkService, new CheckingDispatcher(dispatcher), perRequestThreadContext, clusterSettings, telemetryProvider);
    }

    /** Whether the request carries the credential: {@code Authorization: Basic base64(user:password)}. */
    private boolean authenticated(RestRequest request) {
        byte[] presented = basicCredentials(request);
        return presented != null && MessageDigest.isEqual(expected, NodeCredential.sha256(presented));
    }

    /** The decoded {@code user:password} of a Basic {@code Authorization} header; null without one. */
    private static byte[] basicCredentials(RestRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * Refuses once a streamed body (e.g. {@code _bulk}'s, which Elasticsearch hands over in chunks) has been read and
     * dropped: left unread, Netty stops reading the connection, which then never closes and holds the node's
     * shutdown forever.
     */
    private static void refuseAfterBody(RestChannel channel) {
        RestRequest request = channel.request();
        if (!request.isStreamedContent()) {
            refuse(channel);
            return;
        }
        HttpBody.Stream body = request.contentStream();
        body.setHandler(new HttpBody.ChunkHandler() {
            @Override
            public void onNext(ReleasableBytesReference chunk, boolean isLast) {
                chunk.close();
                if (isLast) {
                    refuse(channel);
                } else {
                    body.next();
                }
            }
        });
        body.next();
    }

    /** 401 as Elasticsearch security answers it: same error type, reasons and challenge. */
    private static void refuse(RestChannel channel) {
        RestRequest request = channel.request();
        byte[] presented = basicCredentials(request);
        String credentials = presented == null ? "" : new String(presented, StandardCharsets.UTF_8);
        ElasticsearchSecurityException refusal = credentials.indexOf(':') < 0
            ? new ElasticsearchSecurityException("missing authentication credentials for REST request [{}]", RestStatus.UNAUTHORIZED,
                request.path())
            : new ElasticsearchSecurityException("unable to authenticate user [{}] for REST request [{}]", RestStatus.UNAUTHORIZED,
                credentials.substring(0, credentials.indexOf(':')), request.path());
        // a body header, as security sets it: in the error JSON and as an HTTP header
        refusal.addBodyHeader("WWW-Authenticate", CHALLENGE);
        RestResponse response;
        try {
            response = new RestResponse(channel, refusal);
        } catch (IOException e) {
            response = new RestResponse(RestStatus.UNAUTHORIZED, refusal.getMessage());
            response.addHeader("WWW-Authenticate", CHALLENGE);
        }
        response.addHeader("X-elastic-product", "Elasticsearch");
        channel.sendResponse(response);
    }

    /** Lets through to the REST layer only requests that carry the credential. */
    private final class CheckingDispatcher implements HttpServerTransport.Dispatcher {

        private final HttpServerTransport.Dispatcher next;

        CheckingDispatcher(HttpServerTransport.Dispatcher next) {
            this.next = next;
        }

        @Override
        public void dispatchRequest(RestRequest request, RestChannel channel, ThreadContext threadContext) {
            if (authenticated(request)) {
                next.dispatchRequest(request, channel, threadContext);
            } else {
                refuseAfterBody(channel);
            }
        }

        @Override
        public void dispatchBadRequest(RestChannel channel, ThreadContext threadContext, Throwable cause) {
            if (authenticated(channel.request())) {
                next.dispatchBadRequest(channel, threadContext, cause);
            } else {
                refuseAfterBody(channel);
            }
        }

        @Override
        public Map<String, HttpRouteStats> getStats() {
            return next.getStats();
        }
    }
}
