package com.serviceledger.query.organisation;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewReader;
import com.serviceledger.query.view.ViewStore;
import com.serviceledger.query.view.ViewUnit;
import com.serviceledger.query.view.ViewWriteListener;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indices, stores, readers and the processor of the directory and policy views. */
@Configuration(proxyBeanMethods = false)
class OrganisationViews {

    /** The three indices of this group; each is created at start-up and recreated on a replay. */
    record Indices(ViewIndex staff, ViewIndex subsidiaries, ViewIndex policies) {
    }

    /** Not beans themselves, so they never compete with other views' indices for injection. */
    @Bean
    Indices organisationIndices(ElasticsearchClient client, OrganisationViewProperties properties) throws Exception {
        Indices indices = new Indices(new ViewIndex(client, properties.staff()),
                new ViewIndex(client, properties.subsidiaries()), new ViewIndex(client, properties.policies()));
        for (ViewIndex index : new ViewIndex[] {indices.staff(), indices.subsidiaries(), indices.policies()}) {
            index.afterPropertiesSet();
        }
        return indices;
    }

    @Bean
    OrganisationStores organisationStores(ElasticsearchClient client, Indices indices,
                                          ObjectProvider<ViewWriteListener> listener) {
        OrganisationStores stores = new OrganisationStores(
                new ViewStore<>(client, indices.staff(), StaffView.class, StaffView::empty),
                new ViewStore<>(client, indices.subsidiaries(), SubsidiaryView.class, SubsidiaryView::empty),
                new ViewStore<>(client, indices.policies(), PolicyView.class, PolicyView::empty));
        // built here rather than as beans, so they hear of their own writes' listener by hand (live updates)
        listener.ifAvailable(l -> List.of(stores.staff(), stores.subsidiaries(), stores.policies())
                .forEach(store -> store.setWriteListener(l)));
        return stores;
    }

    /**
     * A staff member is in scope with their unit; a subsidiary and its policy with anything of it (a department's
     * staff work under both). The caller's own record is theirs to read whatever the scope.
     */
    @Bean
    OrganisationReaders organisationReaders(ElasticsearchAsyncClient client, Indices indices) {
        return new OrganisationReaders(new ViewReader<>(client, indices.staff(), StaffView.class,
                ViewUnit.of("subsidiaryId", StaffView::subsidiaryId, "departmentId", StaffView::departmentId)),
                new ViewReader<>(client, indices.subsidiaries(), SubsidiaryView.class,
                        (scope, subsidiary) -> scope.reaches(subsidiary.subsidiaryId())),
                new ViewReader<>(client, indices.policies(), PolicyView.class,
                        (scope, policy) -> scope.reaches(policy.subsidiaryId())),
                new ViewReader<>(client, indices.staff(), StaffView.class, (scope, own) -> true));
    }

    @Bean
    ConfigurerModule organisationViewProcessor(OrganisationViewProperties properties) {
        return PooledViewProcessor.module(OrganisationProjection.PROCESSING_GROUP, properties);
    }

    record OrganisationStores(ViewStore<StaffView> staff, ViewStore<SubsidiaryView> subsidiaries,
                              ViewStore<PolicyView> policies) {
    }

    /** Fresh projections writing into a rebuild's three indices, for zero-downtime rebuilds. */
    @Bean
    RebuildableView organisationViewRebuild(OrganisationStores stores, Indices indices,
                                            OrganisationViewProperties properties) {
        return RebuildableView.of(OrganisationProjection.PROCESSING_GROUP, properties,
                List.of(indices.staff(), indices.subsidiaries(), indices.policies()),
                targets -> List.of(new OrganisationProjection(new OrganisationStores(
                        targets.store(stores.staff(), indices.staff()),
                        targets.store(stores.subsidiaries(), indices.subsidiaries()),
                        targets.store(stores.policies(), indices.policies())), indices)));
    }
}
