package com.serviceledger.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

/**
 * Starts and watches zero-downtime rebuilds (see {@link ViewRebuild}): on request, and at start-up for
 * every view whose alias still points to an older mapping version than configured.
 *
 * <p>The query side runs as several replicas over one database, and this registry is cluster-wide through it
 * ({@link RebuildStore}): a rebuild runs in the replica that started it, under that view's lease, which it
 * renews every poll interval, so at most one rebuild per view runs in the cluster (two would race their alias
 * swaps). Its status is written there every poll interval too, so every replica lists every rebuild. A lease
 * not renewed for the stall timeout belongs to a dead replica: it is taken over by the next start of that view,
 * or by the periodic check ({@code migrationCheckInterval}), which marks the rebuild failed, deletes what it
 * left behind before its swap, and (with {@code migrateOnStartup}) migrates again from the first event.
 */
public class ViewRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Map<String, RebuildableView> views = new LinkedHashMap<>();
    private final ObjectProvider<Configuration> axon;
    private final ElasticsearchClient client;
    private final RebuildProperties properties;
    private final Clock clock;
    private final RebuildStore store;
    /** This replica, as the leases and statuses name it. */
    private final String owner = replicaName();
    private final Map<String, ViewRebuild> rebuilds = new LinkedHashMap<>();
    private final ScheduledExecutorService monitor =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("view-rebuilds"));
    private String lastStamp = "";
    /** When each running rebuild's lease was last renewed: past the stall timeout, another replica may take it. */
    private final Map<String, Instant> renewed = new java.util.concurrent.ConcurrentHashMap<>();

    public ViewRebuilds(List<RebuildableView> views, ObjectProvider<Configuration> axon, ElasticsearchClient client,
                        RebuildProperties properties, Clock clock, RebuildStore store) {
        views.stream().sorted(Comparator.comparing(RebuildableView::name)).forEach(v -> this.views.put(v.name(), v));
        this.axon = axon;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        this.store = store;
        long poll = properties.pollInterval().toMillis();
        monitor.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
        long check = properties.migrationCheckInterval().toMillis();
        if (check > 0) {
            monitor.scheduleWithFixedDelay(this::check, check, check, TimeUnit.MILLISECONDS);
        }
    }

    /** This replica's name in leases and statuses. */
    String owner() {
        return owner;
    }

    public List<RebuildableView> views() {
        return List.copyOf(views.values());
    }

    public Optional<RebuildableView> view(String name) {
        return Optional.ofNullable(views.get(name));
    }

    /**
     * Starts rebuilding a view into new indices.
     *
     * @throws UnknownView          no view of that name
     * @throws AlreadyRebuilding    a rebuild of that view is still running, here or in another replica
     */
    public RebuildStatus start(String viewName, String reason) throws IOException {
        return start(viewName, reason, false).orElseThrow();
    }

    /**
     * Takes the view's lease, then starts the rebuild; a migration starts only if the view is still outdated
     * once the lease is held (another replica may have just migrated it).
     */
    private synchronized Optional<RebuildStatus> start(String viewName, String reason, boolean migration)
            throws IOException {
        RebuildableView view = view(viewName).orElseThrow(() -> new UnknownView(viewName));
        Optional<ViewRebuild> running = running(viewName);
        if (running.isPresent()) {
            throw new AlreadyRebuilding(viewName, running.get().id());
        }
        String stamp = nextStamp();
        String id = viewName + "-" + stamp;
        Instant now = clock.instant();
        RebuildStore.Acquisition lease = store.acquire(viewName, id, owner, now, now.minus(properties.stallTimeout()));
        if (lease instanceof RebuildStore.Held held && held.holder().owner().equals(owner)) {
            // this replica's own, ended, whose release did not get through (database unavailable at the time)
            store.release(viewName, held.holder().rebuildId());
            lease = store.acquire(viewName, id, owner, now, now.minus(properties.stallTimeout()));
        }
        if (lease instanceof RebuildStore.Held held) {
            throw new AlreadyRebuilding(viewName, held.holder().rebuildId());
        }
        ViewRebuild rebuild;
        try {
            ((RebuildStore.Acquired) lease).abandoned().ifPresent(this::abandon);
            if (migration && !outdated(view)) {
                store.release(viewName, id);
                return Optional.empty();
            }
            rebuild = new ViewRebuild(view, reason, stamp, client, properties, clock);
        } catch (IOException | RuntimeException e) {
            store.release(viewName, id);
            throw e;
        }
        try {
            rebuild.start(axon.getObject());
        } catch (RuntimeException e) {
            rebuild.fail(e);
            finish(rebuild);
            throw e;
        }
        rebuilds.put(rebuild.id(), rebuild);
        renewed.put(rebuild.id(), now);
        RebuildStatus status = rebuild.status();
        try {
            store.save(status, owner, true, now);
            forgetOldest();
        } catch (DataAccessException e) {
            log.warn("Rebuild {} started, its status is written at the next poll", id, e);
        }
        return Optional.of(status);
    }

    /** Rebuilds every view with an index whose alias points to an older mapping version than configured. */
    @EventListener(ApplicationReadyEvent.class)
    public void migrateOnStartup() {
        if (properties.migrateOnStartup()) {
            migrateOutdated();
        }
    }

    /**
     * Migrates every outdated view no replica is rebuilding: of several replicas checking at once, the one that
     * takes a view's lease migrates it, the others skip it.
     */
    public synchronized List<RebuildStatus> migrateOutdated() {
        List<RebuildStatus> started = new ArrayList<>();
        for (RebuildableView view : views.values()) {
            try {
                if (running(view.name()).isEmpty() && outdated(view)) {
                    start(view.name(), "mapping-version", true).ifPresent(started::add);
                }
            } catch (AlreadyRebuilding e) {
                log.info("{} is outdated and being rebuilt by {}", view.name(), e.rebuildId());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot migrate " + view.name(), e);
            }
        }
        return started;
    }

    /** A rebuild of this or any other replica (this one's own as of this moment). */
    public Optional<RebuildStatus> status(String id) {
        synchronized (this) {
            ViewRebuild local = rebuilds.get(id);
            if (local != null) {
                return Optional.of(local.status());
            }
        }
        return store.status(id);
    }

    /** The rebuilds of every replica, oldest first: the running ones and the newest finished ones. */
    public List<RebuildStatus> statuses() {
        Map<String, RebuildStatus> all = new LinkedHashMap<>();
        store.statuses().forEach(s -> all.put(s.id(), s));
        synchronized (this) {
            rebuilds.values().stream().filter(r -> all.containsKey(r.id())).forEach(r -> all.put(r.id(), r.status()));
        }
        return List.copyOf(all.values());
    }

    public synchronized ViewStatus viewStatus(RebuildableView view) throws IOException {
        List<ViewStatus.IndexStatus> indices = new ArrayList<>();
        for (ViewIndex index : view.indices()) {
            String current = index.currentIndex();
            Integer version = current == null ? null : index.versionOf(current).stream().boxed().findFirst().orElse(null);
            indices.add(new ViewStatus.IndexStatus(index.alias(), current, index.settings().version(), version));
        }
        String running = running(view.name()).map(ViewRebuild::id)
                .or(() -> store.lease(view.name()).map(RebuildStore.Lease::rebuildId)).orElse(null);
        return new ViewStatus(view.name(), indices, running);
    }

    private static boolean outdated(RebuildableView view) throws IOException {
        for (ViewIndex index : view.indices()) {
            if (index.outdated()) {
                return true;
            }
        }
        return false;
    }

    private Optional<ViewRebuild> running(String viewName) {
        return rebuilds.values().stream().filter(r -> r.viewName().equals(viewName) && r.running()).findFirst();
    }

    /** Index names must never repeat, even for two rebuilds within one millisecond. */
    private String nextStamp() {
        String stamp = STAMP.format(clock.instant());
        if (stamp.compareTo(lastStamp) <= 0) {
            stamp = String.valueOf(Long.parseLong(lastStamp) + 1);
        }
        lastStamp = stamp;
        return stamp;
    }

    private void forgetOldest() {
        List<ViewRebuild> finished = rebuilds.values().stream().filter(r -> !r.running()).toList();
        for (int i = 0; i < finished.size() - properties.finishedKept(); i++) {
            rebuilds.remove(finished.get(i).id());
        }
        store.forgetFinished(properties.finishedKept());
    }

    /** Every poll interval: each local rebuild looks at its progress, writes its status and renews its lease. */
    private void tick() {
        List<ViewRebuild> active;
        synchronized (this) {
            active = rebuilds.values().stream().filter(ViewRebuild::running).toList();
        }
        for (ViewRebuild rebuild : active) {
            try {
                rebuild.tick();
                if (rebuild.running()) {
                    heartbeat(rebuild);
                } else {
                    finish(rebuild);
                }
            } catch (RuntimeException e) {
                log.warn("Recording rebuild {} failed", rebuild.id(), e);
            }
        }
    }

    /**
     * Renews the lease and writes the status. A rebuild that lost its lease (not renewed for the stall timeout,
     * then taken over), or cannot renew it for that long, stops: another replica may be rebuilding the view.
     */
    private void heartbeat(ViewRebuild rebuild) {
        Instant now = clock.instant();
        try {
            if (!store.renew(rebuild.viewName(), rebuild.id(), now)) {
                rebuild.fail(new IllegalStateException("Lease of " + rebuild.viewName() + " lost (not renewed for "
                        + properties.stallTimeout() + ", taken over by another replica)"));
                finish(rebuild);
                return;
            }
            renewed.put(rebuild.id(), now);
            store.save(rebuild.status(), owner, true, now);
        } catch (DataAccessException e) {
            Instant last = renewed.getOrDefault(rebuild.id(), now);
            if (last.plus(properties.stallTimeout()).isBefore(now)) {
                rebuild.fail(new IllegalStateException("Lease of " + rebuild.viewName() + " not renewed since " + last, e));
                renewed.remove(rebuild.id());
            } else {
                log.warn("Cannot renew the lease of rebuild {} (last renewed {})", rebuild.id(), last, e);
            }
        }
    }

    /** A local rebuild ended (completed or failed): its final status, then the lease goes. */
    private void finish(ViewRebuild rebuild) {
        renewed.remove(rebuild.id());
        store.save(rebuild.status(), owner, false, clock.instant());
        store.release(rebuild.viewName(), rebuild.id());
        synchronized (this) {
            forgetOldest();
        }
    }

    /**
     * Every {@code migrationCheckInterval}: rebuilds whose replica died are marked failed and cleaned up, and
     * outdated views nobody rebuilds (any more) are migrated.
     */
    void check() {
        try {
            Instant now = clock.instant();
            Instant staleBefore = now.minus(properties.stallTimeout());
            for (RebuildStore.Lease lease : store.staleLeases(staleBefore)) {
                if (!local(lease.rebuildId()) && store.remove(lease)) {
                    abandon(lease);
                }
            }
            // died after its status was written and before (or without) its lease: nobody renews either
            for (RebuildStatus status : store.staleRunning(staleBefore)) {
                boolean leased = store.lease(status.view()).filter(l -> l.rebuildId().equals(status.id())).isPresent();
                if (!leased && !local(status.id())) {
                    abandon(new RebuildStore.Lease(status.view(), status.id(), "?", now));
                }
            }
            if (properties.migrateOnStartup()) {
                migrateOutdated();
            }
        } catch (RuntimeException e) {
            log.warn("Checking for abandoned rebuilds and outdated views failed", e);
        }
    }

    /**
     * The replica running this rebuild died (its lease is stale and has just been taken from it): marks it failed
     * and, as its own failure would have, deletes its tokens and, if it had not swapped yet, its new indices.
     * After the swap its new indices are live and stay; its old ones are left as they are.
     */
    private void abandon(RebuildStore.Lease lease) {
        Instant now = clock.instant();
        Optional<RebuildStatus> status = store.status(lease.rebuildId());
        store.markAbandoned(lease.rebuildId(), "Abandoned: " + lease.owner() + " stopped renewing its lease at "
                + lease.heartbeat() + "; taken over by " + owner, now);
        log.warn("Rebuild {} of {} abandoned by {} (last heartbeat {}), cleaning up after it", lease.rebuildId(),
                lease.view(), lease.owner(), lease.heartbeat());
        if (status.isEmpty()) {
            return;
        }
        deleteTokens(lease.view(), status.get().processor());
        if (status.get().state() == RebuildState.REPLAYING) {
            for (RebuildStatus.IndexStatus index : status.get().indices()) {
                try {
                    client.indices().delete(d -> d.index(index.newIndex()).ignoreUnavailable(true));
                    // a live store need not look at a retiring index any more (if the rebuild had put one up)
                    if (index.oldIndex() != null) {
                        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(index.oldIndex())
                                .alias(index.alias() + "-retiring").mustExist(false))));
                    }
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not delete {} of the abandoned rebuild {}", index.newIndex(), lease.rebuildId(), e);
                }
            }
        } else if (status.get().state() == RebuildState.CATCHING_UP) {
            log.warn("Rebuild {} was abandoned after its swap; its old indices {} are left behind", lease.rebuildId(),
                    status.get().indices().stream().map(RebuildStatus.IndexStatus::oldIndex).toList());
        }
    }

    /** Its claims have expired long ago (the stall timeout is far beyond the claim timeout): claim, then delete. */
    private void deleteTokens(String viewName, String processorName) {
        if (processorName == null) {
            return;
        }
        try {
            Configuration configuration = axon.getObject();
            TokenStore tokens = configuration.eventProcessingConfiguration().tokenStore(viewName);
            configuration.getComponent(TransactionManager.class).executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(processorName)) {
                    tokens.fetchToken(processorName, segment);
                    tokens.deleteToken(processorName, segment);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not delete the tokens of {}", processorName, e);
        }
    }

    /**
     * At shutdown the replica's rebuilds fail (before their swap: their new indices are deleted) and release
     * their leases, so that another replica's check can migrate again at once.
     */
    @Override
    public void destroy() {
        monitor.shutdownNow();
        List<ViewRebuild> active;
        synchronized (this) {
            active = rebuilds.values().stream().filter(ViewRebuild::running).toList();
        }
        for (ViewRebuild rebuild : active) {
            rebuild.fail(new IllegalStateException("Replica " + owner + " shut down"));
            try {
                finish(rebuild);
            } catch (RuntimeException e) {
                log.warn("Could not release the lease of the stopped rebuild {}", rebuild.id(), e);
            }
        }
        if (!active.isEmpty()) {
            log.warn("Stopped unfinished rebuilds {}", active.stream().map(ViewRebuild::id).toList());
        }
    }

    private synchronized boolean local(String rebuildId) {
        return rebuilds.containsKey(rebuildId);
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "replica";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** No view of that name. */
    public static final class UnknownView extends RuntimeException {
        UnknownView(String view) {
            super("No view " + view);
        }
    }

    /** A rebuild of the view is still running. */
    public static final class AlreadyRebuilding extends RuntimeException {
        private final String rebuildId;

        AlreadyRebuilding(String view, String rebuildId) {
            super("View " + view + " is being rebuilt by " + rebuildId);
            this.rebuildId = rebuildId;
        }

        public String rebuildId() {
            return rebuildId;
        }
    }
}
