package dev.polyfn.core.declaration;

import java.util.List;

/**
 * The function runs on a schedule and takes a {@code ScheduleTick}: an EventBridge schedule on AWS, a timer trigger
 * on Azure, Cloud Scheduler publishing to Pub/Sub on Google Cloud.
 *
 * @param cron when, as a five-field Unix cron expression in UTC (minute hour day-of-month month day-of-week),
 *             e.g. 0 2 * * * for 02:00 every day; each cloud's own format is derived from it
 */
public record ScheduleDeclaration(String cron) implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.SCHEDULE;
    }

    /** The five fields, or an empty list when the expression does not have five. */
    public List<String> fields() {
        List<String> fields = cron == null ? List.of() : List.of(cron.trim().split("\\s+"));
        return fields.size() == 5 ? fields : List.of();
    }

    static ScheduleDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.SCHEDULE.settings()) ? new ScheduleDeclaration(settings.text("cron")) : null;
    }
}
