package com.serviceledger.query.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewIndex;
import org.springframework.stereotype.Component;

/** The complaint view's index ({@code sq-complaints → sq-complaints-v7}). */
@Component
public class ComplaintIndex extends ViewIndex {

    public ComplaintIndex(ElasticsearchClient client, ComplaintIndexProperties properties) {
        super(client, properties);
    }
}
