/**
 * Polyfn's portable model and its one invoker.
 *
 * <p>Business code depends on nothing here but may use the portable events ({@link dev.polyfn.core.StorageObjectEvent},
 * {@link dev.polyfn.core.ScheduleTick}, {@link dev.polyfn.core.PubSubMessage}, {@link dev.polyfn.core.QueueMessage},
 * {@link dev.polyfn.core.StreamRecord}, {@link dev.polyfn.core.ChangeEvent})
 * as function inputs, {@link dev.polyfn.core.ProblemException} to choose an error status, and
 * {@link dev.polyfn.core.InvocationContext#current()} to read the request id, deadline and trace id.
 *
 * <p>Adapters translate a provider's envelope into a {@link dev.polyfn.core.PortableRequest}, call
 * {@link dev.polyfn.core.PolyfnInvoker#invoke} and encode the {@link dev.polyfn.core.PortableResponse}.
 * Everything under {@code dev.polyfn.core.internal} is not API.
 */
package dev.polyfn.core;
