package com.serviceledger.platform.blob;

import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Blobs as objects of one bucket of an S3-compatible store (MinIO in compose), named by their hash under a prefix.
 * An object appears whole or not at all (S3's PUT), so no temporary object is needed.
 */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public void put(String sha256, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(keyOf(sha256)).checksumSHA256(base64(sha256)),
                RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(keyOf(sha256))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String sha256) {
        s3.deleteObject(b -> b.bucket(bucket).key(keyOf(sha256)));
    }

    private String keyOf(String sha256) {
        return prefix + Sha256.require(sha256);
    }

    /** S3 checks the upload against the hash it is stored under (its checksum header is base64, not hex). */
    private static String base64(String sha256) {
        return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256));
    }
}
