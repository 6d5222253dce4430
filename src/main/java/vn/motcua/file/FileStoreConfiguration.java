package vn.motcua.file;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link FileStore} of the application, as {@code motcua.files.store} chooses. */
@Configuration
@EnableConfigurationProperties(FileProperties.class)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(FileProperties properties) throws IOException {
        return switch (properties.store()) {
            case "local" -> new LocalFileStore(Path.of(properties.local().root()));
            case "s3" -> s3(properties.s3());
            default ->
                throw new IllegalStateException("motcua.files.store must be local or s3, not " + properties.store());
        };
    }

    static S3FileStore s3(FileProperties.S3 config) {
        if (config.bucket() == null || config.bucket().isBlank()) {
            throw new IllegalStateException("motcua.files.s3.bucket is required for the S3 file store");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region() == null || config.region().isBlank() ? "us-east-1" : config.region()))
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible stores reject the SDK's newer default
                // (CRC32 trailers on every upload). The SHA-256 of each file is ours, checked on every read.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (config.endpoint() != null && !config.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(config.endpoint()));
        }
        builder.credentialsProvider(
                config.accessKey() == null || config.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
        return new S3FileStore(builder.build(), config.bucket(), config.prefix());
    }
}
