package com.serviceledger.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;
import org.springframework.web.server.handler.FilteringWebHandler;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The application's own HTTP API, called from inside it as a user already signed in, without the network. The
 * request passes every web filter (correlation, the API's security chain with its access rules) and every handler
 * (validation, the command's scope check, problem details) as one from outside would: the web console sends its
 * commands this way, so a form can do nothing the API would refuse, and no rule is written twice.
 *
 * <p>The user travels as an exchange attribute, which no client can set; the API's security chain reads it through
 * {@link #securityContexts()} and otherwise stays stateless.
 */
public final class InProcessApi {

    private static final String AUTHENTICATION = InProcessApi.class.getName() + ".authentication";
    private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

    /** What the API answered. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    /** What the API answered as bytes: a file (a case's attachment), or a problem. */
    public record Download(int status, HttpHeaders headers, byte[] body) {

        public boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    private final ApplicationContext context;
    private volatile WebHandler handler;

    public InProcessApi(ApplicationContext context) {
        this.context = context;
    }

    /**
     * The API chain's security contexts: the in-process caller's user; none for a request from outside (which
     * brings its credentials in every request, as before).
     */
    public static ServerSecurityContextRepository securityContexts() {
        return new ServerSecurityContextRepository() {
            @Override
            public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
                return Mono.empty();
            }

            @Override
            public Mono<SecurityContext> load(ServerWebExchange exchange) {
                Authentication user = exchange.getAttribute(AUTHENTICATION);
                return user == null ? Mono.empty() : Mono.just(new SecurityContextImpl(user));
            }
        };
    }

    /**
     * Sends one request as {@code user}.
     *
     * @param path the API path with its query string, e.g. {@code /api/complaints}
     * @param json the body, already JSON, or null for none
     * @param headers more request headers (an Idempotency-Key, Accept-Language), or none
     */
    public Mono<Answer> call(Authentication user, HttpMethod method, String path, String json,
                             Map<String, String> headers) {
        HttpHeaders requestHeaders = new HttpHeaders();
        requestHeaders.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.forEach(requestHeaders::set);
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            requestHeaders.setContentType(MediaType.APPLICATION_JSON);
        }
        return send(user, method, path, requestHeaders, body, response -> new Answer(
                response.getStatusCode() == null ? 200 : response.getStatusCode().value(),
                response.getHeaders(), response.body()));
    }

    /** Sends a body that is no JSON (a case's file as {@code multipart/form-data}) as {@code user}. */
    public Mono<Answer> call(Authentication user, HttpMethod method, String path, byte[] body, MediaType contentType,
                             Map<String, String> headers) {
        HttpHeaders requestHeaders = new HttpHeaders();
        requestHeaders.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.forEach(requestHeaders::set);
        requestHeaders.setContentType(contentType);
        return send(user, method, path, requestHeaders, body, response -> new Answer(
                response.getStatusCode() == null ? 200 : response.getStatusCode().value(),
                response.getHeaders(), response.body()));
    }

    /** A GET whose answer is kept as bytes (a file), as {@code user}. */
    public Mono<Download> download(Authentication user, String path, Map<String, String> headers) {
        HttpHeaders requestHeaders = new HttpHeaders();
        requestHeaders.setAccept(List.of(MediaType.ALL));
        headers.forEach(requestHeaders::set);
        return send(user, HttpMethod.GET, path, requestHeaders, new byte[0], response -> new Download(
                response.getStatusCode() == null ? 200 : response.getStatusCode().value(),
                response.getHeaders(), response.bytes()));
    }

    private <T> Mono<T> send(Authentication user, HttpMethod method, String path, HttpHeaders requestHeaders,
                             byte[] body, java.util.function.Function<Response, T> answer) {
        requestHeaders.setContentLength(body.length);
        var request = new Request(method, URI.create("http://in-process" + path), requestHeaders, body);
        var response = new Response();
        var exchange = new DefaultServerWebExchange(request, response, new DefaultWebSessionManager(),
                context.getBean(ServerCodecConfigurer.class),
                context.getBean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME, LocaleContextResolver.class),
                context);
        exchange.getAttributes().put(AUTHENTICATION, user);
        return Mono.defer(() -> handler().handle(exchange)).then(Mono.fromSupplier(() -> answer.apply(response)));
    }

    /** The application's whole web stack, as the server's own adapter builds it. */
    private WebHandler handler() {
        WebHandler built = handler;
        if (built == null) {
            WebHandler dispatcher = context.getBean(WebHttpHandlerBuilder.WEB_HANDLER_BEAN_NAME, WebHandler.class);
            List<WebFilter> filters = context.getBeanProvider(WebFilter.class).orderedStream().toList();
            List<WebExceptionHandler> errors = context.getBeanProvider(WebExceptionHandler.class).orderedStream()
                    .toList();
            built = new ExceptionHandlingWebHandler(new FilteringWebHandler(dispatcher, filters), errors);
            handler = built;
        }
        return built;
    }

    private static final class Request extends AbstractServerHttpRequest {

        private final byte[] body;

        Request(HttpMethod method, URI uri, HttpHeaders headers, byte[] body) {
            super(method, uri, null, headers);
            this.body = body;
        }

        @Override
        protected MultiValueMap<String, HttpCookie> initCookies() {
            return new LinkedMultiValueMap<>();
        }

        @Override
        protected SslInfo initSslInfo() {
            return null;
        }

        @Override
        public <T> T getNativeRequest() {
            throw new UnsupportedOperationException("an in-process request has no server request");
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return body.length == 0 ? Flux.empty() : Flux.defer(() -> Flux.just(BUFFERS.wrap(body)));
        }
    }

    private static final class Response extends AbstractServerHttpResponse {

        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        Response() {
            super(BUFFERS);
        }

        String body() {
            synchronized (body) {
                return body.toString(StandardCharsets.UTF_8);
            }
        }

        byte[] bytes() {
            synchronized (body) {
                return body.toByteArray();
            }
        }

        @Override
        public <T> T getNativeResponse() {
            throw new UnsupportedOperationException("an in-process response has no server response");
        }

        @Override
        protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> written) {
            return Flux.from(written).doOnNext(this::keep).then();
        }

        @Override
        protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> written) {
            return Flux.from(written).concatMap(Flux::from).doOnNext(this::keep).then();
        }

        private void keep(DataBuffer buffer) {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            synchronized (body) {
                body.writeBytes(bytes);
            }
            DataBufferUtils.release(buffer);
        }

        @Override
        protected void applyStatusCode() {
        }

        @Override
        protected void applyHeaders() {
        }

        @Override
        protected void applyCookies() {
        }
    }
}
