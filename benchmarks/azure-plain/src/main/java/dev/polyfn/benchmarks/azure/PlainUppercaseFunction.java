package dev.polyfn.benchmarks.azure;

import java.util.Locale;
import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;

/** The baseline: what a hand-written Azure Java function upper-casing a text body looks like, without Polyfn. */
public class PlainUppercaseFunction {

    @FunctionName("uppercase")
    public HttpResponseMessage uppercase(@HttpTrigger(name = "request", methods = HttpMethod.POST,
            authLevel = AuthorizationLevel.FUNCTION, route = "uppercase") HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return request.createResponseBuilder(HttpStatus.OK)
            .header("Content-Type", "text/plain;charset=UTF-8")
            .body(request.getBody().orElse("").toUpperCase(Locale.ROOT))
            .build();
    }
}
