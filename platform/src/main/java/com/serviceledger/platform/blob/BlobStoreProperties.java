package com.serviceledger.platform.blob;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachments' bytes are kept.
 *
 * @param kind      {@code directory} (a directory on this machine: the standalone) or {@code s3} (an S3-compatible
 *                  store: MinIO in compose, or AWS S3)
 * @param directory the directory of {@code directory} (the standalone sets it under its data directory)
 * @param s3        the bucket of {@code s3}
 */
@ConfigurationProperties("serviceledger.blobs")
public record BlobStoreProperties(@DefaultValue("directory") Kind kind, @DefaultValue("./data/blobs") Path directory,
                                  @DefaultValue S3 s3) {

    public enum Kind { DIRECTORY, S3 }

    /**
     * @param endpoint  the store's URL (e.g. {@code http://minio:9000}); none: AWS S3 of the region
     * @param region    the region (MinIO accepts any)
     * @param bucket    the bucket, created beforehand
     * @param prefix    prepended to every object name (e.g. {@code attachments/})
     * @param pathStyle bucket in the path rather than in the host name, as MinIO wants
     * @param accessKey the access key id; none: the SDK's default credentials chain (environment, profile, role)
     * @param secretKey its secret
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("serviceledger") String bucket,
                     @DefaultValue("") String prefix, @DefaultValue("true") boolean pathStyle, String accessKey,
                     String secretKey) {
    }
}
