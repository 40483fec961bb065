package dev.polyfn.examples.orders.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The gcp-deploy.sh that polyfn-maven-plugin generated beside orders-gcp.jar: every function it deploys starts
 * under the real invoker with the entry point and definition the script gives it, and docs/gcp.md quotes it.
 */
class GcpDeployScriptIT {

    private static final Path JAR = Path.of(InvokerProcess.property("orders.gcp.jar")).toAbsolutePath().normalize();
    private static final Path SCRIPT = JAR.resolveSibling("gcp-deploy.sh");
    private static final Pattern DEPLOY = Pattern.compile("(?m)^gcloud functions deploy (\\S+) .*$");

    record Deploy(String name, String entryPoint, String definition) {
    }

    @Test
    void everyDeployedFunctionStartsWithItsEntryPointAndDefinition() throws Exception {
        List<Deploy> deploys = deploys(Files.readString(SCRIPT));

        assertThat(deploys).extracting(Deploy::name).containsExactly("check-stock", "create-order",
                "estimate-delivery", "index-upload", "index-upload-storage", "nightly-report", "process-payment",
                "process-payment-queue", "process-payment-firestore", "uppercase");
        for (Deploy deploy : deploys) {
            try (InvokerProcess invoker = InvokerProcess.ordersGcp(deploy.entryPoint(), deploy.definition())) {
                invoker.awaitListening(Duration.ofSeconds(90));
            }
        }
    }

    @Test
    void theDocsQuoteTheGeneratedScript() throws Exception {
        String docs = Files.readString(Path.of("../../../docs/gcp.md"));
        Matcher block = Pattern.compile("```\\n(gcloud functions deploy process-payment-queue [^`]*)```").matcher(docs);

        assertThat(block.find()).isTrue();
        assertThat(Files.readString(SCRIPT)).contains(block.group(1));
    }

    private static List<Deploy> deploys(String script) {
        List<Deploy> deploys = new ArrayList<>();
        Matcher command = DEPLOY.matcher(script.replace("\\\n", " "));
        while (command.find()) {
            deploys.add(new Deploy(command.group(1), flag(command.group(), "--entry-point="),
                    flag(command.group(), "--set-env-vars=SPRING_CLOUD_FUNCTION_DEFINITION=")));
        }
        return deploys;
    }

    private static String flag(String command, String prefix) {
        Matcher value = Pattern.compile(Pattern.quote(prefix) + "(\\S+)").matcher(command);
        assertThat(value.find()).as(prefix + " in " + command).isTrue();
        return value.group(1);
    }
}
