package io.github.mtlint.numbers;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.SharedData;
import io.github.mtlint.rule.builtin.accuracy.NumberRule;
import io.github.mtlint.rule.data.RuleFileLoader;
import io.github.mtlint.rule.data.RuleFileException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The shipped word lists, and mentions written as a table cell: {@code 3.5万=CARDINAL 35000~} (~: approximate). */
final class NumberTables {

    private static RuleSpec spec;

    private NumberTables() {
    }

    static synchronized RuleSpec spec() {
        if (spec == null) {
            try {
                RuleFileLoader loader = new RuleFileLoader();
                spec = loader.loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin").get("accuracy.number")
                        .share(SharedData.class, loader.loadSharedData(Path.of("rules/shared.yml"), "rules/shared.yml"));
            } catch (RuleFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return spec;
    }

    static String describe(String text, List<NumberMention> mentions) {
        return mentions.stream().map(m -> m.span().of(text) + "=" + m.kind() + " "
                        + BigDecimal.valueOf(m.value()).stripTrailingZeros().toPlainString() + (m.approximate() ? "~" : ""))
                .collect(Collectors.joining("; "));
    }

    static ChineseNumbers chinese() {
        return new ChineseNumbers(NumberRule.chineseWords(spec()));
    }

    static EnglishNumbers english() {
        return new EnglishNumbers(NumberRule.englishWords(spec()));
    }
}
