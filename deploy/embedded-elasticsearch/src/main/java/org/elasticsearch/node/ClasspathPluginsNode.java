package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;

import org.elasticsearch.bootstrap.BootstrapCheck;
import org.elasticsearch.bootstrap.BootstrapContext;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.transport.BoundTransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch {@link Node} whose plugins are loaded from the class path.
 * <p>
 * Lives in {@code org.elasticsearch.node} to reach the package-private {@link NodeConstruction} and
 * {@link NodeServiceProvider}. Bootstrap checks (production limits such as file descriptors and
 * {@code vm.max_map_count}) are skipped: this node is for tests and single-user installations.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathServiceProvider(plugins), true));
    }

    @Override
    protected void validateNodeBeforeAcceptingRequests(
        BootstrapContext context,
        BoundTransportAddress boundTransportAddress,
        List<BootstrapCheck> bootstrapChecks
    ) {
        // no bootstrap checks for an embedded node
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // The listener puts node and cluster id into log lines through JVM-wide SetOnce holders, which fail
        // when a second node starts in the same JVM (e.g. after a Spring context restart). Not needed here.
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {

        private final Collection<Class<? extends Plugin>> plugins;

        ClasspathServiceProvider(Collection<Class<? extends Plugin>> plugins) {
            this.plugins = List.copyOf(plugins);
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment.settings(), environment.configDir(), plugins);
        }
    }
}
