package com.serviceledger.query.servicerequest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewIndex;
import org.springframework.stereotype.Component;

/** The service request view's index ({@code sq-service-requests → sq-service-requests-v2}). */
@Component
public class ServiceRequestIndex extends ViewIndex {

    public ServiceRequestIndex(ElasticsearchClient client, ServiceRequestIndexProperties properties) {
        super(client, properties);
    }
}
