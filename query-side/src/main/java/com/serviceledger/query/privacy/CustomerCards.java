package com.serviceledger.query.privacy;

import com.serviceledger.platform.privacy.CustomerCard;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.query.view.ViewPage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.axonframework.common.AxonThreadFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Adds the customer's masks to case views at read time: one vault query per page. The views hold only the
 * customer id, so an erasure shows everywhere at once, without reprojection, and no index ever holds
 * personal data. Vault reads run on threads of their own, which a client hanging up never interrupts (an
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
        Mono<Map<String, CustomerCard>> cards = ids.isEmpty() ? Mono.just(Map.of())
                : Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> vault.cards(ids), reads));
        return cards.map(byId -> views.stream()
                .map(view -> {
                    String id = customerId.apply(view);
                    return new CaseWithCustomer<>(view, id == null ? null : byId.get(id));
                })
                .toList());
    }

    @Override
    public void destroy() {
        reads.shutdown();
    }
}
