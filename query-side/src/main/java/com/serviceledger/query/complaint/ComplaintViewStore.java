package com.serviceledger.query.complaint;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.view.ViewStore;
import org.springframework.stereotype.Component;

/** Batched writes of complaint views. */
@Component
class ComplaintViewStore extends ViewStore<ComplaintView> {

    ComplaintViewStore(ElasticsearchClient client, ComplaintIndex index) {
        super(client, index, ComplaintView.class, ComplaintView::empty);
    }
}
