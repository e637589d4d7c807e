package io.github.mtlint.numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word lists whose entries carry a value ("thirty 30", "万 10000"), as the rule files give them. */
public final class ValuedWords {

    private ValuedWords() {
    }

    /**
     * Parses "WORD VALUE" entries; the word may contain spaces ("per cent 1"), the value is the last field.
     *
     * @throws IllegalArgumentException naming the entry when one has no number at its end
     */
    public static Map<String, Double> parse(String listName, List<String> entries) {
        Map<String, Double> words = new LinkedHashMap<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            int space = trimmed.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException(listName + ": '" + entry + "' needs a word and a value");
            }
            try {
                words.put(trimmed.substring(0, space).strip(), Double.parseDouble(trimmed.substring(space + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(listName + ": '" + entry + "' does not end in a number");
            }
        }
        return words;
    }
}
