package com.serviceledger.platform.blob;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server, e.g. the compose stack's MinIO:
 * {@code SERVICELEDGER_TEST_S3_ENDPOINT=http://localhost:9000 SERVICELEDGER_TEST_S3_ACCESS_KEY=...
 * SERVICELEDGER_TEST_S3_SECRET_KEY=...}. Skipped without one: these machines have no Docker and no MinIO binary,
 * and Maven Central serves no pure-Java S3 server we could start in the JVM; a mock would test nothing of S3.
 */
class S3BlobStoreTest extends BlobStoreContract {

    private S3BlobStore store;

    @BeforeEach
    void connect() {
        String endpoint = System.getenv("SERVICELEDGER_TEST_S3_ENDPOINT");
        assumeTrue(endpoint != null && !endpoint.isBlank(),
                "no S3-compatible server: set SERVICELEDGER_TEST_S3_ENDPOINT (and _ACCESS_KEY, _SECRET_KEY), e.g. MinIO");
        String bucket = "serviceledger-test-" + UUID.randomUUID();
        var s3 = new BlobStoreProperties.S3(URI.create(endpoint), "us-east-1", bucket, "attachments/", true,
                System.getenv("SERVICELEDGER_TEST_S3_ACCESS_KEY"), System.getenv("SERVICELEDGER_TEST_S3_SECRET_KEY"));
        S3Client client = BlobConfiguration.s3Client(s3);
        client.createBucket(b -> b.bucket(bucket));
        store = new S3BlobStore(client, bucket, s3.prefix());
    }

    @Override
    BlobStore store() {
        return store;
    }
}
