package com.serviceledger.query.customer;

import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The customer file over HTTP ({@code ?page=&size=}). A customer none of whose cases lies within the reader's scope
 * answers as an unknown one: 404, so a file tells nobody of cases outside their scope.
 */
@RestController
class CustomerFileController {

    private final CustomerFile files;
    private final QueryApiProperties api;

    CustomerFileController(CustomerFile files, QueryApiProperties api) {
        this.files = files;
        this.api = api;
    }

    @GetMapping("/api/customers/{customerId}/cases")
    Mono<CustomerFile.File> cases(@PathVariable String customerId, @RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> files.of(customerId, SearchWindow.page(params, api)))
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("customer", customerId)));
    }
}
