package io.github.mtlint.rule;

import java.util.List;
import java.util.Map;

/**
 * Word lists that several Java rules read ({@code rules/shared.yml}), kept in one place instead of a copy in each rule's
 * file. A rule reads one with {@code spec.shared(SharedData.class).list("abbreviations")}.
 */
public final class SharedData {

    private final String file;
    private final Map<String, List<String>> lists;

    /**
     * @param file  the file the lists come from, for messages
     * @param lists the word lists by name
     */
    public SharedData(String file, Map<String, List<String>> lists) {
        this.file = file;
        this.lists = Map.copyOf(lists);
    }

    public static SharedData empty() {
        return new SharedData("no shared data", Map.of());
    }

    /** The list of that name; a rule that asks for one the file lacks fails at load time. */
    public List<String> list(String name) {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new RuleSpecException(file + ": no shared list '" + name + "' (it has "
                    + String.join(", ", lists.keySet().stream().sorted().toList()) + ")");
        }
        return words;
    }

    /**
     * The ways of writing each month, January first, the full name first: twelve entries of {@code months}, each
     * the month's spellings separated by spaces ({@code "September Sept. Sept Sep. Sep"}).
     */
    public List<List<String>> months() {
        List<String> entries = list("months");
        if (entries.size() != 12 || entries.stream().anyMatch(String::isBlank)) {
            throw new RuleSpecException(file + ": months must list the twelve months, January first, each with its ways of "
                    + "writing separated by spaces");
        }
        return entries.stream().map(entry -> List.of(entry.trim().split("\\s+"))).toList();
    }
}
