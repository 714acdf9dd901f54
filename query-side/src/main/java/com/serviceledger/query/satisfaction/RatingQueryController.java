package com.serviceledger.query.satisfaction;

import com.serviceledger.query.view.ViewReader;
import com.serviceledger.query.web.QueryProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** One recorded satisfaction rating. */
@RestController
class RatingQueryController {

    private final ViewReader<RatingView> ratings;

    RatingQueryController(ViewReader<RatingView> ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/ratings/{ratingId}")
    Mono<RatingView> rating(@PathVariable String ratingId) {
        return ratings.byId(ratingId).switchIfEmpty(Mono.error(() -> QueryProblems.notFound("rating", ratingId)));
    }
}
