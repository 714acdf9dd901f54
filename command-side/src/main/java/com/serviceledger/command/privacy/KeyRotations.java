package com.serviceledger.command.privacy;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.platform.privacy.PiiCipher;
import com.serviceledger.platform.privacy.PrivacyProperties;
import com.serviceledger.platform.privacy.VaultKeys;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key rotation job: re-wraps every data key under the current master key, then fingerprints every
 * customer under the current fingerprint key (their phones and e-mails are only in their cases' events, as
 * tokens: read through the {@link EventStore} and decrypted with the customer's data key), then deletes the
 * retired keys' prints. Batches of {@code serviceledger.privacy.rotation-batch-size} customers, one
 * transaction each. What is left is read from the vault each time, so a run stopped anywhere (a crash, a
 * redeploy) is resumed by starting another; nothing is done twice. One run at a time per instance.
 */
@Component
class KeyRotations {

    private static final Logger log = LoggerFactory.getLogger(KeyRotations.class);
    private static final int FAILURES_KEPT = 100;

    private final VaultKeys keys;
    private final JdbcCustomerVault vault;
    private final EventStore eventStore;
    private final Clock clock;
    private final int batchSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "privacy-key-rotation");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run last;

    KeyRotations(VaultKeys keys, JdbcCustomerVault vault, EventStore eventStore, Clock clock,
                 PrivacyProperties properties) {
        this.keys = keys;
        this.vault = vault;
        this.eventStore = eventStore;
        this.clock = clock;
        this.batchSize = properties.rotationBatchSize();
    }

    enum State { RUNNING, DONE, DONE_WITH_FAILURES, FAILED }

    /** A run's progress: counts of customers, the first failures (customer id, step, reason; never personal data). */
    record Run(String id, State state, String startedBy, Instant startedAt, Instant finishedAt, long rewrapped,
               long refingerprinted, long failed, Integer retiredFingerprintsDeleted, List<VaultKeys.Failure> failures,
               String error) {
    }

    /** What the operator watches: the last run and what each key still protects. */
    record Status(Run run, VaultKeys.KeyUsage masterKeys, VaultKeys.KeyUsage fingerprintKeys) {
    }

    /** Starts a run, or returns the one running. */
    synchronized Run start(String principal) {
        if (last != null && last.state() == State.RUNNING) {
            return last;
        }
        Progress progress = new Progress("KRO-" + UUID.randomUUID(), principal, clock.instant());
        last = progress.snapshot(State.RUNNING, null);
        worker.execute(() -> run(progress));
        return last;
    }

    Status status() {
        return new Status(last, keys.masterKeyUsage(), keys.fingerprintKeyUsage());
    }

    private void run(Progress progress) {
        try {
            String after = "";
            List<String> batch;
            while (!(batch = keys.wrappedUnderOtherKeys(after, batchSize)).isEmpty()) {
                rewrap(batch, progress);
                after = batch.getLast();
            }
            after = "";
            while (!(batch = keys.fingerprintedUnderOtherKeys(after, batchSize)).isEmpty()) {
                refingerprint(batch, progress);
                after = batch.getLast();
            }
            progress.retiredPrintsDeleted = keys.deleteRetiredFingerprints();
            last = progress.snapshot(progress.failed == 0 ? State.DONE : State.DONE_WITH_FAILURES, null);
            log.info("Privacy key rotation {} finished: {}", progress.id, last);
        } catch (RuntimeException e) {
            log.error("Privacy key rotation {} stopped; starting another resumes it", progress.id, e);
            last = progress.snapshot(State.FAILED, e.toString());
        }
    }

    /** One batch of re-wrapping (its own transaction). */
    void rewrap(List<String> customerIds, Progress progress) {
        List<VaultKeys.Failure> failures = keys.rewrap(customerIds);
        progress.rewrapped += customerIds.size() - failures.size();
        progress.fail(failures);
        last = progress.snapshot(State.RUNNING, null);
    }

    /** One batch of re-fingerprinting: the events are read first, the vault written in one transaction. */
    void refingerprint(List<String> customerIds, Progress progress) {
        Map<String, List<CustomerContact>> contacts = new LinkedHashMap<>();
        List<VaultKeys.Failure> failures = new ArrayList<>();
        for (String customerId : customerIds) {
            try {
                contacts.put(customerId, contactsOf(customerId));
            } catch (ContactErased erasedMeanwhile) {
                // no key, no prints: nothing to do
            } catch (PiiCipher.UnreadableToken | IllegalStateException e) {
                failures.add(new VaultKeys.Failure(customerId, "refingerprint", e.getMessage()));
            }
        }
        progress.refingerprinted += keys.refingerprint(contacts).size();
        progress.fail(failures);
        last = progress.snapshot(State.RUNNING, null);
    }

    /** Every contact the customer gave, decrypted from the received event of each case that names them. */
    private List<CustomerContact> contactsOf(String customerId) {
        List<CustomerContact> contacts = new ArrayList<>();
        for (CaseRef ref : vault.casesOf(customerId)) {
            eventStore.readEvents(ref.caseId()).asStream().map(event -> customerOf(event.getPayload()))
                    .filter(contact -> contact != null && customerId.equals(contact.customerId()))
                    .forEach(contact -> contacts.add(vault.reveal(contact)));
        }
        return contacts;
    }

    private static ProtectedContact customerOf(Object payload) {
        return switch (payload) {
            case ComplaintReceived received -> received.customer();
            case ServiceRequestReceived received -> received.customer();
            default -> null;
        };
    }

    /** A run's counters, written by its worker only. */
    static final class Progress {
        final String id;
        final String startedBy;
        final Instant startedAt;
        long rewrapped;
        long refingerprinted;
        long failed;
        Integer retiredPrintsDeleted;
        final List<VaultKeys.Failure> failures = new ArrayList<>();

        Progress(String id, String startedBy, Instant startedAt) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        void fail(List<VaultKeys.Failure> more) {
            failed += more.size();
            more.stream().limit(Math.max(0, FAILURES_KEPT - failures.size())).forEach(failures::add);
            more.forEach(f -> log.warn("Privacy key rotation {}: customer {} not rotated ({}): {}", id, f.customerId(),
                    f.step(), f.reason()));
        }

        Run snapshot(State state, String error) {
            return new Run(id, state, startedBy, startedAt, state == State.RUNNING ? null : Instant.now(), rewrapped,
                    refingerprinted, failed, retiredPrintsDeleted == null || retiredPrintsDeleted < 0 ? null
                    : retiredPrintsDeleted, List.copyOf(failures), error);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
