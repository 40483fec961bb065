package dev.polyfn.core;

import java.util.function.ToLongFunction;

/**
 * The largest answer a platform carries, with the way an adapter measures what it really sends (its envelope
 * included). Core applies it once, after the function answered: an answer over the limit is replaced by a
 * {@code 502 application/problem+json} ("Bad Gateway": the function answered, but not in a form the platform can
 * deliver), logged at ERROR with the request id, instead of the platform's own opaque error.
 *
 * <p>Example: under API Gateway a function returning 7 MB of JSON answers
 * {@code 502 {"detail":"The function's answer (7340210 bytes as sent) is larger than AWS Lambda's limit of 6291456 bytes."}}.
 * Answers whose body is far below the limit are never measured (one comparison), so small answers pay nothing.
 *
 * @param platform     the platform named in the problem detail, e.g. {@code AWS Lambda}
 * @param maxBytes     the largest answer, as sent, the platform accepts
 * @param encodedSize  the adapter's measure of an answer as it will send it (envelope, escaping, base64 included)
 */
public record ResponseLimit(String platform, long maxBytes, ToLongFunction<PortableResponse> encodedSize) {

    /** Lambda's synchronous invocation response, its JSON envelope included (6 MB). */
    public static final long LAMBDA_BYTES = 6L * 1024 * 1024;
    /** An Application Load Balancer's limit on a Lambda target's response JSON (1 MB). */
    public static final long ALB_BYTES = 1024L * 1024;
    /** API Gateway's payload limit (10 MB); behind Lambda's 6 MB it never binds, so Lambda's applies. */
    public static final long API_GATEWAY_BYTES = 10L * 1024 * 1024;
    /** Cloud Functions (2nd gen) / Cloud Run HTTP response (32 MB). */
    public static final long GCP_BYTES = 32L * 1024 * 1024;

    /** No limit (the local web app, and platforms that stream). */
    public static final ResponseLimit NONE = new ResponseLimit("none", Long.MAX_VALUE, r -> 0);

    /** Room for the envelope around the body; at most this much plus the escaped body is sent. */
    private static final long ENVELOPE_ALLOWANCE = 64 * 1024;
    /** JSON escaping turns one byte into at most six (a control character as six); base64 into less than two. */
    private static final long WORST_EXPANSION = 6;

    /** The size of the answer as the adapter would send it when that is over the limit; 0 when it fits. */
    long sizeIfOver(PortableResponse response) {
        if (maxBytes == Long.MAX_VALUE
                || response.body().length * WORST_EXPANSION + ENVELOPE_ALLOWANCE <= maxBytes) {
            return 0;
        }
        long size = encodedSize.applyAsLong(response);
        return size > maxBytes ? size : 0;
    }
}
