package io.github.mtlint.rule.data;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiling users' regular expressions with an error that points into the rule file. */
final class Regexes {

    private Regexes() {
    }

    static Pattern compile(YamlNode node, String regex, int flags) throws RuleFileException {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw node.error("bad regular expression: " + e.getDescription() + " near index " + e.getIndex()
                    + " in '" + regex + "'");
        }
    }

    static int groupCount(Pattern pattern) {
        return pattern.matcher("").groupCount();
    }
}
