package com.serviceledger.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store over HTTP against a real S3 server: S3Proxy (pure Java, started in this JVM on a free port for each
 * test, its objects in memory), which speaks the S3 protocol with signature checks as MinIO and AWS S3 do. The client
 * is the one the application builds ({@link BlobConfiguration#s3Client}), path-style as for MinIO.
 */
class S3BlobStoreTest extends BlobStoreContract {

    @RegisterExtension
    final S3ProxyExtension s3proxy = S3ProxyExtension.builder()
            .withBlobStoreProvider("transient-nio2")
            .withCredentials("serviceledger-test", "serviceledger-test-secret")
            .build();

    private S3BlobStore store;

    @BeforeEach
    void connect() {
        String bucket = "serviceledger-test-" + UUID.randomUUID();
        var s3 = new BlobStoreProperties.S3(URI.create(s3proxy.getUri().toString()), "us-east-1", bucket,
                "attachments/", true, s3proxy.getAccessKey(), s3proxy.getSecretKey());
        S3Client client = BlobConfiguration.s3Client(s3);
        client.createBucket(b -> b.bucket(bucket));
        store = new S3BlobStore(client, bucket, s3.prefix());
    }

    /** The upload carries its SHA-256: the server refuses bytes that are not the ones the name promises. */
    @Test
    void theServerRefusesContentThatIsNotTheHashItIsStoredUnder() {
        String hash = Sha256.of("the real recording".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.put(hash, "something else".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(S3Exception.class);
        assertThat(store.get(hash)).isEmpty();
    }

    @Override
    BlobStore store() {
        return store;
    }
}
