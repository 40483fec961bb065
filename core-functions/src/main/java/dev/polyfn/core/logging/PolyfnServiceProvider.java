package dev.polyfn.core.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's backend on Polyfn's cloud paths (AWS, GCP, Azure jars), registered by each adapter's
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}: a function's {@code LoggerFactory.getLogger(...)}
 * lines become Polyfn lines, one each, in the platform's format and with the invocation's request id. No Logback or
 * Log4j in a Lambda jar, no caller lookup per line. The local web app never has it: Spring Boot's Logback rules there.
 */
public final class PolyfnServiceProvider implements SLF4JServiceProvider {

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, PolyfnLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up: lines go to dev.polyfn.core.internal.CloudLogging
    }
}
