package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Severity;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InconsistentTranslationRuleTest {

    private final RuleTester rule = RuleTester.of("terminology.inconsistent-translation");

    @Test
    void theSameSourceTranslatedTwoWaysIsFlaggedOnTheLaterTranslation() {
        rule.flags("国务院常务会议部署稳就业工作。\n其他内容。\n国务院常务会议部署稳就业工作。",
                "The State Council executive meeting planned work to stabilise jobs.\nOther things happened today.\n"
                        + "[[An executive meeting of the State Council arranged employment work.]]");
    }

    @Test
    void differencesOfCaseSpacingPunctuationAndWidthAreNoInconsistency() {
        rule.clean("国务院常务会议部署稳就业工作。\n国务院常务会议部署稳就业工作！",
                "The State Council executive meeting planned work to stabilise jobs.\n"
                        + "the State Council executive meeting planned work to stabilise jobs !");
    }

    @Test
    void twoSourcesWithOneTranslationAreNeutral() {
        rule.flags("会议于周一在北京举行。\n会议在北京召开了。",
                "The meeting was held in Beijing on the day.\n[[The meeting was held in Beijing on the day.]]");
        assertEquals(List.of(Severity.NEUTRAL), rule.findings("会议于周一在北京举行。\n会议在北京召开了。",
                "The meeting was held in Beijing on the day.\nThe meeting was held in Beijing on the day.").stream()
                .map(Issue::severity).toList());
    }

    @Test
    void shortSegmentsAndMonolingualTextAreLeftAlone() {
        rule.clean("（完）\n正文很长的一句话在这里。\n（完）", "(End)\nA long sentence of the body is here today.\n(END)");
        rule.clean("The meeting was held in Beijing on the day.\nThe meeting was held in Beijing on the day.");
    }
}
