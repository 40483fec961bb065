/**
 * Coverage-guided fuzz tests (Jazzer, {@code @FuzzTest}) of core's input reader. In a normal build they run as
 * regression tests over the committed corpus ({@code src/test/resources/dev/polyfn/core/fuzz/<Class>Inputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes one target (see docs/reliability.md and {@code fuzz.sh}).
 */
package dev.polyfn.core.fuzz;
