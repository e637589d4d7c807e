package io.github.mtlint.rule;

/** Matching rule ids against patterns that may end in a wildcard: "entity.*", "lt.*", "*". */
public final class RuleIds {

    private RuleIds() {
    }

    public static boolean matches(String pattern, String ruleId) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("*")) {
            return ruleId.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(ruleId);
    }

    /** How narrowly a pattern names rules: an exact id beats any glob, a longer glob a shorter one. */
    public static int specificity(String pattern) {
        return pattern.endsWith("*") ? pattern.length() : Integer.MAX_VALUE;
    }
}
