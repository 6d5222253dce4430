package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Files in a bucket of any S3-compatible store (AWS S3, MinIO, Ceph, a provincial data center's object storage). */
class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3FileStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        s3.putObject(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(prefix + key)
                        .contentType(contentType)
                        .contentLength(size)
                        .build(),
                RequestBody.fromInputStream(content, size));
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(
                    GetObjectRequest.builder().bucket(bucket).key(prefix + key).build());
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException(key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(
                DeleteObjectRequest.builder().bucket(bucket).key(prefix + key).build());
    }

    @Override
    public Stream<StoredObject> list(String keyPrefix) {
        return s3
                .listObjectsV2Paginator(ListObjectsV2Request.builder()
                        .bucket(bucket)
                        .prefix(prefix + keyPrefix)
                        .build())
                .contents()
                .stream()
                .map(object -> new StoredObject(object.key().substring(prefix.length()), object.lastModified()));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(
                    HeadObjectRequest.builder().bucket(bucket).key(prefix + key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
