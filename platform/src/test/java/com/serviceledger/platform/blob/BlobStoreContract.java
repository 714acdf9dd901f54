package com.serviceledger.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every blob store does, whatever keeps the bytes. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    @Test
    void readsBackWhatItStoredUnderItsHash() {
        byte[] content = "錄音 recording 1".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.of(content);
        store().put(hash, content);
        assertThat(store().get(hash)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
    }

    @Test
    void storingTheSameContentTwiceKeepsOneCopy() {
        byte[] content = "same twice".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.of(content);
        store().put(hash, content);
        store().put(hash, content);
        assertThat(store().get(hash)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
    }

    @Test
    void aDeletedBlobIsGoneAndDeletingAgainChangesNothing() {
        byte[] content = "to be erased".getBytes(StandardCharsets.UTF_8);
        String hash = Sha256.of(content);
        store().put(hash, content);
        store().delete(hash);
        store().delete(hash);
        assertThat(store().get(hash)).isEmpty();
    }

    @Test
    void aKeyThatIsNotAHashIsRefused() {
        assertThatThrownBy(() -> store().get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
