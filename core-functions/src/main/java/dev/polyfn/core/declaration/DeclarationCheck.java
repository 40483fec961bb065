package dev.polyfn.core.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PolyfnRuntime;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Holds an application's declarations against its beans, as a build does before packaging: every problem found,
 * each a sentence naming the property, e.g. {@code polyfn.functions.chargeCard names no function bean; the beans
 * are [createOrder, processPayment].} An empty list means every target can be generated.
 */
public final class DeclarationCheck {

    private static final List<String> HTTP_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");
    private static final List<String> CHANGES = List.of("INSERT", "MODIFY", "REMOVE");
    private static final List<String> POSITIONS = List.of("LATEST", "TRIM_HORIZON");
    private static final List<String> FIRESTORE_EVENTS = List.of("written", "created", "updated", "deleted");
    private static final List<String> STORAGE_TRIGGERS = List.of("blob", "eventgrid");
    private static final List<String> AUTH_LEVELS = List.of("function", "anonymous", "admin");

    private DeclarationCheck() {
    }

    /**
     * Starts the application's lean runtime from the class path (its {@code application.properties}, as a cloud
     * would) and checks it. A runtime that cannot start is one problem: its message.
     */
    public static List<String> run(Map<String, Object> overrides) {
        try (PolyfnRuntime runtime = PolyfnRuntime.startForEntryPoints(overrides)) {
            return problems(runtime.environment(), runtime.functions());
        }
        catch (RuntimeException e) {
            return List.of("The functions could not be started: " + e.getMessage());
        }
    }

    public static List<String> problems(ConfigurableEnvironment environment, PolyfnFunctions functions) {
        List<String> problems = new ArrayList<>(ConfigurationKeys.unknown(environment));
        PolyfnDeclarations declarations;
        try {
            declarations = PolyfnDeclarations.from(environment);
        }
        catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return problems;
        }
        for (String bean : PolyfnDeclarations.declaredBeans(environment)) {
            String prefix = PolyfnDeclarations.FUNCTIONS_PREFIX + bean;
            FunctionDeclaration function = declarations.functions().get(bean);
            if (!functions.names().contains(bean)) {
                problems.add(prefix + " names no function bean; the beans are " + functions.names() + ".");
            }
            else if (function == null) {
                problems.add(prefix + " declares no trigger: add one, e.g. " + prefix + ".http.path=/" + bean + ".");
            }
            else {
                check(prefix, function, functions.invoker(bean).inputType(), problems);
            }
        }
        if (declarations.functions().isEmpty() && problems.isEmpty()) {
            problems.add("No function is exposed: declare its triggers in application.properties, e.g. "
                    + "polyfn.functions.<bean>.http.path=/<bean> (the beans are " + functions.names() + ").");
        }
        checkAzure(declarations.azureOrDefaults(), problems);
        return problems;
    }

    private static void check(String prefix, FunctionDeclaration function, java.lang.reflect.Type input,
            List<String> problems) {
        Set<Cloud> clouds = function.cloudsOrAll();
        for (TriggerDeclaration trigger : function.triggers()) {
            TriggerKind kind = trigger.kind();
            String at = prefix + "." + kind.key();
            ConfigurationKeys.missing(at, kind, trigger).forEach(problems::add);
            if (kind.clouds().stream().noneMatch(clouds::contains)) {
                problems.add(at + ": " + keys(clouds) + " offer no " + kind.key() + " trigger; only "
                        + keys(kind.clouds()) + " does. Set " + prefix + ".clouds to include it, or remove the trigger.");
            }
            String misfit = InputTypeCheck.problem(kind, input);
            if (misfit != null) {
                problems.add(at + ": the bean " + misfit + ".");
            }
            checkValues(at, trigger, problems);
        }
        for (Cloud cloud : clouds) {
            if (function.triggersOn(cloud).isEmpty()) {
                problems.add(prefix + ": " + cloud.title() + " offers none of its triggers " + kinds(function)
                        + "; add a portable one (http, queue, topic, storage, schedule) or set " + prefix
                        + ".clouds to the clouds that offer them.");
            }
        }
    }

    private static void checkValues(String at, TriggerDeclaration trigger, List<String> problems) {
        if (trigger instanceof HttpDeclaration http) {
            http.methodsOrDefault().stream().filter(m -> !HTTP_METHODS.contains(m))
                .forEach(m -> problems.add(at + ".methods: '" + m + "' is not one of " + HTTP_METHODS + "."));
        }
        else if (trigger instanceof ScheduleDeclaration schedule && schedule.cron() != null
                && schedule.fields().isEmpty()) {
            problems.add(at + ".cron='" + schedule.cron() + "' is not a five-field cron expression"
                    + " (minute hour day-of-month month day-of-week), e.g. 0 2 * * *.");
        }
        else if (trigger instanceof KinesisDeclaration kinesis) {
            position(at, kinesis.startingPosition(), problems);
        }
        else if (trigger instanceof DynamoDbDeclaration dynamodb) {
            position(at, dynamodb.startingPosition(), problems);
            if (dynamodb.events() != null && !CHANGES.containsAll(dynamodb.events())) {
                problems.add(at + ".events=" + dynamodb.events() + " is not a list of " + CHANGES + ".");
            }
        }
        else if (trigger instanceof KafkaDeclaration kafka) {
            position(at, kafka.startingPosition(), problems);
        }
        else if (trigger instanceof FirestoreDeclaration firestore && firestore.event() != null
                && !FIRESTORE_EVENTS.contains(firestore.event())) {
            problems.add(at + ".event='" + firestore.event() + "' is not one of " + FIRESTORE_EVENTS + ".");
        }
    }

    private static void position(String at, String position, List<String> problems) {
        if (position != null && !POSITIONS.contains(position)) {
            problems.add(at + ".starting-position='" + position + "' is not one of " + POSITIONS + ".");
        }
    }

    private static void checkAzure(AzureSettings azure, List<String> problems) {
        if (!AUTH_LEVELS.contains(azure.authLevel())) {
            problems.add("polyfn.azure.auth-level='" + azure.authLevel() + "' is not one of " + AUTH_LEVELS + ".");
        }
        if (azure.storageTriggers().isEmpty() || !STORAGE_TRIGGERS.containsAll(azure.storageTriggers())) {
            problems.add("polyfn.azure.storage-triggers=" + azure.storageTriggers() + " is not blob, eventgrid or"
                    + " both.");
        }
    }

    private static List<String> kinds(FunctionDeclaration function) {
        return function.triggers().stream().map(t -> t.kind().key()).toList();
    }

    private static List<String> keys(Set<Cloud> clouds) {
        return clouds.stream().map(Cloud::key).toList();
    }
}
