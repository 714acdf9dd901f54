package com.serviceledger.query.privacy;

import com.serviceledger.platform.privacy.CustomerCard;
import com.serviceledger.platform.privacy.PiiTokens;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.query.view.ViewPage;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.axonframework.common.AxonThreadFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Adds the customer's masks to case views at read time, and masks the personal data sealed in their free text
 * ({@link FreeTextView}) and in history documents: two vault queries per page. The views hold only the customer id
 * and tokens, so an erasure shows everywhere at once, without reprojection, and no index ever holds personal data. Vault reads run on threads of their own, which a client hanging up never interrupts (an
 * interrupted thread closes an H2 file store).
 */
@Component
public class CustomerCards implements DisposableBean {

    private final JdbcCustomerVault vault;
    private final ExecutorService reads = Executors.newFixedThreadPool(2, new AxonThreadFactory("customer-cards"));

    CustomerCards(JdbcCustomerVault vault) {
        this.vault = vault;
    }

    public <V> Mono<CaseWithCustomer<V>> one(V view, Function<V, String> customerId) {
        return page(List.of(view), customerId).map(List::getFirst);
    }

    public <V> Mono<ViewPage<CaseWithCustomer<V>>> page(ViewPage<V> page, Function<V, String> customerId) {
        return page(page.items(), customerId)
                .map(items -> new ViewPage<>(page.total(), page.page(), page.size(), items));
    }

    /** A live case stream with the masks added to each version (heartbeat comments pass through). */
    public <V> Flux<ServerSentEvent<CaseWithCustomer<V>>> live(Flux<ServerSentEvent<V>> events,
                                                                Function<V, String> customerId) {
        return events.concatMap(event -> {
            if (event.data() == null) {
                return Mono.just(ServerSentEvent.<CaseWithCustomer<V>>builder().comment(event.comment()).build());
            }
            return one(event.data(), customerId).map(withCustomer -> ServerSentEvent.builder(withCustomer)
                    .id(event.id()).event(event.event()).build());
        });
    }

    private <V> Mono<List<CaseWithCustomer<V>>> page(List<V> views, Function<V, String> customerId) {
        List<String> ids = views.stream().map(customerId).filter(Objects::nonNull).distinct().toList();
        // a view's tokens are its own customer's (or keyless: {pii:phone}), so these ids' keys open them all; the
        // keys are read only when some view holds a token
        boolean sealed = views.stream().anyMatch(CustomerCards::holdsTokens);
        Mono<Read> read = ids.isEmpty() ? Mono.just(new Read(Map.of(), vault.textMasks(ids)))
                : Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> new Read(vault.cards(ids),
                        sealed ? vault.textMasks(ids) : UnaryOperator.identity()), reads));
        return read.map(masks -> views.stream()
                .map(view -> {
                    if (view instanceof FreeTextView text) {
                        text.maskFreeText(masks.texts());
                    }
                    String id = customerId.apply(view);
                    return new CaseWithCustomer<>(view, id == null ? null : masks.cards().get(id));
                })
                .toList());
    }

    private static boolean holdsTokens(Object view) {
        boolean[] found = {false};
        if (view instanceof FreeTextView text) {
            text.maskFreeText(field -> {
                found[0] |= field != null && field.contains("{pii:");
                return field;
            });
        }
        return found[0];
    }

    private record Read(Map<String, CustomerCard> cards, UnaryOperator<String> texts) {
    }

    /** History documents with the tokens in every string masked, under the keys of the customers they name. */
    @SuppressWarnings("unchecked")
    public Mono<ViewPage<Map<String, Object>>> documents(ViewPage<Map<String, Object>> page) {
        Set<String> ids = new LinkedHashSet<>();
        boolean[] sealed = {false};
        page.items().forEach(document -> strings(document, text -> {
            sealed[0] |= text.contains("{pii:");
            ids.addAll(PiiTokens.customersIn(text));
            return text;
        }));
        if (!sealed[0]) {
            return Mono.just(page);
        }
        Mono<UnaryOperator<String>> masks = ids.isEmpty() ? Mono.just(vault.textMasks(ids))
                : Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> vault.textMasks(ids), reads));
        return masks.map(texts -> new ViewPage<>(page.total(), page.page(), page.size(), page.items().stream()
                .map(document -> (Map<String, Object>) strings(document, texts)).toList()));
    }

    /** A copy of a JSON tree (maps, lists, scalars) with each string mapped. */
    @SuppressWarnings("unchecked")
    private static Object strings(Object node, UnaryOperator<String> mapping) {
        return switch (node) {
            case String text -> mapping.apply(text);
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                ((Map<String, Object>) map).forEach((key, value) -> copy.put(key, strings(value, mapping)));
                yield copy;
            }
            case List<?> list -> list.stream().map(item -> strings(item, mapping)).toList();
            case null, default -> node;
        };
    }

    @Override
    public void destroy() {
        reads.shutdown();
    }
}
