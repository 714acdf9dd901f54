package com.serviceledger.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts and watches zero-downtime rebuilds (see {@link ViewRebuild}): on request, and at start-up for
 * every view whose alias still points to an older mapping version than configured. At most one rebuild
 * per view runs at a time.
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
    private final Map<String, ViewRebuild> rebuilds = new LinkedHashMap<>();
    private final ScheduledExecutorService monitor =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("view-rebuilds"));
    private String lastStamp = "";

    public ViewRebuilds(List<RebuildableView> views, ObjectProvider<Configuration> axon, ElasticsearchClient client,
                        RebuildProperties properties, Clock clock) {
        views.stream().sorted(Comparator.comparing(RebuildableView::name)).forEach(v -> this.views.put(v.name(), v));
        this.axon = axon;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        long poll = properties.pollInterval().toMillis();
        monitor.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
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
     * @throws AlreadyRebuilding    a rebuild of that view is still running
     */
    public synchronized RebuildStatus start(String viewName, String reason) throws IOException {
        RebuildableView view = view(viewName).orElseThrow(() -> new UnknownView(viewName));
        Optional<ViewRebuild> running = running(viewName);
        if (running.isPresent()) {
            throw new AlreadyRebuilding(viewName, running.get().id());
        }
        ViewRebuild rebuild = new ViewRebuild(view, reason, nextStamp(), client, properties, clock);
        try {
            rebuild.start(axon.getObject());
        } catch (RuntimeException e) {
            rebuild.fail(e);
            throw e;
        }
        rebuilds.put(rebuild.id(), rebuild);
        forgetOldest();
        return rebuild.status();
    }

    /** Rebuilds every view with an index whose alias points to an older mapping version than configured. */
    @EventListener(ApplicationReadyEvent.class)
    public void migrateOnStartup() {
        if (properties.migrateOnStartup()) {
            migrateOutdated();
        }
    }

    public synchronized List<RebuildStatus> migrateOutdated() {
        List<RebuildStatus> started = new ArrayList<>();
        for (RebuildableView view : views.values()) {
            try {
                if (running(view.name()).isEmpty() && outdated(view)) {
                    started.add(start(view.name(), "mapping-version"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot migrate " + view.name(), e);
            }
        }
        return started;
    }

    public synchronized Optional<RebuildStatus> status(String id) {
        return Optional.ofNullable(rebuilds.get(id)).map(ViewRebuild::status);
    }

    public synchronized List<RebuildStatus> statuses() {
        return rebuilds.values().stream().map(ViewRebuild::status).toList();
    }

    public synchronized ViewStatus viewStatus(RebuildableView view) throws IOException {
        List<ViewStatus.IndexStatus> indices = new ArrayList<>();
        for (ViewIndex index : view.indices()) {
            String current = index.currentIndex();
            Integer version = current == null ? null : index.versionOf(current).stream().boxed().findFirst().orElse(null);
            indices.add(new ViewStatus.IndexStatus(index.alias(), current, index.settings().version(), version));
        }
        return new ViewStatus(view.name(), indices, running(view.name()).map(ViewRebuild::id).orElse(null));
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
    }

    private void tick() {
        List<ViewRebuild> active;
        synchronized (this) {
            active = rebuilds.values().stream().filter(ViewRebuild::running).toList();
        }
        for (ViewRebuild rebuild : active) {
            rebuild.tick();
        }
    }

    @Override
    public void destroy() {
        monitor.shutdownNow();
        List<ViewRebuild> active;
        synchronized (this) {
            active = rebuilds.values().stream().filter(ViewRebuild::running).toList();
        }
        active.forEach(ViewRebuild::stop);
        if (!active.isEmpty()) {
            log.warn("Stopped unfinished rebuilds {}; their new indices and tokens are left behind",
                    active.stream().map(ViewRebuild::id).toList());
        }
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
