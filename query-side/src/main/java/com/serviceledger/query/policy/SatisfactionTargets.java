package com.serviceledger.query.policy;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Each subsidiary's satisfaction target as its policy versions set it (000 §5.2.1, 001 §2.2 item 5 leave the
 * figure open): a period is judged by the version in force at its end. Index, store and processor of the view too.
 */
@Configuration(proxyBeanMethods = false)
public class SatisfactionTargets {

    /** Holds the index so that it never competes with other views' indices for injection. */
    record TargetIndex(ViewIndex index) {
    }

    /** The targets of some subsidiaries, each one's versions oldest first. */
    public record Timeline(Map<String, List<SatisfactionTargetView>> bySubsidiary) {

        /** From policy versions in the order published (an offline replay's). */
        public static Timeline of(List<PolicyPublished> published) {
            Map<String, List<SatisfactionTargetView>> by = new HashMap<>();
            for (PolicyPublished e : published) {
                by.computeIfAbsent(e.subsidiaryId(), k -> new ArrayList<>()).add(SatisfactionTargetView.of(e));
            }
            return new Timeline(by);
        }

        /**
         * The target percent in force at the end of the period ending (exclusive) on {@code periodEnd}, midnight
         * in the subsidiary's zone; null when the subsidiary had no policy published by then.
         */
        public Integer percentAt(String subsidiaryId, LocalDate periodEnd) {
            SatisfactionTargetView inForce = null;
            for (SatisfactionTargetView version : bySubsidiary.getOrDefault(subsidiaryId, List.of())) {
                Instant end = periodEnd.atStartOfDay(ZoneId.of(version.timeZone())).toInstant();
                if (version.publishedAt().isBefore(end)) {
                    inForce = version;
                }
            }
            return inForce == null ? null : inForce.targetPercent();
        }
    }

    @Bean
    TargetIndex satisfactionTargetIndex(ElasticsearchClient client, SatisfactionTargetViewProperties properties)
            throws Exception {
        ViewIndex index = new ViewIndex(client, properties);
        index.afterPropertiesSet();
        return new TargetIndex(index);
    }

    @Bean
    ViewStore<SatisfactionTargetView> satisfactionTargetStore(ElasticsearchClient client, TargetIndex index) {
        return new ViewStore<>(client, index.index(), SatisfactionTargetView.class, SatisfactionTargetView::empty);
    }

    @Bean
    Reader satisfactionTargetReader(ElasticsearchAsyncClient client, TargetIndex index) {
        return new Reader(client, index.index().alias());
    }

    @Bean
    ConfigurerModule satisfactionTargetViewProcessor(SatisfactionTargetViewProperties properties) {
        return PooledViewProcessor.module(SatisfactionTargetProjection.PROCESSING_GROUP, properties);
    }

    @Bean
    RebuildableView satisfactionTargetViewRebuild(ViewStore<SatisfactionTargetView> store, TargetIndex index,
                                                  SatisfactionTargetViewProperties properties) {
        return RebuildableView.of(SatisfactionTargetProjection.PROCESSING_GROUP, properties, List.of(index.index()),
                targets -> List.of(new SatisfactionTargetProjection(targets.store(store, index.index()), index)));
    }

    /** Reads the versions of the subsidiaries asked for; policies are everybody's to read, so no scope applies. */
    public static final class Reader {

        /** Far more versions than a few subsidiaries publish. */
        private static final int MAX_VERSIONS = 10_000;

        private final ElasticsearchAsyncClient client;
        private final String alias;

        Reader(ElasticsearchAsyncClient client, String alias) {
            this.client = client;
            this.alias = alias;
        }

        public Mono<Timeline> of(Collection<String> subsidiaryIds) {
            List<FieldValue> ids = subsidiaryIds.stream().filter(Objects::nonNull).map(FieldValue::of).toList();
            if (ids.isEmpty()) {
                return Mono.just(new Timeline(Map.of()));
            }
            return Mono.fromFuture(() -> client.search(s -> s.index(alias).size(MAX_VERSIONS)
                            .query(q -> q.terms(t -> t.field("subsidiaryId").terms(v -> v.value(ids))))
                            .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Asc))),
                    SatisfactionTargetView.class))
                    .map(response -> {
                        Map<String, List<SatisfactionTargetView>> by = new HashMap<>();
                        for (Hit<SatisfactionTargetView> hit : response.hits().hits()) {
                            if (hit.source() != null) {
                                by.computeIfAbsent(hit.source().subsidiaryId(), k -> new ArrayList<>())
                                        .add(hit.source());
                            }
                        }
                        return new Timeline(by);
                    });
        }
    }
}
