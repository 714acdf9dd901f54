package com.serviceledger.query.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A view as one processing group: the indices its processor feeds, and how to make fresh instances of
 * its projections that write into other (concrete) indices, so it can be rebuilt beside the live one
 * (see {@code query.rebuild}). Each feature declares one as a bean.
 */
public interface RebuildableView {

    /** The processing group, which is also the view's name in the admin API. */
    String name();

    /** Every index the processing group writes, each behind its own alias. */
    List<ViewIndex> indices();

    /** Threads of a rebuild: those of the live processor (batch size and segments, see RebuildProperties). */
    ProcessorSettings processor();

    /** New projection instances writing to the given concrete index instead of each index's alias. */
    List<Object> projections(Targets targets);

    static RebuildableView of(String name, ProcessorSettings processor, List<ViewIndex> indices,
                              Function<Targets, List<Object>> projections) {
        record Defined(String name, ProcessorSettings processor, List<ViewIndex> indices,
                       Function<Targets, List<Object>> factory) implements RebuildableView {
            @Override
            public List<Object> projections(Targets targets) {
                return factory.apply(targets);
            }
        }
        return new Defined(name, processor, List.copyOf(indices), projections);
    }

    /**
     * The concrete index a rebuild writes for each alias, how many documents each of its stores may hold
     * between batches (0: none), and the stores made so far, which the rebuild flushes before its swap.
     */
    record Targets(Map<String, String> byAlias, int heldDocuments, List<ViewStore<?>> stores) {

        public Targets(Map<String, String> byAlias) {
            this(byAlias, 0, new ArrayList<>());
        }

        public String of(ViewIndex index) {
            String target = byAlias.get(index.alias());
            if (target == null) {
                throw new IllegalArgumentException("No rebuild target for " + index.alias());
            }
            return target;
        }

        public <V extends SequencedView> ViewStore<V> store(ViewStore<V> live, ViewIndex index) {
            ViewStore<V> store = live.writingTo(of(index), heldDocuments);
            stores.add(store);
            return store;
        }
    }
}
