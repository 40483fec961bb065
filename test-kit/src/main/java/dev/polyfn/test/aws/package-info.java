/**
 * The AWS targets of the kit: scenarios wrapped in Lambda's event shapes (templates written from AWS's documented
 * examples, under {@code dev/polyfn/test/aws/}), run through {@code dev.polyfn.aws.PolyfnHandler} as the runtime
 * client calls it, and its result decoded. Not API: use {@link dev.polyfn.test.Target}.
 */
package dev.polyfn.test.aws;
