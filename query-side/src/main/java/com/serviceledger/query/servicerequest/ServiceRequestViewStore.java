package com.serviceledger.query.servicerequest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewStore;
import org.springframework.stereotype.Component;

/** Batched writes of service request views. */
@Component
class ServiceRequestViewStore extends ViewStore<ServiceRequestView> {

    ServiceRequestViewStore(ElasticsearchClient client, ServiceRequestIndex index) {
        super(client, index, ServiceRequestView.class, ServiceRequestView::empty);
    }
}
