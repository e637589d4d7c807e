package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Span;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceholderNameRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.placeholder-name");

    @Test
    void flagsThePlaceholderSpeltOutWithTheSurnameOnceDoubledOrHyphenated() {
        rule.flags("失联人员黄某某仍在搜寻中。", "The search for the missing [[Huang Moumou]] continues.")
                .flags("失联人员黄某某仍在搜寻中。", "The search for the missing [[Huang Mou Mou]] continues.")
                .flags("失联人员黄某某仍在搜寻中。", "The search for the missing [[Huang Mou-mou]] continues.")
                .flags("犯罪嫌疑人周某已被刑事拘留。", "The suspect, [[Zhou Mou]], has been detained.");
    }

    @Test
    void flagsThePlaceholderAloneAndAPlaceholderFirm() {
        rule.flags("犯罪嫌疑人周某已被刑事拘留。", "The suspect, Mr. [[Mou]], has been detained.")
                .flags("某公司员工反映了情况。", "An employee of [[Mou]] company reported the matter.");
    }

    @Test
    void suggestsTheSurnameAloneAndPointsAtThePersonInTheSource() {
        List<Issue> found = rule.findings("失联人员黄某某仍在搜寻中。", "The search for Huang Moumou continues.");
        assertEquals(1, found.size());
        assertEquals(List.of("Huang"), found.get(0).suggestions());
        assertEquals(new Span(4, 7), found.get(0).sourceSpan());
    }

    @Test
    void thePersonsPlaceholderIsTheOneAfterASurname() {
        List<Issue> found = rule.findings("南京某大学学生黄某某失联。", "Huang Moumou, a student at a Nanjing university, is missing.");
        assertEquals(List.of("Huang"), found.get(0).suggestions());
        assertEquals(new Span(7, 10), found.get(0).sourceSpan());
    }

    @Test
    void aTranslationThatWithholdsTheNameIsClean() {
        rule.clean("失联人员黄某某仍在搜寻中。", "The search for the missing man surnamed Huang continues.")
                .clean("失联人员黄某某仍在搜寻中。", "The search for Huang, who is missing, continues.");
    }

    @Test
    void aRealMouOfTheSourceIsNoPlaceholder() {
        rule.clean("牟某某表示同意。", "Mou said he agreed.")
                .clean("牟平区的居民说。", "Residents of Muping district said Mou agreed.");
    }

    @Test
    void mouInsideWordsOrWithoutAPlaceholderInTheSourceIsLeftAlone() {
        rule.clean("黄某某到达了慕尼黑。", "Huang arrived at Moulins and met Mouton.")
                .clean("黄先生表示同意。", "Huang Mou said he agreed.");
    }

    /** Without a source, only the doubled reading after a surname, which no real name has, is certain. */
    @Test
    void withoutASourceOnlyTheDoubledReadingAfterASurnameIsFlagged() {
        rule.flags("Police said [[Huang Moumou]] passed the checkpoint at 17:07.")
                .flags("The suspect, [[Zhou Mou-mou]], was detained.");
        rule.clean("The suspect, Zhou Mou, was detained, and Mou Mou's mother spoke to reporters.");
        assertEquals("Huang", rule.findings("Police said Huang Moumou passed.").get(0).suggestions().get(0));
    }
}
