package com.serviceledger.command.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class AggregateCacheTest {

    @Test
    void theLeastRecentlyUsedAggregateGoesFirstWhenFull() {
        AggregateCache cache = new AggregateCache(2);
        cache.put("CMP-1", "one");
        cache.put("CMP-2", "two");
        assertThat((Object) cache.get("CMP-1")).isEqualTo("one"); // CMP-2 is now the eldest
        cache.put("CMP-3", "three");

        assertThat(cache.containsKey("CMP-2")).isFalse();
        assertThat(cache.containsKey("CMP-1")).isTrue();
        assertThat(cache.containsKey("CMP-3")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void listenersHearOfEveryChangeAndCanLeave() {
        AggregateCache cache = new AggregateCache(1);
        List<String> heard = new ArrayList<>();
        var registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");
        registration.cancel();
        cache.put("c", 4);

        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
    }

    @Test
    void putIfAbsentAndComputeIfPresentKeepTheirContracts() {
        AggregateCache cache = new AggregateCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        cache.<Integer>computeIfPresent("a", v -> v + 10);
        cache.<Integer>computeIfPresent("missing", v -> v + 10);
        assertThat((Object) cache.get("a")).isEqualTo(11);
        assertThat(cache.containsKey("missing")).isFalse();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aCacheHoldsAtLeastOneAggregate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AggregateCache(0));
    }
}
