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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoNotTranslateRuleTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Concept(List.of(new Term("zh", "5G", TermStatus.PREFERRED)), true, "", "", "test.csv:2"),
            // a row that gives the term's English keeps that form (the robustness review, round 10)
            new Concept(List.of(new Term("zh", "华为", TermStatus.PREFERRED), new Term("en", "Huawei", TermStatus.PREFERRED)),
                    true, "", "", "test.csv:3")));

    private static RuleTester rule() {
        RuleSpec spec = new RuleSpec(Fixtures.rule("terminology.do-not-translate").meta(), "terminology.DoNotTranslateRule",
                "test", "test", Map.of("minConfidence", new RuleSpec.Datum("0.5", "test")));
        return RuleTester.of(new DoNotTranslateRule(spec.share(Glossary.class, GLOSSARY)));
    }

    @Test
    void theTermStaysAsWritten() {
        rule().clean("中国已建成5G基站超过200万个。", "China has built more than 2 million 5G base stations.")
                .flags("中国已建成5G基站超过200万个。", "China has built more than 2 million [[5g]] base stations.")
                .flags("中国已建成5G基站超过200万个。", "[[China has built more than 2 million fifth-generation base stations.]]");
    }

    @Test
    void aTermWithItsEnglishStaysAsTheEnglish() {
        rule().clean("华为公司发布了新的手机。", "Huawei released a new mobile phone.")
                .flags("华为公司发布了新的手机。", "[[HUAWEI]] released a new mobile phone.")
                .flags("华为公司发布了新的手机。", "[[The company released a new mobile phone.]]");
        List<Issue> issues = rule().findings("华为公司发布了新的手机。", "The company released a new mobile phone.");
        assertEquals("The source's 华为 is not in this segment as 'Huawei'; it stays as it is (do not translate).",
                issues.get(0).message());
    }
}
