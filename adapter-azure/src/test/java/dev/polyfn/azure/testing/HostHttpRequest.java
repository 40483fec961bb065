package dev.polyfn.azure.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.azure.functions.rpc.messages.NullableTypes.NullableString;
import com.microsoft.azure.functions.rpc.messages.ClaimsIdentityRpc.RpcClaim;
import com.microsoft.azure.functions.rpc.messages.ClaimsIdentityRpc.RpcClaimsIdentity;
import com.microsoft.azure.functions.rpc.messages.RpcHttp;
import com.microsoft.azure.functions.rpc.messages.TypedData;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP request as it reaches the Functions host, turned into the {@code RpcHttp} the host sends the Java worker.
 *
 * <p>Example: {@code HostHttpRequest.post("/api/uppercase?x=%zz").body("hello", "text/plain")}.
 *
 * <p>Followed: azure-functions-host {@code src/WebJobs.Script.Grpc/MessageExtensions/GrpcMessageConversionExtensions.cs}
 * ({@code ToRpcHttp}: url = scheme://host + path + the raw query string; query and headers single-valued, several
 * values joined with commas, header names lower-cased, empty query values dropped; route values as params; the
 * caller's claims identities; the body only when {@code Content-Length > 0}, so a chunked request arrives without
 * one (azure-functions-host #7930); with the worker's RpcHttpBodyOnly capability the body is bytes for
 * application/octet-stream and multipart/*, and for every other content type a string read as UTF-8 with byte
 * order mark detection, invalid bytes replaced by U+FFFD) and azure-webjobs-sdk-extensions
 * {@code src/WebJobs.Extensions.Http/HttpTriggerAttributeBindingProvider.cs} ({@code GetRequestBindingData}: body
 * properties, query values except {@code code}, {@code Query} and {@code Headers} as binding data) and
 * {@code Extensions/HttpRequestExtensions.cs} ({@code ReadAsStringAsync}).
 */
public final class HostHttpRequest implements HostInvocation.Trigger {

    /** The claims of a caller authenticated with the function key (AuthorizationLevel.FUNCTION). */
    private static final String AUTH_LEVEL_CLAIM = "http://schemas.microsoft.com/2017/07/functions/claims/authlevel";
    private static final String KEY_ID_CLAIM = "http://schemas.microsoft.com/2017/07/functions/claims/keyid";

    private final String method;
    private final String path;
    private final String rawQuery;
    private final List<String[]> headers = new ArrayList<>();
    private final Map<String, String> routeParams = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private boolean chunked;

    private HostHttpRequest(String method, String target) {
        this.method = method;
        int question = target.indexOf('?');
        this.path = question < 0 ? target : target.substring(0, question);
        this.rawQuery = question < 0 ? "" : target.substring(question);
        header("Host", "localhost:7071");
    }

    /** {@code POST path?query}; the query is kept exactly as written, like a client sent it. */
    public static HostHttpRequest post(String target) {
        return new HostHttpRequest("POST", target);
    }

    public static HostHttpRequest request(String method, String target) {
        return new HostHttpRequest(method, target);
    }

    /** Adds a header as the client spelled it (several values of one name: call again). */
    public HostHttpRequest header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    public HostHttpRequest body(String text, String contentType) {
        return body(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public HostHttpRequest body(byte[] bytes, String contentType) {
        this.body = bytes;
        return contentType == null ? this : header("Content-Type", contentType);
    }

    public HostHttpRequest json(String json) {
        return body(json, "application/json");
    }

    /** Sends the body with {@code Transfer-Encoding: chunked} and no Content-Length. */
    public HostHttpRequest chunked() {
        this.chunked = true;
        return this;
    }

    public HostHttpRequest routeParam(String name, String value) {
        routeParams.put(name, value);
        return this;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    @Override
    public HostInvocation toInvocation(String bindingName, Map<String, String> capabilities) {
        if (!capabilities.containsKey("RpcHttpBodyOnly")) {
            throw new IllegalStateException("This emulator shapes HTTP bodies for workers with RpcHttpBodyOnly only");
        }
        List<String[]> all = new ArrayList<>(headers);
        all.add(chunked ? new String[] {"Transfer-Encoding", "chunked"}
                : new String[] {"Content-Length", Integer.toString(body.length)});
        RpcHttp.Builder http = RpcHttp.newBuilder().setMethod(method).setUrl("http://localhost:7071" + path + rawQuery);
        Map<String, List<String>> query = HostRequestText.query(rawQuery);
        query.forEach((name, values) -> {
            String value = String.join(",", values);
            if (!value.isEmpty()) {
                http.putQuery(name, value);
            }
        });
        HostRequestText.joined(all).forEach((name, value) -> http.putHeaders(name.toLowerCase(Locale.ROOT), value));
        http.putAllParams(routeParams);
        http.addIdentities(RpcClaimsIdentity.newBuilder()
            .setAuthenticationType(NullableString.newBuilder().setValue("WebJobsAuthLevel"))
            .setNameClaimType(NullableString.newBuilder().setValue("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"))
            .setRoleClaimType(NullableString.newBuilder().setValue("http://schemas.microsoft.com/ws/2008/06/identity/claims/role"))
            .addClaims(RpcClaim.newBuilder().setType(AUTH_LEVEL_CLAIM).setValue("Function"))
            .addClaims(RpcClaim.newBuilder().setType(KEY_ID_CLAIM).setValue("default")));
        String text = null;
        if (!chunked && body.length > 0) {
            if (isOctetOrMultipart()) {
                http.setBody(HostTypedData.toRpc(body, capabilities));
            }
            else {
                text = HostRequestText.readAsString(body);
                http.setBody(HostTypedData.toRpc(text, capabilities));
            }
        }
        Map<String, Object> bindingData = new LinkedHashMap<>();
        if (!chunked && body.length > 0) {
            HostTypedData.applyBindingData(text != null ? text : new String(body, StandardCharsets.UTF_8), bindingData);
        }
        Map<String, String> lastValues = new LinkedHashMap<>();
        query.forEach((name, values) -> lastValues.put(name, values.get(values.size() - 1)));
        lastValues.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("code")) {
                HostTypedData.put(bindingData, name, value);
            }
        });
        routeParams.forEach((name, value) -> HostTypedData.put(bindingData, name, value));
        HostTypedData.put(bindingData, "Query", new HostTypedData.HostJson(JsonMapper.shared().writeValueAsString(lastValues)));
        HostTypedData.put(bindingData, "Headers", new HostTypedData.HostJson(JsonMapper.shared().writeValueAsString(HostRequestText.joined(all))));
        if (!capabilities.containsKey("RpcHttpTriggerMetadataRemoved")) {
            bindingData.put("req", null);
        }
        HostInvocation invocation = HostInvocation.of(bindingName, null, bindingData, capabilities);
        TypedData request = TypedData.newBuilder().setHttp(http).build();
        return new HostInvocation(List.of(invocation.inputData().get(0).toBuilder().setData(request).build()),
                invocation.triggerMetadata());
    }

    private boolean isOctetOrMultipart() {
        String type = HostRequestText.joined(headers).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
            .map(Map.Entry::getValue).findFirst().orElse("");
        String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/octet-stream") || mediaType.contains("multipart/");
    }
}
