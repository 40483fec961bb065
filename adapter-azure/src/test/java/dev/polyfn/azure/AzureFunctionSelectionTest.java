package dev.polyfn.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import dev.polyfn.azure.testing.AzureTestApps;
import dev.polyfn.azure.testing.AzureTestFunctions;
import dev.polyfn.core.PolyfnRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule fixing which bean an Azure function runs: settings, then names, then the deployment's function. */
class AzureFunctionSelectionTest {

    private static final Set<String> BEANS = Set.of("uppercase", "createOrder", "processPayment");

    @ParameterizedTest
    @CsvSource({"processPayment-queue,POLYFN_FUNCTION_PROCESSPAYMENT_QUEUE", "createOrder,POLYFN_FUNCTION_CREATEORDER",
        "index_upload.v2,POLYFN_FUNCTION_INDEX_UPLOAD_V2"})
    void theSettingIsTheAzureNameInUpperCaseWithUnderscores(String azureName, String setting) {
        assertThat(AzureFunctionSelection.settingName(azureName)).isEqualTo(setting);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
        "charge,NONE", "createOrder,createOrder", "processPayment-queue,processPayment", "uppercase-http,uppercase",
        "createorder,NONE", "-uppercase,NONE", "billing-queue,NONE"})
    void withoutSettingsTheAzureNameNamesTheBean(String azureName, String expected) {
        assertThat(new AzureFunctionSelection(name -> null).definitionFor(azureName, BEANS)).isEqualTo(expected);
    }

    @Test
    void aSettingWinsOverTheName() {
        AzureFunctionSelection selection = new AzureFunctionSelection(
                Map.of("POLYFN_FUNCTION_CREATEORDER", " uppercase ")::get);

        assertThat(selection.definitionFor("createOrder", BEANS)).isEqualTo("uppercase");
    }

    @Test
    void aSettingNamingNoBeanFailsListingTheFunctions() {
        try (PolyfnAzure app = AzureTestApps.start(Map.of("POLYFN_FUNCTION_CHARGE", "chargeCard"))) {
            assertThatThrownBy(() -> app.invoker("charge"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chargeCard").hasMessageContaining("processPayment");
        }
    }

    @Test
    void anUnmappedNameInAnAppOfSeveralFunctionsFailsListingThem() {
        try (PolyfnAzure app = AzureTestApps.start(Map.of())) {
            assertThatThrownBy(() -> app.invoker("api"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("uppercase");
        }
    }

    @Test
    void anUnmappedNameRunsTheDeploymentsDefinition() {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(Map.of(
                PolyfnRuntime.CONFIGURATION_PROPERTY, AzureTestFunctions.CONFIGURATION,
                "spring.cloud.function.definition", "uppercase"))) {
            PolyfnAzure app = new PolyfnAzure(runtime, name -> null);

            assertThat(app.invoker("api").functionName()).isEqualTo("uppercase");
            assertThat(app.invoker("createOrder").functionName()).isEqualTo("createOrder");
        }
    }
}
