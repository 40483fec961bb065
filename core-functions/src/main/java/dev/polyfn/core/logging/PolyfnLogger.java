package dev.polyfn.core.logging;

import dev.polyfn.core.internal.CloudLogging;
import dev.polyfn.core.internal.LogLevel;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One SLF4J logger of {@link PolyfnServiceProvider}: levels and lines as {@link CloudLogging} has them. */
final class PolyfnLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    PolyfnLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return CloudLogging.isEnabled(LogLevel.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return CloudLogging.isEnabled(LogLevel.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return CloudLogging.isEnabled(LogLevel.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return CloudLogging.isEnabled(LogLevel.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return CloudLogging.isEnabled(LogLevel.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable thrown) {
        String message = arguments == null || arguments.length == 0 ? pattern
                : MessageFormatter.basicArrayFormat(pattern, arguments);
        CloudLogging.write(LogLevel.valueOf(level.name()), name, message, thrown);
    }
}
