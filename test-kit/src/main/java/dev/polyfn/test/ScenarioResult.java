package dev.polyfn.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's answers on every target that carried it, with what went wrong: targets that missed the
 * expectation, and whether all targets agreed.
 */
public record ScenarioResult(Scenario scenario, Map<Target, Answer> answers, Map<Target, String> misses) {

    /** True when every target met the expectation and all answered alike. */
    public boolean passed() {
        return misses.isEmpty() && agreed();
    }

    /** True when every target's answer agrees with the first one's. */
    public boolean agreed() {
        Answer first = answers.values().stream().findFirst().orElse(null);
        return first == null || answers.values().stream().allMatch(a -> AnswerComparison.agree(first, a, scenario));
    }

    /** The failure report: each miss, and the distinct answers side by side with the targets that gave them. */
    public String report() {
        StringBuilder text = new StringBuilder("Scenario '").append(scenario.name()).append("' (")
            .append(scenario.function()).append(", ").append(scenario.call()).append("), expected ")
            .append(scenario.status()).append(":\n");
        misses.forEach((target, miss) -> text.append("  ").append(target.title()).append(": ").append(miss)
            .append('\n'));
        if (!agreed()) {
            text.append("  the targets answer differently:\n");
            text.append(SideBySide.render(groups()));
        }
        return text.toString();
    }

    /** Targets grouped by the answer they gave (answers that agree share a group). */
    Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<Answer> representatives = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        answers.forEach((target, answer) -> {
            for (int i = 0; i < representatives.size(); i++) {
                if (AnswerComparison.agree(representatives.get(i), answer, scenario)) {
                    groups.get(keys.get(i)).add(target.title());
                    return;
                }
            }
            String key = String.join("\n", AnswerComparison.signature(answer, scenario));
            representatives.add(answer);
            keys.add(key);
            groups.put(key, new ArrayList<>(List.of(target.title())));
        });
        return groups;
    }
}
