/**
 * Helpers shared by the AWS event shapes (body encoding, envelope reading, Lambda context); not API.
 */
package dev.polyfn.aws.internal;
