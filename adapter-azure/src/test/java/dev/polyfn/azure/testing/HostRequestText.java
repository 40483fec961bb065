package dev.polyfn.azure.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How ASP.NET Core and the Functions host read a request's text: the body as a .NET StreamReader decodes it, the
 * query string as ASP.NET Core parses it, repeated headers as StringValues joins them (azure-webjobs-sdk-extensions
 * {@code HttpRequestExtensions.ReadAsStringAsync}, ASP.NET Core {@code QueryHelpers}).
 */
final class HostRequestText {

    private HostRequestText() {
    }

    /** StreamReader(UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd(): BOMs honoured and dropped. */
    static String readAsString(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        }
        else if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        }
        else if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        }
        else if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Header values of one name joined with commas (StringValues.ToString()), the first spelling kept. */
    static Map<String, String> joined(List<String[]> headers) {
        Map<String, String> joined = new LinkedHashMap<>();
        for (String[] header : headers) {
            String existing = joined.keySet().stream().filter(k -> k.equalsIgnoreCase(header[0])).findFirst().orElse(null);
            if (existing == null) {
                joined.put(header[0], header[1]);
            }
            else {
                joined.put(existing, joined.get(existing) + "," + header[1]);
            }
        }
        return joined;
    }

    /** ASP.NET Core's query parsing: {@code &}-separated, {@code +} as space, invalid escapes kept as written. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String q = rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String unescape(String text) {
        String spaced = text.replace('+', ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < spaced.length()) {
            if (spaced.charAt(i) == '%' && hex(spaced, i + 1) >= 0) {
                out.write(hex(spaced, i + 1));
                i += 3;
            }
            else {
                int codePoint = spaced.codePointAt(i);
                out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String text, int at) {
        if (at + 1 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }
}
