package com.serviceledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

class CommandExecutionTest {

    final CommandExecution execution = new CommandExecution(new CommandExecutionProperties(2, 10));

    @AfterEach
    void stop() throws InterruptedException {
        execution.destroy();
    }

    /** A client hanging up must not interrupt a command mid-transaction (it would close H2's files). */
    @Test
    void clientHangingUpNeverInterruptsARunningCommand() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();

        Disposable subscription = execution.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.countDown();
            return CompletableFuture.completedFuture("done");
        }).subscribe();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        subscription.dispose();
        release.countDown();

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).isFalse();
    }

    @Test
    void nullResultCompletesEmpty() {
        StepVerifier.create(execution.run(() -> CompletableFuture.completedFuture(null))).verifyComplete();
    }

    @Test
    void failureReachesTheCallerUnwrapped() {
        StepVerifier.create(execution.run(() -> CompletableFuture.failedFuture(new IllegalStateException("x"))))
                .expectError(IllegalStateException.class).verify();
    }
}
