package dev.polyfn.azure;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one rule fixing which bean an Azure function runs, from configuration only. In order:
 * <ol>
 * <li>the app setting {@code POLYFN_FUNCTION_<AZURE NAME>} (upper case, other characters than letters and digits
 *     as {@code _}), e.g. {@code POLYFN_FUNCTION_PROCESSPAYMENT_QUEUE=processPayment};</li>
 * <li>the bean named exactly like the Azure function, e.g. {@code createOrder};</li>
 * <li>the bean named like the Azure function up to its first {@code -}, e.g. {@code processPayment-queue};</li>
 * <li>the deployment's function: {@code spring.cloud.function.definition}, or the only function bean.</li>
 * </ol>
 * Returns null for the last case; a setting naming no bean fails when its invoker is looked up.
 */
final class AzureFunctionSelection {

    static final String SETTING_PREFIX = "POLYFN_FUNCTION_";

    private final UnaryOperator<String> settings;

    AzureFunctionSelection(UnaryOperator<String> settings) {
        this.settings = settings;
    }

    /** {@code processPayment-queue} -> {@code POLYFN_FUNCTION_PROCESSPAYMENT_QUEUE}. */
    static String settingName(String azureFunctionName) {
        return SETTING_PREFIX + azureFunctionName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    String definitionFor(String azureFunctionName, Set<String> beanNames) {
        if (azureFunctionName == null || azureFunctionName.isBlank()) {
            return null;
        }
        String configured = settings.apply(settingName(azureFunctionName));
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (beanNames.contains(azureFunctionName)) {
            return azureFunctionName;
        }
        int dash = azureFunctionName.indexOf('-');
        if (dash > 0 && beanNames.contains(azureFunctionName.substring(0, dash))) {
            return azureFunctionName.substring(0, dash);
        }
        return null;
    }
}
