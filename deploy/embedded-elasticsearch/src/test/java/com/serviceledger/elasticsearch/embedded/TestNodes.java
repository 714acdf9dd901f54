package com.serviceledger.elasticsearch.embedded;

/** One node for the whole test JVM: the same one the Spring tests get with {@code shared-in-jvm=true}. */
final class TestNodes {

    private TestNodes() {
    }

    static EmbeddedElasticsearchNode shared() {
        return EmbeddedElasticsearchNode.sharedInJvm(EmbeddedElasticsearchSettings.temporary().withAdditionalSettings(java.util.Map.of("logger.level", System.getProperty("es.test.log.level", "WARN"))));
    }
}
