package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingSentenceBoundaryRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.missing-boundary");

    @Test
    void flagsACapitalisedFunctionWordAfterALowerCaseWord() {
        rule.flags("Security issues were [[combined Although]] the time was short, it went well.");
        rule.flags("The highlights [[were It]] has been fruitful.");
    }

    @Test
    void suggestsAFullStop() {
        rule.suggests("It is a historical landmark A meaningful visit.", "landmark. A");
    }

    @Test
    void flagsABoundaryAfterADayOrADate() {
        rule.flags("Schools will remain closed until [[Friday It]] is expected that classes will resume.");
        rule.flags("He will take office on May [[20 The]] outgoing leader will step down.");
        rule.flags("Output rose 5 percent in [[2023 The]] figures were published on Monday.");
        rule.clean("Article 5 The parties shall cooperate, and Apollo 11 The Movie was shown.");
        rule.clean("The talks on Friday The Hague hosted were short.");
        rule.clean("BEIJING, July 26 According to foreign media reports, the talks were short.");
    }

    @Test
    void leavesNamesAndLabelsAlone() {
        rule.clean("She starred in the film The Wandering Earth last year.");
        rule.clean("I think it will work.");
    }

    @Test
    void leavesLetterLabelsAfterDiseasesAndTypesAlone() {
        rule.clean("Officials reported a hepatitis A outbreak at the school, and cases of influenza A doubled in March.");
        rule.clean("The clinic offers a strain B vaccine and studies subtype A viruses found in poultry.");
        rule.clean("Skaters from the A event and the B final met the press after the races.");
        rule.flags("It is a milestone in a key historical [[landmark A]] meaningful visit.");
    }

    @Test
    void leavesTitlesAfterCreativeWorkNounsAlone() {
        rule.clean("The horror film It grossed $700 million, and the novel It Ends With Us sold well.");
        rule.clean("The hit song This Is America won four awards last year.");
        rule.flags("The film was shot last [[year It]] opens next week.");
    }

    @Test
    void takesChineseSurnamesThatAreEnglishWordsForNames() {
        rule.clean("The talks were attended by Wang Yi and He Weidong, and later by He Lifeng.");
        rule.clean("The award went to Lu Kang, while An Min and Ma Zhaoxu spoke with Gao Feng.");
        rule.clean("Ma said the plan would work, and An said so too.");
        rule.flags("It was a historical [[landmark An]] important visit.");
        rule.flags("The highlights [[were He]] said the trip was fruitful.");
    }

    @Test
    void leavesHeadlinesAlone() {
        rule.clean("Xi meets leaders in Samarkand The Silk Road revived\n\nThe talks went well.");
    }

    @Test
    void aCapitalAfterANounThatIsAlsoAnEverydayWordStartsASentence() {
        rule.flags("China won the [[game The]] coach praised the players.");
    }
}
