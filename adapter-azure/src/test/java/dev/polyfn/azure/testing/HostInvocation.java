package dev.polyfn.azure.testing;

import java.util.List;
import java.util.Map;

import com.microsoft.azure.functions.rpc.messages.ParameterBinding;
import com.microsoft.azure.functions.rpc.messages.TypedData;

/**
 * What the host puts into an {@code InvocationRequest} for one trigger firing: the input bindings (the trigger value
 * under the trigger binding's name) and the trigger metadata (the binding data, bound by {@code @BindingName}).
 * Built by {@link HostHttpRequest} and {@link HostTriggers} for the capabilities the worker announced.
 */
public record HostInvocation(List<ParameterBinding> inputData, Map<String, TypedData> triggerMetadata) {

    /** Builds the invocation of a trigger whose binding is named {@code bindingName}, for a worker's capabilities. */
    @FunctionalInterface
    public interface Trigger {
        HostInvocation toInvocation(String bindingName, Map<String, String> capabilities);
    }

    /**
     * One trigger value plus its binding data, each converted with {@link HostTypedData#toRpc}; entries whose value is
     * null are left out (azure-functions-host {@code ScriptInvocationContextExtensions.ShouldSkipBindingData}).
     */
    static HostInvocation of(String bindingName, Object value, Map<String, Object> bindingData,
            Map<String, String> capabilities) {
        Map<String, TypedData> metadata = new java.util.LinkedHashMap<>();
        bindingData.forEach((key, v) -> {
            if (v != null && !key.equalsIgnoreCase("sys")) {
                metadata.put(key, HostTypedData.toRpc(v, capabilities));
            }
        });
        ParameterBinding input = ParameterBinding.newBuilder().setName(bindingName)
            .setData(HostTypedData.toRpc(value, capabilities)).build();
        return new HostInvocation(List.of(input), metadata);
    }
}
