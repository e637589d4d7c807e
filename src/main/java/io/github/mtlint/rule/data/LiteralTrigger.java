package io.github.mtlint.rule.data;

import io.github.mtlint.rule.CaseFold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that every match of a regular expression must contain (case-folded, see {@link CaseFold}), so that a rule with many entries can
 * skip, with a {@code contains} or two, the entries whose text is nowhere in a sentence. A regex with alternatives
 * gets one piece per alternative (any of them must occur). Returns an empty list when it cannot tell (global
 * inline flags, an alternative without plain text): such entries always run. Conservative by construction:
 * optional parts, lookarounds and character classes contribute nothing.
 */
final class LiteralTrigger {

    private static final int MIN_LETTERS = 3;
    private static final Pattern GLOBAL_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");

    private LiteralTrigger() {
    }

    /** Whether any of the pieces occurs in the case-folded text. */
    static boolean occursIn(String foldedText, List<String> pieces) {
        for (String piece : pieces) {
            if (foldedText.contains(piece)) {
                return true;
            }
        }
        return false;
    }

    /** Pieces of text of which a match contains at least one; empty if unknown. */
    static List<String> of(String regex) {
        if (GLOBAL_FLAGS.matcher(regex).find()) {
            return List.of();
        }
        List<String> pieces = alternatives(regex, 0, regex.length());
        return pieces == null ? List.of() : pieces;
    }

    /** For each top-level alternative in regex[from, to), its best piece; null if one has none. */
    private static List<String> alternatives(String regex, int from, int to) {
        List<String> pieces = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || regex.charAt(i) == '|' && isTopLevel(regex, from, i)) {
                String best = sequence(regex, start, i);
                if (best.isEmpty()) {
                    return null;
                }
                pieces.add(best);
                start = i + 1;
            }
        }
        return pieces;
    }

    /** The best required piece of an alternative without top-level '|'. */
    private static String sequence(String regex, int from, int to) {
        StringBuilder current = new StringBuilder();
        String best = "";
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char escaped = i + 1 < to ? regex.charAt(i + 1) : ' ';
                int next = afterEscape(regex, i, to);
                if (!Character.isLetterOrDigit(escaped) && !quantifiedOptional(regex, next, to)) {
                    current.append(escaped);
                    i = next;
                    if (next < to && isQuantifier(regex.charAt(next))) {
                        best = better(best, current);
                        current.setLength(0);
                        i = skipQuantifier(regex, next, to);
                    }
                    continue;
                }
                best = better(best, current);
                current.setLength(0);
                i = skipQuantifier(regex, next, to);
                continue;
            }
            if (c == '[') {
                best = better(best, current);
                current.setLength(0);
                i = skipQuantifier(regex, afterClass(regex, i, to), to);
                continue;
            }
            if (c == '(') {
                best = better(best, current);
                current.setLength(0);
                int close = matchingParen(regex, i, to);
                if (close < 0) {
                    return "";
                }
                boolean lookaround = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
                        || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                int contentStart = contentStart(regex, i, close);
                int after = close + 1;
                if (!lookaround && contentStart > 0 && !quantifiedOptional(regex, after, to)) {
                    List<String> inner = alternatives(regex, contentStart, close);
                    if (inner != null && inner.size() == 1) {
                        best = better(best, new StringBuilder(inner.get(0)));
                    }
                }
                i = skipQuantifier(regex, after, to);
                continue;
            }
            if (c == '?' || c == '*' || c == '{') {
                if (current.length() > 0) {
                    current.setLength(current.length() - 1); // the previous character was optional after all
                }
                best = better(best, current);
                current.setLength(0);
                i = skipQuantifier(regex, i, to);
                continue;
            }
            if (c == '+' || c == '.' || c == '^' || c == '$') {
                best = better(best, current);
                current.setLength(0);
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        return better(best, current);
    }

    /** Prefers pieces with letters (three at least), then longer ones; punctuation alone is a last resort. */
    private static String better(String best, CharSequence candidate) {
        String piece = CaseFold.fold(candidate.toString().strip());
        if (piece.isEmpty()) {
            return best;
        }
        return score(piece) > score(best) ? piece : best;
    }

    private static long score(String piece) {
        long letters = piece.chars().filter(Character::isLetterOrDigit).count();
        if (letters > 0 && letters < MIN_LETTERS) {
            return 0;
        }
        return letters * 1000 + piece.length();
    }

    private static int contentStart(String regex, int open, int close) {
        if (regex.startsWith("(?:", open)) {
            return open + 3;
        }
        if (regex.startsWith("(?", open)) {
            int colon = regex.indexOf(':', open);
            boolean flagGroup = colon > 0 && colon < close && regex.substring(open + 2, colon).matches("[a-zA-Z-]+");
            return flagGroup ? colon + 1 : -1;
        }
        return open + 1;
    }

    private static boolean isTopLevel(String regex, int from, int at) {
        int depth = 0;
        for (int j = from; j < at; j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = afterClass(regex, j, at) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0;
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    private static boolean quantifiedOptional(String regex, int at, int to) {
        return at < to && (regex.charAt(at) == '?' || regex.charAt(at) == '*' || regex.startsWith("{0", at));
    }

    private static int afterEscape(String regex, int i, int to) {
        if (i + 1 >= to) {
            return to;
        }
        char e = regex.charAt(i + 1);
        if ((e == 'p' || e == 'P') && i + 2 < to && regex.charAt(i + 2) == '{') {
            int close = regex.indexOf('}', i + 3);
            return close < 0 ? to : close + 1;
        }
        if (e == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? to : end + 2;
        }
        // escapes that name one character by its code, name or group: \\u00e9, \\xe9, \\x{e9}, \\N{…}, \\0351, \\cG, \\k<w>
        if ((e == 'x' || e == 'N') && i + 2 < to && regex.charAt(i + 2) == '{') {
            int close = regex.indexOf('}', i + 3);
            return close < 0 ? to : close + 1;
        }
        if (e == 'k' && i + 2 < to && regex.charAt(i + 2) == '<') {
            int close = regex.indexOf('>', i + 3);
            return close < 0 ? to : close + 1;
        }
        int digits = switch (e) {
            case 'u' -> 4;
            case 'x' -> 2;
            case 'c' -> 1;
            case '0' -> octalDigits(regex, i + 2, to);
            default -> 0;
        };
        return Math.min(to, i + 2 + digits);
    }

    /** Octal digits after \\0: up to three, the value at most 0377. */
    private static int octalDigits(String regex, int from, int to) {
        int n = 0;
        while (n < 3 && from + n < to && regex.charAt(from + n) >= '0' && regex.charAt(from + n) <= '7'
                && (n < 2 || regex.charAt(from) <= '3')) {
            n++;
        }
        return n;
    }

    private static int afterClass(String regex, int i, int to) {
        int j = i + 1;
        if (j < to && regex.charAt(j) == '^') {
            j++;
        }
        if (j < to && regex.charAt(j) == ']') {
            j++;
        }
        int depth = 1;
        while (j < to && depth > 0) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            j++;
        }
        return j;
    }

    private static int matchingParen(String regex, int open, int to) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = afterClass(regex, j, to) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private static int skipQuantifier(String regex, int i, int to) {
        if (i >= to) {
            return i;
        }
        char c = regex.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            int close = regex.indexOf('}', i);
            i = close < 0 ? to : close + 1;
        } else {
            return i;
        }
        if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++;
        }
        return i;
    }
}
