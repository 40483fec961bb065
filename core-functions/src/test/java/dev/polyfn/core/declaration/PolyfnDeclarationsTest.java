package dev.polyfn.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** Declarations read from a properties file by Polyfn's reader, and bound by Spring Boot's binder to the same records. */
class PolyfnDeclarationsTest {

    private final StandardEnvironment environment = environment("declarations/every-trigger.properties");

    @Test
    void readsEveryTriggerAndSetting() {
        PolyfnDeclarations declarations = PolyfnDeclarations.from(environment);

        assertThat(declarations.functions()).containsOnlyKeys("createOrder", "processPayment", "indexUpload",
                "nightlyReport");
        FunctionDeclaration createOrder = declarations.functions().get("createOrder");
        assertThat(createOrder.http().pathOr("createOrder")).isEqualTo("/orders");
        assertThat(createOrder.http().methodsOrDefault()).containsExactly("POST", "PUT");
        FunctionDeclaration payments = declarations.functions().get("processPayment");
        assertThat(payments.triggers()).extracting(TriggerDeclaration::kind).containsExactly(TriggerKind.QUEUE,
                TriggerKind.TOPIC, TriggerKind.KINESIS, TriggerKind.DYNAMODB, TriggerKind.KAFKA, TriggerKind.EVENTHUB,
                TriggerKind.COSMOSDB, TriggerKind.FIRESTORE);
        assertThat(payments.queue()).isEqualTo(new QueueDeclaration("payments", "payments-dead-letter", 3, 5));
        assertThat(payments.kinesis()).isEqualTo(new KinesisDeclaration("payment-stream", 50, "TRIM_HORIZON", null));
        assertThat(payments.firestore()).isEqualTo(new FirestoreDeclaration("payments/{paymentId}", null, "created", null));
        assertThat(declarations.functions().get("nightlyReport").schedule().fields())
            .containsExactly("0", "2", "*", "*", "*");
    }

    @Test
    void perFunctionSettingsWinOverCloudSettingsWhichWinOverDefaults() {
        PolyfnDeclarations declarations = PolyfnDeclarations.from(environment);

        assertThat(declarations.aws("createOrder")).isEqualTo(new AwsSettings("java21", "x86_64", 1024,
                Duration.ofSeconds(20), false, true));
        assertThat(declarations.aws("nightlyReport").memory()).isEqualTo(768);
        assertThat(declarations.gcp("createOrder").timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(declarations.gcp("createOrder").region()).isEqualTo("europe-west1");
        assertThat(declarations.gcp("indexUpload").memory()).isEqualTo("512Mi");
        assertThat(declarations.azureOrDefaults()).isEqualTo(new AzureSettings("anonymous", "AzureWebJobsStorage",
                List.of("blob", "eventgrid")));
    }

    @Test
    void cloudsLimitWhereAFunctionIsDeployed() {
        FunctionDeclaration indexUpload = PolyfnDeclarations.from(environment).functions().get("indexUpload");

        assertThat(indexUpload.cloudsOrAll()).containsExactly(Cloud.AWS, Cloud.GCP);
        assertThat(indexUpload.triggersOn(Cloud.AZURE)).isEmpty();
        assertThat(indexUpload.triggersOn(Cloud.GCP)).containsExactly(new StorageDeclaration("uploads"));
    }

    @Test
    void streamsAreGeneratedOnlyForTheCloudThatOffersThem() {
        FunctionDeclaration payments = PolyfnDeclarations.from(environment).functions().get("processPayment");

        assertThat(payments.triggersOn(Cloud.AWS)).extracting(TriggerDeclaration::kind).containsExactly(
                TriggerKind.QUEUE, TriggerKind.TOPIC, TriggerKind.KINESIS, TriggerKind.DYNAMODB, TriggerKind.KAFKA);
        assertThat(payments.triggersOn(Cloud.GCP)).extracting(TriggerDeclaration::kind).containsExactly(
                TriggerKind.QUEUE, TriggerKind.TOPIC, TriggerKind.FIRESTORE);
    }

    @Test
    void springBootBindsTheSameRecords() {
        PolyfnDeclarations bound = Binder.get(environment).bind("polyfn", PolyfnDeclarations.class).get();

        assertThat(bound).isEqualTo(PolyfnDeclarations.from(environment));
    }

    @Test
    void oneFunctionIsReadWithoutListingTheEnvironment() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new org.springframework.core.env.PropertySource<Object>("opaque") {
            @Override
            public Object getProperty(String name) {
                return name.equals("polyfn.functions.createOrder.http.methods") ? "GET" : null;
            }
        });

        assertThat(FunctionDeclaration.of("createOrder", env).http()).isEqualTo(new HttpDeclaration(null, List.of("GET")));
        assertThat(FunctionDeclaration.of("uppercase", env)).isNull();
    }

    @Test
    void aMalformedValueNamesItsProperty() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("polyfn.functions.f.queue.name", "q", "polyfn.functions.f.queue.max-attempts", "many")));

        assertThatThrownBy(() -> PolyfnDeclarations.from(env)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("polyfn.functions.f.queue.max-attempts='many' is not a whole number.");
    }

    static StandardEnvironment environment(String resource) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource(resource)));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return environment;
    }
}
