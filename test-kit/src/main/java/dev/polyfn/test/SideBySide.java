package dev.polyfn.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Distinct answers in columns, each headed by the targets that gave it, lines wrapped to the column. */
final class SideBySide {

    private static final int WIDTH = 56;

    private SideBySide() {
    }

    /** @param groups each answer's lines (joined by newlines) and the targets that gave it */
    static String render(Map<String, List<String>> groups) {
        List<List<String>> columns = new ArrayList<>();
        groups.forEach((answer, targets) -> {
            List<String> column = new ArrayList<>(wrap(String.join(", ", targets)));
            column.add("-".repeat(WIDTH));
            for (String line : answer.split("\n")) {
                column.addAll(wrap(line));
            }
            columns.add(column);
        });
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < height; row++) {
            out.append("  ");
            for (List<String> column : columns) {
                String cell = row < column.size() ? column.get(row) : "";
                out.append(String.format("%-" + WIDTH + "s", cell)).append(" | ");
            }
            out.setLength(out.length() - 3);
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> wrap(String line) {
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < line.length(); at += WIDTH) {
            lines.add(line.substring(at, Math.min(line.length(), at + WIDTH)));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
