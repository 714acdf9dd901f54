package com.serviceledger.command.web;

import com.serviceledger.command.axonserver.RemoteRejections;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs blocking command work (the simple command bus handles commands in the calling thread, over JDBC)
 * off the event loop, on a bounded pool of its own. Not on a Reactor scheduler: a client that hangs up
 * would cancel the subscription, Reactor would interrupt the worker, and an interrupted thread closes
 * H2's file channel (the whole database) or aborts a commit halfway. A command once started runs to
 * its end; a full queue is refused (503) instead of piling up.
 */
@Component
public class CommandExecution implements DisposableBean {

    private final ThreadPoolExecutor executor;

    public CommandExecution(CommandExecutionProperties properties) {
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), Thread.ofPlatform().name("command-", 0).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** The future's value; an empty Mono for a null result. Cancelling the Mono never interrupts the work. */
    public <T> Mono<T> run(Supplier<CompletableFuture<T>> work) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(work, executor).thenCompose(f -> f), true)
                // a refusal from another node (through Axon Server) as the same exception as in this JVM
                .onErrorMap(RemoteRejections::unwrap);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
