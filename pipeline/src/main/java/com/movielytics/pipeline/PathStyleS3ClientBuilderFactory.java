package com.movielytics.pipeline;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Beam's S3 client for S3-compatible stores: path-style addressing, since a plain host name cannot serve
 * bucket.host virtual-host addresses (UnknownHostException: bucket.localhost); and without the bucket-key
 * header Beam puts on every upload, which stores without SSE bucket keys refuse with 501 Not Implemented.
 */
public class PathStyleS3ClientBuilderFactory implements S3ClientBuilderFactory {
  private static final String BUCKET_KEY_HEADER = "x-amz-server-side-encryption-bucket-key-enabled";

  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    return new DefaultS3ClientBuilderFactory()
        .createBuilder(options)
        .forcePathStyle(true)
        .overrideConfiguration(c -> c.addExecutionInterceptor(new WithoutBucketKeyHeader()));
  }

  private static final class WithoutBucketKeyHeader implements ExecutionInterceptor {
    @Override
    public SdkHttpRequest modifyHttpRequest(
        Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
      return context.httpRequest().toBuilder().removeHeader(BUCKET_KEY_HEADER).build();
    }
  }
}
