package io.github.mtlint.rule.builtin.segment;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EmptyTargetRuleTest {

    private final RuleTester rule = RuleTester.of("segment.empty-target");

    @Test
    void flagsAnEmptyTranslation() {
        rule.flagsSegment("双方同意加强合作。", "[[]]")
                .flagsSegment("双方同意加强合作。", "[[]]  ")
                .flagsSegment("双方同意加强合作。", "[[<ph id=\"1\"/>]]");
    }

    @Test
    void leavesTranslationsAndEmptySourcesAlone() {
        rule.cleanSegment("双方同意加强合作。", "The two sides agreed to strengthen cooperation.")
                .cleanSegment("", "")
                .cleanSegment("<ph id=\"1\"/>", "<ph id=\"1\"/>");
    }
}
