package dev.polyfn.benchmarks.harness;

/** Decodes one JSON string literal. {@code "\"a\\\"b\""} -> {@code a"b}; {@code null} -> Java null. */
final class JsonStrings {

    private JsonStrings() {
    }

    static String decode(String literal) {
        if (literal.equals("null")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
