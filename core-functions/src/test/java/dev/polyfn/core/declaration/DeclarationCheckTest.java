package dev.polyfn.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The build-time check over a real lean runtime holding {@link DeclaredFunctions}. */
class DeclarationCheckTest {

    @Test
    void aSoundDeclarationHasNoProblem() {
        assertThat(check("polyfn.functions.uppercase.http.path", "/uppercase",
                "polyfn.functions.processPayment.queue.name", "payments",
                "polyfn.functions.processPayment.kinesis.stream", "payments",
                "polyfn.functions.readMessage.queue.name", "payments",
                "polyfn.functions.indexUpload.storage.bucket", "uploads",
                "polyfn.functions.nightlyReport.schedule.cron", "0 2 * * *",
                "polyfn.functions.status.schedule.cron", "*/5 * * * *")).isEmpty();
    }

    @Test
    void aMissingBeanIsNamedWithTheBeansThereAre() {
        assertThat(check("polyfn.functions.chargeCard.queue.name", "payments")).containsExactly(
                "polyfn.functions.chargeCard names no function bean; the beans are [indexUpload, nightlyReport,"
                        + " processPayment, readMessage, status, uppercase].");
    }

    @Test
    void aTriggerNoneOfTheFunctionsCloudsOffersIsNamed() {
        assertThat(check("polyfn.functions.processPayment.kinesis.stream", "payments",
                "polyfn.functions.processPayment.clouds", "gcp")).contains(
                "polyfn.functions.processPayment.kinesis: [gcp] offer no kinesis trigger; only [aws] does. Set"
                        + " polyfn.functions.processPayment.clouds to include it, or remove the trigger.",
                "polyfn.functions.processPayment: Google Cloud Functions offers none of its triggers [kinesis]; add a"
                        + " portable one (http, queue, topic, storage, schedule) or set"
                        + " polyfn.functions.processPayment.clouds to the clouds that offer them.");
    }

    @Test
    void aStreamOnlyFunctionMustBeLimitedToItsCloud() {
        assertThat(check("polyfn.functions.processPayment.eventhub.name", "payments")).hasSize(2)
            .allMatch(p -> p.contains("offers none of its triggers [eventhub]"));
        assertThat(check("polyfn.functions.processPayment.eventhub.name", "payments",
                "polyfn.functions.processPayment.clouds", "azure")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "indexUpload|queue.name|payments|polyfn.functions.indexUpload.queue: the bean takes StorageObjectEvent, which a"
                + " queue trigger never delivers (it delivers QueueMessage, or the message converted to your type).",
        "readMessage|storage.bucket|uploads|polyfn.functions.readMessage.storage: the bean takes QueueMessage, which a"
                + " storage trigger never delivers (it delivers StorageObjectEvent, or its fields bound to a type of"
                + " yours).",
        "uppercase|schedule.cron|0 2 * * *|polyfn.functions.uppercase.schedule: the bean takes String, but a schedule"
                + " trigger delivers no message to read (it delivers ScheduleTick, or its fields bound to a type of"
                + " yours).",
        "status|queue.name|payments|polyfn.functions.status.queue: the bean is a Supplier (it takes no input), so each"
                + " queue event would be dropped unread." })
    void aBeanWhoseInputCannotTakeTheTriggersEventIsNamed(String bean, String key, String value, String problem) {
        assertThat(check("polyfn.functions." + bean + "." + key, value)).containsExactly(problem);
    }

    @Test
    void unknownKeysAndMissingSettingsAreNamed() {
        assertThat(check("polyfn.functions.processPayment.sqs.name", "payments",
                "polyfn.functions.processPayment.queue.dead-letter", "payments-dlq",
                "polyfn.functions.uppercase.http.route", "/u",
                "polyfn.aws.memroy", "1024")).containsExactlyInAnyOrder(
                "polyfn.functions.processPayment.sqs.name names no trigger; the triggers are [http, queue, topic,"
                        + " storage, schedule, kinesis, dynamodb, kafka, eventhub, cosmosdb, firestore] (and the"
                        + " settings clouds, aws.*, gcp.*).",
                "polyfn.functions.uppercase.http.route is not a setting; a http trigger has [path, methods].",
                "polyfn.aws.memroy is not a setting; polyfn.aws.* has [runtime, architecture, memory, timeout,"
                        + " snap-start, tracing].",
                "polyfn.functions.processPayment.queue.name is missing: a queue trigger needs"
                        + " polyfn.functions.processPayment.queue.name.",
                "polyfn.functions.uppercase declares no trigger: add one, e.g."
                        + " polyfn.functions.uppercase.http.path=/uppercase.");
    }

    @Test
    void malformedValuesAreNamed() {
        assertThat(check("polyfn.functions.uppercase.http.methods", "POST,FETCH",
                "polyfn.functions.nightlyReport.schedule.cron", "0 0 2 * * ?",
                "polyfn.functions.processPayment.kinesis.stream", "s",
                "polyfn.functions.processPayment.kinesis.starting-position", "EARLIEST",
                "polyfn.functions.processPayment.clouds", "aws",
                "polyfn.azure.auth-level", "public")).containsExactlyInAnyOrder(
                "polyfn.functions.uppercase.http.methods: 'FETCH' is not one of [GET, HEAD, POST, PUT, PATCH, DELETE,"
                        + " OPTIONS].",
                "polyfn.functions.nightlyReport.schedule.cron='0 0 2 * * ?' is not a five-field cron expression"
                        + " (minute hour day-of-month month day-of-week), e.g. 0 2 * * *.",
                "polyfn.functions.processPayment.kinesis.starting-position='EARLIEST' is not one of [LATEST,"
                        + " TRIM_HORIZON].",
                "polyfn.azure.auth-level='public' is not one of [function, anonymous, admin].");
    }

    @Test
    void nothingExposedIsAProblem() {
        assertThat(check()).singleElement().asString().startsWith("No function is exposed: declare its triggers");
    }

    @Test
    void aRuntimeThatCannotStartIsOneProblem() {
        assertThat(DeclarationCheck.run(Map.of("polyfn.configuration", "com.example.Missing"))).singleElement()
            .asString().startsWith("The functions could not be started: polyfn.configuration names class"
                    + " 'com.example.Missing'");
    }

    private static List<String> check(String... keysAndValues) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("polyfn.configuration", DeclaredFunctions.class.getName());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return DeclarationCheck.run(overrides);
    }
}
