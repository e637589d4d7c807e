package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.glossary.Concept;
import io.github.mtlint.glossary.Glossary;
import io.github.mtlint.glossary.Term;
import io.github.mtlint.glossary.TermStatus;
import io.github.mtlint.model.Issue;
import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlossaryRuleTest {

    /** zh term, then English forms; "!form" is forbidden. */
    private static Concept concept(String zh, String... english) {
        List<Term> terms = new ArrayList<>();
        if (!zh.isEmpty()) {
            terms.add(new Term("zh", zh, TermStatus.PREFERRED));
        }
        for (String e : english) {
            terms.add(e.startsWith("!") ? new Term("en", e.substring(1), TermStatus.FORBIDDEN) : new Term("en", e, TermStatus.PREFERRED));
        }
        return new Concept(terms, false, "", "", "test.tsv:" + zh);
    }

    private static final Glossary GLOSSARY = new Glossary(List.of(
            concept("全国人大", "National People's Congress", "NPC"),
            concept("全国人大常委会", "NPC Standing Committee", "Standing Committee of the National People's Congress"),
            concept("自由贸易试验区", "pilot free trade zone", "free trade zone", "!free trade experimental zone"),
            concept("人民币", "yuan", "renminbi", "RMB"),
            concept("扶贫", "poverty alleviation", "poverty reduction"),
            concept("", "COVID-19", "!new crown pneumonia"),
            concept("渔民", "fisherman"),
            concept("一带一路", "Belt and Road Initiative", "!Belt and Road"),
            concept("一带一路国际合作高峰论坛", "Belt and Road Forum for International Cooperation"),
            concept("", "!two meetings")));

    private static RuleTester rule() {
        RuleSpec spec = new RuleSpec(Fixtures.rule("terminology.glossary").meta(), "terminology.GlossaryRule", "test", "test",
                Map.of("minConfidence", new RuleSpec.Datum("0.5", "test")));
        return RuleTester.of(new GlossaryRule(spec.share(Glossary.class, GLOSSARY)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全国人大通过了该法律。                   | The National People's Congress adopted the law.
            全国人大通过了该法律。                   | The NPC adopted the law.
            全国人大代表们来到北京。                 | Deputies to the National People’s Congress came to Beijing.
            全国人大常委会通过了该法律。              | The NPC Standing Committee adopted the law.
            全国人大常委会通过了该法律。              | The Standing Committee of the National People's Congress adopted it.
            上海自由贸易试验区扩大了。                | The Shanghai Pilot Free Trade Zone was expanded.
            三个自由贸易试验区成立了。                | Three free-trade zones were set up.
            收入以人民币计算。                       | Income is counted in yuan.
            扶贫工作取得进展。                       | Poverty-alleviation work made progress.
            渔民出海了。                             | The fishermen went to sea.
            """)
    void anAllowedFormInAnyInflectionSatisfiesTheTerm(String source, String target) {
        rule().clean(source, target);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全国人大通过了该法律。                   | [[The national legislature adopted the law.]]
            全国人大常委会通过了该法律。              | [[The National People's Congress adopted the law.]]
            上海自由贸易试验区扩大了。                | The Shanghai [[free trade experimental zone]] was expanded.
            渔民出海了。                             | [[The fishing people went to sea.]]
            """)
    void aMissingOrForbiddenFormIsFlagged(String source, String marked) {
        rule().flags(source, marked);
    }

    @Test
    void aTermInsideALongerTermIsJudgedOnceAsTheLongerTerm() {
        // 全国人大常委会 holds 全国人大: only the Standing Committee's forms are wanted, once
        rule().clean("全国人大常委会委员长会议召开。", "The NPC Standing Committee's chairpersons met.");
    }

    @Test
    void forbiddenFormsApplyWithoutASource() {
        rule().flags("Cases of [[new crown pneumonia]] fell; COVID-19 vaccines work.");
        rule().flags("Three [[free trade experimental zones]] opened.");
        rule().clean("The Shanghai pilot free trade zone opened.");
    }

    @Test
    void messagesNameTheTermAndSuggestTheAllowedForms() {
        List<Issue> issues = rule().findings("Cases of new crown pneumonia fell.");
        assertEquals(1, issues.size());
        assertEquals(List.of("COVID-19"), issues.get(0).suggestions());
        assertEquals("'new crown pneumonia' is a form the glossary forbids; write 'COVID-19' (glossary test.tsv:).", issues.get(0).message());
    }

    /** The robustness review, round 10: a forbidden form inside another entry's allowed term is that term. */
    @Test
    void aForbiddenFormInsideAnotherEntrysTermIsThatTerm() {
        rule().clean("第三届一带一路国际合作高峰论坛在北京举行。", "The third Belt and Road Forum for International Cooperation was held in Beijing.");
        rule().flags("The [[Belt and Road]] is a project.");
    }

    @Test
    void aFormForbiddenWithNoAllowedOneSaysSo() {
        List<Issue> issues = rule().findings("The two meetings opened.");
        assertEquals(1, issues.size());
        assertEquals(List.of(), issues.get(0).suggestions());
        assertEquals("'two meetings' is a form the glossary forbids (glossary test.tsv:).", issues.get(0).message());
    }
}
