package dev.polyfn.core.declaration;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Every declaration of an application: which bean is exposed on which trigger ({@code polyfn.functions.*}) and the
 * per-cloud settings ({@code polyfn.aws.*}, {@code polyfn.gcp.*}, {@code polyfn.azure.*}). Read with {@link #from}
 * from a Spring environment; in a Spring Boot application the same record binds as
 * {@code @ConfigurationProperties("polyfn")}, which is also what gives IDEs the configuration metadata.
 *
 * @param functions each exposed bean, by name (sorted)
 * @param aws       AWS Lambda settings of every function
 * @param gcp       Google Cloud Functions settings of every function
 * @param azure     Azure Functions settings of the function app
 */
@ConfigurationProperties("polyfn")
public record PolyfnDeclarations(Map<String, FunctionDeclaration> functions,
        @NestedConfigurationProperty AwsSettings aws, @NestedConfigurationProperty GcpSettings gcp,
        @NestedConfigurationProperty AzureSettings azure) {

    static final String FUNCTIONS_PREFIX = "polyfn.functions.";

    public PolyfnDeclarations {
        functions = functions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(functions));
    }

    /** The AWS settings with Polyfn's defaults for what is not set. */
    public AwsSettings awsOrDefaults() {
        return aws == null ? AwsSettings.DEFAULTS : aws.over(AwsSettings.DEFAULTS);
    }

    public GcpSettings gcpOrDefaults() {
        return gcp == null ? GcpSettings.DEFAULTS : gcp.over(GcpSettings.DEFAULTS);
    }

    public AzureSettings azureOrDefaults() {
        return azure == null ? AzureSettings.DEFAULTS : azure.over(AzureSettings.DEFAULTS);
    }

    /** The AWS settings of {@code bean}: its own, over {@code polyfn.aws.*}, over the defaults. */
    public AwsSettings aws(String bean) {
        FunctionDeclaration function = functions.get(bean);
        AwsSettings own = function == null ? null : function.aws();
        return own == null ? awsOrDefaults() : own.over(awsOrDefaults());
    }

    public GcpSettings gcp(String bean) {
        FunctionDeclaration function = functions.get(bean);
        GcpSettings own = function == null ? null : function.gcp();
        return own == null ? gcpOrDefaults() : own.over(gcpOrDefaults());
    }

    /**
     * Every declaration in {@code environment}. Bean names are found in the property sources that list their keys
     * (properties files, system properties, maps); values resolve through the whole environment.
     */
    public static PolyfnDeclarations from(ConfigurableEnvironment environment) {
        Map<String, FunctionDeclaration> functions = new TreeMap<>();
        for (String bean : declaredBeans(environment)) {
            FunctionDeclaration declaration = FunctionDeclaration.of(bean, environment);
            if (declaration != null) {
                functions.put(bean, declaration);
            }
        }
        return new PolyfnDeclarations(functions, AwsSettings.read(new DeclarationReader(environment, "polyfn.aws.")),
                GcpSettings.read(new DeclarationReader(environment, "polyfn.gcp.")),
                AzureSettings.read(new DeclarationReader(environment, "polyfn.azure.")));
    }

    /** The names of the beans with a key under {@code polyfn.functions.}, sorted. */
    static Set<String> declaredBeans(ConfigurableEnvironment environment) {
        Set<String> beans = new TreeSet<>();
        for (String key : declaredKeys(environment, FUNCTIONS_PREFIX)) {
            String rest = key.substring(FUNCTIONS_PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot > 0) {
                beans.add(rest.substring(0, dot));
            }
        }
        return beans;
    }

    /** Every key starting with {@code prefix} in the enumerable property sources, sorted. */
    static Set<String> declaredKeys(ConfigurableEnvironment environment, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String key : enumerable.getPropertyNames()) {
                    if (key.startsWith(prefix)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }
}
