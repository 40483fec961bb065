/** The AWS Lambda target: the trimmed deployment jar and the SAM template generated from the declarations. */
package dev.polyfn.maven.aws;
