package io.github.mtlint.server;

import org.eclipse.jetty.util.UrlEncoded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of an {@code application/x-www-form-urlencoded} body and the query string, in order, repeats kept. */
final class Form {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private Form() {
    }

    static Form parse(String query, String body) throws HttpError {
        Form form = new Form();
        form.decode(query, "query string");
        form.decode(body, "form data");
        return form;
    }

    private void decode(String encoded, String what) throws HttpError {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        try {
            UrlEncoded.decodeTo(encoded, (name, value) -> fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // Jetty's message may open with an exception's identity ("CharacterCodingException@7d9beeae: Invalid UTF-8")
            String reason = String.valueOf(e.getMessage()).replaceFirst("^[\\w.$]+@[0-9a-f]+:\\s*", "");
            throw HttpError.badRequest("malformed " + what + ": " + reason);
        }
    }

    /** The names of the fields given, in order. */
    java.util.Set<String> names() {
        return fields.keySet();
    }

    Optional<String> first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** A comma-separated list field (LanguageTool's enabledRules), repeats joined; blanks dropped. */
    List<String> list(String name) {
        List<String> items = new ArrayList<>();
        for (String value : all(name)) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    boolean flag(String name) {
        return first(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")).orElse(false);
    }
}
