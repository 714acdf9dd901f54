package com.serviceledger.query.audit;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.security.ReadScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Recomputes the hash chains of stored events from the raw rows, for one case or an audit slice. */
@Component
class ChainVerifier {

    private final StoredEvents stored;
    private final AuditProperties properties;

    ChainVerifier(StoredEvents stored, AuditProperties properties) {
        this.stored = stored;
        this.properties = properties;
    }

    /** Empty when the case has no stored event or lies outside the caller's scope. */
    Mono<CaseVerification> verifyCase(String aggregateId) {
        return ReadScope.current().flatMap(scope -> stored.ofCase(aggregateId).filter(events -> !events.isEmpty()
                && CaseScope.covers(scope, () -> EventHash.parse(events.getFirst().payload())))).map(events -> {
            CaseChain chain = new CaseChain(aggregateId);
            events.forEach(chain::accept);
            return chain.result();
        });
    }

    /** Keeps one small state per case of the slice while its events stream past in global order. */
    Mono<SliceVerification> verifySlice(AuditSlice slice) {
        return stored.slice(slice)
                .reduce(new LinkedHashMap<String, CaseChain>(), (chains, event) -> {
                    chains.computeIfAbsent(event.aggregateId(), CaseChain::new).accept(event);
                    return chains;
                })
                .map(this::summary);
    }

    private SliceVerification summary(Map<String, CaseChain> chains) {
        long events = 0;
        long intact = 0;
        long unchained = 0;
        List<SliceVerification.BrokenCase> broken = new ArrayList<>();
        for (CaseChain chain : chains.values()) {
            events += chain.events();
            CaseVerification result = chain.result();
            if (result.intact()) {
                intact++;
                continue;
            }
            ChainBreak first = result.firstBroken();
            if (ChainBreak.UNCHAINED.equals(first.reason())) {
                unchained++;
            }
            if (broken.size() < properties.brokenListed()) {
                broken.add(new SliceVerification.BrokenCase(chain.aggregateId(), first.sequence(), first.eventId(),
                        first.reason()));
            }
        }
        return new SliceVerification(chains.size(), events, intact, unchained, broken);
    }
}
