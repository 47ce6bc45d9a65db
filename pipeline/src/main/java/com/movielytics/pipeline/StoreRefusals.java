package com.movielytics.pipeline;

import com.movielytics.transforms.read.Retries;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Errors of an object store that no retry can cure, told apart from the ones a retry can: the bucket does not
 * exist, the credentials may not use it, or there are no credentials. They are the user's to fix, so they are
 * reported at once, in one line, instead of after a round of backoff.
 */
final class StoreRefusals {
  private StoreRefusals() {}

  /** Why the store refused, if {@code error} (or one of its causes) is such a refusal. */
  static Optional<String> reason(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
          && "NoSuchBucket".equals(aws.awsErrorDetails().errorCode())) {
        return Optional.of("the bucket does not exist (HTTP 404 NoSuchBucket)");
      }
      if (e instanceof SdkServiceException service
          && (service.statusCode() == 401 || service.statusCode() == 403)) {
        return Optional.of("access denied (HTTP " + service.statusCode() + "): the AWS credentials this run found "
            + "may not use this bucket, or are wrong");
      }
      if (e instanceof SdkClientException && String.valueOf(e.getMessage()).startsWith("Unable to load credentials")) {
        return Optional.of("no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
            + "AWS_PROFILE, in the environment");
      }
    }
    return Optional.empty();
  }

  /** Calls {@code read}; a refusal among its errors is thrown as {@link Retries.Refused}, which is not retried. */
  static <T> T refusedOrThrow(Retries.Read<T> read) throws IOException {
    try {
      return read.call();
    } catch (IOException | RuntimeException e) {
      Optional<String> reason = reason(e);
      if (reason.isPresent()) {
        throw new Retries.Refused(reason.get(), e);
      }
      throw e;
    }
  }
}
