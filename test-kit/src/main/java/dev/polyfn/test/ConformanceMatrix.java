package dev.polyfn.test;

import java.util.List;

/**
 * The results of a scenario set as a Markdown matrix, scenario by target: each cell the answer (status, or
 * processed / failed for events), {@code ·} where the target does not carry the scenario's call, and whether the
 * row agrees everywhere. Polyfn's docs/conformance.md is one.
 */
public final class ConformanceMatrix {

    private ConformanceMatrix() {
    }

    /** The matrix of {@code results} over {@code columns}. */
    public static String markdown(List<ScenarioResult> results, List<Target> columns) {
        StringBuilder table = new StringBuilder("| scenario | function |");
        columns.forEach(t -> table.append(' ').append(t.title()).append(" |"));
        table.append(" same everywhere |\n|---|---|");
        columns.forEach(t -> table.append("---|"));
        table.append("---|\n");
        for (ScenarioResult result : results) {
            table.append("| ").append(escape(result.scenario().name())).append(" | `")
                .append(result.scenario().function()).append("` |");
            for (Target target : columns) {
                Answer answer = result.answers().get(target);
                String cell = answer == null ? (result.misses().containsKey(target) ? "error" : "·")
                        : AnswerComparison.cell(answer, result.scenario());
                table.append(' ').append(cell).append(" |");
            }
            table.append(result.passed() ? " yes |" : " **no** |").append('\n');
        }
        return table.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
