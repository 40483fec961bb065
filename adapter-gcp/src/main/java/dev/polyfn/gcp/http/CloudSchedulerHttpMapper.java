package dev.polyfn.gcp.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.google.cloud.functions.HttpRequest;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.ScheduleTick;

/**
 * Recognises a Cloud Scheduler job with an HTTP target, for functions that take a {@link ScheduleTick}.
 *
 * <p>Example: Cloud Scheduler sends {@code X-CloudScheduler-JobName: nightly-report} and
 * {@code X-CloudScheduler-ScheduleTime: 2026-11-23T02:00:00Z}; that becomes
 * {@code ScheduleTick(2026-11-23T02:00:00Z, "nightly-report")}. Without those headers the body is read as JSON as
 * usual. A schedule time that is not RFC 3339 throws {@link ProblemException} (400).
 */
public final class CloudSchedulerHttpMapper {

    static final String JOB_NAME = "X-CloudScheduler-JobName";
    static final String SCHEDULE_TIME = "X-CloudScheduler-ScheduleTime";

    public Optional<ScheduleTick> scheduleTick(HttpRequest request) {
        Optional<String> job = request.getFirstHeader(JOB_NAME);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Instant time;
        try {
            time = request.getFirstHeader(SCHEDULE_TIME).map(Instant::parse).orElseGet(Instant::now);
        }
        catch (DateTimeParseException e) {
            throw new ProblemException(400, "The " + SCHEDULE_TIME + " header is not an RFC 3339 time.");
        }
        return Optional.of(new ScheduleTick(time, job.get()));
    }
}
