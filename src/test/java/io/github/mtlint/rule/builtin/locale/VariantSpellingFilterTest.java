package io.github.mtlint.rule.builtin.locale;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The other variety's spelling is no typo, whichever speller checked the text. */
class VariantSpellingFilterTest {

    private static List<String> spellingFindings(String text) {
        return Fixtures.linter().lintTexts(List.of(SourceText.of("a.txt", text))).documents().get(0).issues().stream()
                .map(ReportedIssue::issue).filter(i -> i.ruleId().startsWith("lt.MORFOLOGIK"))
                .map(i -> text.substring(i.span().start(), i.span().end())).toList();
    }

    @Test
    void anIseFormInATextNothingMakesAmericanIsNoTypo() {
        assertEquals(List.of(), spellingFindings("The organisers said the hosts equalised late in a tri-coloured night.\n"));
        assertEquals(List.of(), spellingFindings("The artist has often criticised such plans.\n"));
    }

    @Test
    void anIseFormInAnAmericanTextIsStillTheSpellersToReport() {
        assertEquals(List.of("equalised"), spellingFindings("The favorable result came after equalised scores.\n"));
        assertEquals(List.of("equalised"),
                spellingFindings("The hosts, who had organized the game and recognized the risk, equalised late.\n"));
        assertEquals(List.of("wrtier"), spellingFindings("The organisers met the wrtier.\n"));
        // a long first part is no prefix: a glued word stays the speller's
        assertEquals(List.of("currencyfull-caliber"), spellingFindings("The debt in local and foreign currencyfull-caliber rose.\n"));
    }
}
