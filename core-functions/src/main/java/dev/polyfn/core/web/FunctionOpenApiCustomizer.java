package dev.polyfn.core.web;

import java.lang.reflect.Type;
import java.util.Map;

import dev.polyfn.core.PolyfnFunctions;
import dev.polyfn.core.PolyfnInvoker;
import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.Problem;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents {@code /{name}} for each function, one operation per method it accepts ({@code POST} unless it
 * declares {@code http.methods}), with its input and output schemas and the problem answers.
 */
public class FunctionOpenApiCustomizer implements OpenApiCustomizer {

    private final PolyfnFunctions functions;

    public FunctionOpenApiCustomizer(PolyfnFunctions functions) {
        this.functions = functions;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Schema<?> problem = schema(Problem.class, openApi);
        for (String name : functions.names()) {
            PolyfnInvoker invoker = functions.invoker(name);
            PathItem path = new PathItem();
            for (String method : invoker.httpMethods()) {
                Operation operation = operation(name, method, invoker, problem, openApi)
                    .operationId(method.equals("POST") ? name : name + "_" + method.toLowerCase(java.util.Locale.ROOT));
                path.operation(PathItem.HttpMethod.valueOf(method), operation);
            }
            openApi.getPaths().addPathItem("/" + name, path);
        }
    }

    private static Operation operation(String name, String method, PolyfnInvoker invoker, Schema<?> problem,
            OpenAPI openApi) {
        Operation operation = new Operation().summary("Invoke function " + name).addTagsItem("functions");
        if (invoker.inputType() != null && !method.equals("GET") && !method.equals("HEAD")) {
            operation.requestBody(new RequestBody().required(true).content(content(invoker.inputType(), openApi)));
        }
        ApiResponses responses = new ApiResponses();
        if (invoker.isConsumer()) {
            responses.addApiResponse("202", new ApiResponse().description("Accepted; no body"));
        }
        else {
            responses.addApiResponse("200", new ApiResponse().description("The function's result")
                .content(content(invoker.outputType(), openApi)));
        }
        Map.of("400", "Malformed or invalid input", "405", "Method not accepted (see the Allow header)",
                "413", "Body larger than the limit", "415", "Unsupported content type",
                "431", "Too many or too large headers", "500", "Unexpected failure")
            .forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PortableResponse.PROBLEM_JSON, new MediaType().schema(problem)))));
        return operation.responses(responses);
    }

    private static Content content(Type type, OpenAPI openApi) {
        if (type == String.class) {
            return new Content().addMediaType("text/plain", new MediaType().schema(new StringSchema()));
        }
        if (type == byte[].class) {
            return new Content().addMediaType(PortableResponse.OCTET_STREAM, new MediaType().schema(new BinarySchema()));
        }
        return new Content().addMediaType(PortableResponse.JSON, new MediaType().schema(schema(type, openApi)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> schema(Type type, OpenAPI openApi) {
        ResolvedSchema resolved = ModelConverters.getInstance()
            .readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved == null || resolved.schema == null) {
            return new Schema<>().type("object");
        }
        Map<String, Schema> referenced = resolved.referencedSchemas;
        if (referenced != null) {
            referenced.forEach(openApi.getComponents()::addSchemas);
        }
        return resolved.schema;
    }
}
