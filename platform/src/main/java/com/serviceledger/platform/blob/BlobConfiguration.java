package com.serviceledger.platform.blob;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The blob store of both sides: the command side writes and erases attachments, the query side serves them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStoreProperties.class)
public class BlobConfiguration {

    @Bean
    BlobStore blobStore(BlobStoreProperties properties) {
        return switch (properties.kind()) {
            case DIRECTORY -> new DirectoryBlobStore(properties.directory());
            case S3 -> new S3BlobStore(s3Client(properties.s3()), properties.s3().bucket(), properties.s3().prefix());
        };
    }

    /** Public for the store's own test against a real S3-compatible server. */
    public static S3Client s3Client(BlobStoreProperties.S3 s3) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }
}
