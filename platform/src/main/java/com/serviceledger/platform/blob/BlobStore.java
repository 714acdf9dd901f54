package com.serviceledger.platform.blob;

import java.util.Optional;

/**
 * Where case attachments' bytes live, addressed by their SHA-256 (lower-case hex). The hash is what the case's
 * event records, so the event store's hash chain covers the file; a reader checks it again on every read.
 */
public interface BlobStore {

    /** Stores the bytes under their hash; storing the same content again changes nothing. */
    void put(String sha256, byte[] content);

    /** The bytes stored under the hash, as stored (unchecked); empty when none are (never stored, or deleted). */
    Optional<byte[]> get(String sha256);

    /** Deletes the bytes under the hash; deleting what is not there changes nothing. */
    void delete(String sha256);
}
