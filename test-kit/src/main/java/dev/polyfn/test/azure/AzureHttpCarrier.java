package dev.polyfn.test.azure;

import dev.polyfn.azure.http.PolyfnAzureHttp;
import dev.polyfn.test.Answer;
import dev.polyfn.test.Carrier;
import dev.polyfn.test.Deployments;
import dev.polyfn.test.HttpCall;

/** An HTTP call through {@link PolyfnAzureHttp#handle}, with the request as the worker binds it. */
public final class AzureHttpCarrier implements Carrier {

    @Override
    public Answer send(String function, Object call, Deployments deployments) {
        WorkerHttpResponse response = (WorkerHttpResponse) PolyfnAzureHttp.handle(deployments.azure(function),
                new WorkerHttpRequest((HttpCall) call), new KitExecutionContext(function));
        return response.answer();
    }
}
