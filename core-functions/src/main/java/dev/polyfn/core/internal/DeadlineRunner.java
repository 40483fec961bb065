package dev.polyfn.core.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import reactor.core.Fuseable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the user's code under a {@link Deadline} and awaits what it returns, so the platform's thread is never left
 * blocked past it.
 *
 * <p>The call runs on one of Polyfn's invocation threads (a cached pool of daemon threads) while the caller waits
 * at most until the deadline: a function that hangs is interrupted and answers 504, and the caller goes on. An
 * asynchronous result is then awaited for the time left: a {@code CompletionStage} is cancelled, a {@code Mono} or
 * {@code Flux} subscription disposed, when the deadline passes. Example: a {@code CompletableFuture} that never
 * completes, under a 2 s deadline, throws the deadline's 504 {@code ProblemException} after 2 s and is cancelled.
 * A failure of the call or of the future is rethrown as it is (unwrapped from Execution/CompletionException).
 * A {@code Mono} or {@code Flux} is subscribed to on an invocation thread too (unless its value is already there),
 * since subscribing runs its source: a {@code Mono.fromCallable} that blocks must not block the caller.
 */
public final class DeadlineRunner {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "polyfn-invocation-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private DeadlineRunner() {
    }

    /** The invocation threads, for work that fans out (parallel batch records). */
    public static java.util.concurrent.Executor executor() {
        return POOL;
    }

    /** Runs {@code call} on an invocation thread; its result, or the deadline's 504 when it takes longer. */
    public static Object call(Callable<Object> call, Deadline deadline) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Future<Object> task = POOL.submit(() -> {
            Thread thread = Thread.currentThread();
            thread.setContextClassLoader(loader);
            try {
                return call.call();
            }
            finally {
                Thread.interrupted();
            }
        });
        return await(task, deadline);
    }

    /**
     * The value of an asynchronous result of the given shape, awaited until the deadline; a {@code Mono} or
     * {@code Flux} is subscribed with the invocation in its context (see {@code ReactorScopes}).
     */
    public static Object await(Object result, FunctionShape.Wrapper wrapper, Deadline deadline, InvocationScope scope) {
        if (result == null) {
            return null;
        }
        return switch (wrapper) {
            case FUTURE -> await(((CompletionStage<?>) result).toCompletableFuture(), deadline);
            case MONO -> await(subscribe(Mono.from((Publisher<?>) result), deadline, scope), deadline);
            case FLUX -> await(subscribe(Flux.from((Publisher<?>) result).collectList(), deadline, scope), deadline);
            default -> result;
        };
    }

    /**
     * Subscribes on an invocation thread (a value already there, e.g. {@code Mono.just}, right here): a source that
     * blocks while subscribed is interrupted at the deadline, and a JVM error it throws (which Reactor rethrows
     * rather than signals) fails this invocation instead of being lost on another thread.
     */
    private static Future<?> subscribe(Mono<?> mono, Deadline deadline, InvocationScope scope) {
        if (mono instanceof Fuseable.ScalarCallable) {
            return mono.toFuture();
        }
        Mono<?> scoped = mono.contextWrite(ReactorScopes.with(scope));
        return (Future<?>) await(POOL.submit(scoped::toFuture), deadline);
    }

    private static Object await(Future<?> future, Deadline deadline) {
        try {
            return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException e) {
            future.cancel(true);
            throw deadline.exceeded();
        }
        catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw deadline.exceeded();
        }
        catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new CompletionException(t);
    }
}
