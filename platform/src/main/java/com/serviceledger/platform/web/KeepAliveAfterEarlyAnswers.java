package com.serviceledger.platform.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps a keep-alive connection answering after a request was answered before its body was read (the firewall's
 * refusal, the parameter limits, the size limit's 413, a missing login). Reactor Netty 1.3.6, the version Spring
 * Boot 4.0.7 manages, buffers a request that arrives on the connection before the previous one has terminated and
 * then may never read again (reactor-netty #4347, #4361): the client waits for an answer that never comes. A
 * pooled JDK client met it on about 1 % of fuzzed requests.
 *
 * <p>With Reactor Netty's own switch {@code reactor.netty.http.server.lastFlushWhenNoRead=true}, a request that
 * arrives after the previous answer was flushed terminates the previous request and is served at once instead of
 * being queued. It is a JVM system property read once, when the server's traffic handler class loads, which is why
 * it is set here, while the environment is prepared and before any server starts. A value given on the command line
 * wins. Remove this class once Boot manages Reactor Netty
 * 1.3.8 or later, which fixes the read itself (it needs Netty 4.2.19, whose native transports this build cannot
 * fetch yet).
 */
public class KeepAliveAfterEarlyAnswers implements EnvironmentPostProcessor {

    static final String LAST_FLUSH_WHEN_NO_READ = "reactor.netty.http.server.lastFlushWhenNoRead";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(LAST_FLUSH_WHEN_NO_READ) == null) {
            System.setProperty(LAST_FLUSH_WHEN_NO_READ, "true");
        }
    }
}
