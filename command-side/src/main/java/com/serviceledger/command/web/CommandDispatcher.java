package com.serviceledger.command.web;

import com.serviceledger.command.idempotency.AlreadyProcessed;
import com.serviceledger.command.idempotency.IdempotencyInterceptor;
import com.serviceledger.command.idempotency.IdempotencyStore;
import com.serviceledger.command.idempotency.IdempotentOutcome;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.platform.correlation.CorrelationIds;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.platform.security.StaffUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sends a command with the metadata every message carries (principal, correlation, causation, client), the
 * sender's scope and staff id, and resolves Idempotency-Key replays to the first outcome.
 */
@Component
public class CommandDispatcher {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    /** Set on every request by the platform's correlation filter (a new id when the caller sent none). */
    public static final String CORRELATION_ID_HEADER = CorrelationIds.HEADER;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CommandGateway commandGateway;
    private final IdempotencyStore idempotencyStore;
    private final CommandExecution execution;

    public CommandDispatcher(CommandGateway commandGateway, IdempotencyStore idempotencyStore,
                             CommandExecution execution) {
        this.commandGateway = commandGateway;
        this.idempotencyStore = idempotencyStore;
        this.execution = execution;
    }

    /**
     * @param request the validated HTTP request body (or null); with the path it identifies a retry
     */
    public Mono<CommandOutcome> dispatch(Object command, Object request, ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String key = optionalToken(headers, IDEMPOTENCY_KEY_HEADER);
        String correlationId = optionalToken(headers, CORRELATION_ID_HEADER);
        String requestHash = hash(exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + " "
                + request);
        return caller(exchange).flatMap(caller -> {
            MetaData metaData = origin(caller, correlationId, headers)
                    .and(IdempotencyInterceptor.REQUEST_HASH, requestHash);
            if (key != null) {
                metaData = metaData.and(MetadataKeys.IDEMPOTENCY_KEY, key);
            }
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(ActingStaff.settle(command, caller))
                    .andMetaData(metaData);
            String correlation = (String) metaData.get(MetadataKeys.CORRELATION_ID);
            return execution.<Object>run(() -> commandGateway.send(message))
                    .map(result -> new CommandOutcome(result.toString(), correlation, false))
                    // handlers of existing cases return nothing: the future completes with null, the Mono empty
                    .defaultIfEmpty(new CommandOutcome(null, correlation, false))
                    .onErrorResume(AlreadyProcessed.class, replay -> firstOutcome(replay, requestHash, correlation));
        });
    }

    /**
     * Sends a command with the same metadata, once, without Idempotency-Key handling, and returns what its
     * handler returned (empty for nothing). For commands that are safe to repeat as they are (an erasure),
     * or whose result must never be kept (a clear read: a stored outcome would keep the personal data).
     */
    public <R> Mono<R> send(Object command, ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String correlationId = optionalToken(headers, CORRELATION_ID_HEADER);
        return caller(exchange).flatMap(caller -> {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(ActingStaff.settle(command, caller))
                    .andMetaData(origin(caller, correlationId, headers));
            return execution.<R>run(() -> commandGateway.send(message));
        });
    }

    /** The authenticated user's name, or {@code anonymous}. */
    public static Mono<String> principal(ServerWebExchange exchange) {
        return caller(exchange).map(StaffUser::name);
    }

    /** The authenticated user; an anonymous caller (never let through to a command) has no scope. */
    public static Mono<StaffUser> caller(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(principal -> principal instanceof Authentication authentication ? StaffUser.of(authentication)
                        : new StaffUser(principal.getName(), null, List.of(), Scope.NONE))
                .defaultIfEmpty(new StaffUser("anonymous", null, List.of(), Scope.NONE));
    }

    /**
     * Who, why and from where; the scope always (empty for none), so the scope check knows the command comes from
     * a request (see {@code command.scope.ScopeCheck}).
     */
    private static MetaData origin(StaffUser caller, String correlationId, HttpHeaders headers) {
        MetaData origin = MetaData.with(MetadataKeys.PRINCIPAL, caller.name())
                .and(MetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString())
                .and(MetadataKeys.CLIENT, client(headers))
                .and(MetadataKeys.SCOPE, String.join(",", caller.scope().entries()));
        return caller.staffId() == null ? origin : origin.and(MetadataKeys.STAFF_ID, caller.staffId());
    }

    private Mono<CommandOutcome> firstOutcome(AlreadyProcessed replay, String requestHash, String correlationId) {
        return execution.run(() -> CompletableFuture.completedFuture(
                        idempotencyStore.find(replay.principal(), replay.key()).orElseThrow()))
                .map(first -> sameRequest(first, requestHash, correlationId));
    }

    private static CommandOutcome sameRequest(IdempotentOutcome first, String requestHash, String correlationId) {
        if (!first.requestHash().equals(requestHash)) {
            throw new RuleViolation(IDEMPOTENCY_KEY_HEADER,
                    "this Idempotency-Key was already used for a different request");
        }
        return new CommandOutcome(first.result(), correlationId, true);
    }

    private static String optionalToken(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null) {
            return null;
        }
        if (!SAFE_TOKEN.matcher(value).matches()) {
            throw new InvalidInput(name, name + " must be 1–128 characters of letters, digits and . _ : -");
        }
        return value;
    }

    private static String client(HttpHeaders headers) {
        String client = headers.getFirst("X-Client-Id");
        if (client == null) {
            client = headers.getFirst(HttpHeaders.USER_AGENT);
        }
        if (client == null) {
            return "unknown";
        }
        return client.length() > 200 ? client.substring(0, 200) : client;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
