package io.github.mtlint.rule.builtin.segment;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InlineCodesRuleTest {

    private final RuleTester rule = RuleTester.of("segment.inline-codes");

    @Test
    void flagsACodeOfTheSourceMissingFromTheTranslation() {
        rule.flagsSegment("点击<pc id=\"1\">这里</pc>。", "[[Click here.]]")
                .flagsSegment("<ph id=\"1\"/>中国<ph id=\"2\"/>", "[[<ph id=\"1\"/>China]]")
                .flagsSegment("中国<sc id=\"3\"/>北京<ec startRef=\"3\"/>", "[[China <sc id=\"3\"/>Beijing]]");
    }

    @Test
    void aLostElementIsOneFindingNotOneForEachEnd() {
        var findings = rule.segmentFindings("点击<pc id=\"1\">这里</pc>。", "Click here.");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("The source's inline code <pc id=\"1\"> is missing from the translation.", findings.get(0).message());
    }

    @Test
    void flagsACodeTheSourceDoesNotHave() {
        rule.flagsSegment("点击这里。", "[[Click <ph id=\"2\"/>here.]]")
                .flagsSegment("<ph id=\"1\"/>中国", "[[<ph id=\"1\"/>China<ph id=\"1\"/>]]");
    }

    @Test
    void flagsARangeClosedBeforeItIsOpened() {
        rule.flagsSegment("<sc id=\"1\"/>点击这里<ec startRef=\"1\"/>。", "[[<ec startRef=\"1\"/>Click here<sc id=\"1\"/>.]]");
    }

    @Test
    void leavesTheSameCodesAloneWhereverTheyStand() {
        rule.cleanSegment("点击<pc id=\"1\">这里</pc>。<ph id=\"2\"/>", "Click <pc id=\"1\">here</pc>.<ph id=\"2\"/>")
                .cleanSegment("<ph id=\"1\"/>中国<ph id=\"2\"/>", "<ph id=\"2\"/>China<ph id=\"1\"/>")
                .cleanSegment("<pc id=\"1\">北京</pc>和<pc id=\"2\">上海</pc>", "<pc id=\"2\">Shanghai</pc> and <pc id=\"1\">Beijing</pc>")
                .cleanSegment("点击这里。", "Click <mrk id=\"m1\" type=\"term\">here</mrk>.");
    }
}
