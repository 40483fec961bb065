/**
 * Which function bean is exposed on which trigger, declared once for every cloud in {@code application.properties}
 * as {@code polyfn.functions.<bean>.<trigger>.<setting>}, plus the few per-cloud settings a cloud needs
 * ({@code polyfn.aws.*}, {@code polyfn.gcp.*}, {@code polyfn.azure.*}).
 *
 * <p>Example: {@code polyfn.functions.processPayment.queue.name=payments} exposes bean {@code processPayment} on the
 * queue {@code payments}: an SQS queue on AWS, a Storage queue on Azure, a Pub/Sub topic on Google Cloud.
 * {@link dev.polyfn.core.declaration.PolyfnDeclarations#from} reads them from any Spring environment (the lean
 * cloud runtime, the Boot app, the build); the same records are a Spring Boot {@code @ConfigurationProperties}
 * source, which gives IDEs their metadata. {@link dev.polyfn.core.declaration.DeclarationCheck} holds a
 * declaration against the beans it names.
 */
package dev.polyfn.core.declaration;
