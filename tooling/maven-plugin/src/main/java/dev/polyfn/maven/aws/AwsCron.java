package dev.polyfn.maven.aws;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declared five-field Unix cron expression as an EventBridge schedule: {@code 0 2 * * *} becomes
 * {@code cron(0 2 * * ? *)}. EventBridge wants a year, {@code ?} in one of the day fields, and counts weekdays from
 * 1 (Sunday) where Unix counts from 0; names ({@code MON-FRI}) mean the same in both.
 */
final class AwsCron {

    private static final Pattern DAY_NUMBER = Pattern.compile("\\d+");

    private AwsCron() {
    }

    /** The EventBridge expression; {@link IllegalArgumentException} when both day fields are restricted. */
    static String of(List<String> fields) {
        String dayOfMonth = fields.get(2);
        String dayOfWeek = fields.get(4);
        if (dayOfWeek.equals("*")) {
            dayOfWeek = "?";
        }
        else if (dayOfMonth.equals("*")) {
            dayOfMonth = "?";
            dayOfWeek = eventBridgeWeekdays(dayOfWeek);
        }
        else {
            throw new IllegalArgumentException("EventBridge cannot schedule on both a day of the month and a day of"
                    + " the week; make one of them *.");
        }
        return "cron(" + fields.get(0) + " " + fields.get(1) + " " + dayOfMonth + " " + fields.get(3) + " "
                + dayOfWeek + " *)";
    }

    private static String eventBridgeWeekdays(String field) {
        Matcher number = DAY_NUMBER.matcher(field);
        StringBuilder converted = new StringBuilder();
        while (number.find()) {
            boolean step = number.start() > 0 && field.charAt(number.start() - 1) == '/';
            String replacement = step ? number.group() : String.valueOf(Integer.parseInt(number.group()) % 7 + 1);
            number.appendReplacement(converted, replacement);
        }
        number.appendTail(converted);
        return converted.toString();
    }
}
