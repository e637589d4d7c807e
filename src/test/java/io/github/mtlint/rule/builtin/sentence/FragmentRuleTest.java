package io.github.mtlint.rule.builtin.sentence;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FragmentRuleTest {

    private final RuleTester rule = RuleTester.of("sentence.fragment");

    @Test
    void leavesSentencesWithVerbsShortOnesAndLeadInsAlone() {
        rule.clean("A historic day for both countries.");
        rule.clean("Highlights of the visit of the two heads of state to the region: trade, energy and security.");
        rule.clean("Will the two heads of state of the region meet again in the capital next year?");
    }

    @Test
    void flagsAFragmentThatEndsItsParagraph() {
        String fragment = "The many lasting and fruitful outcomes of the long trip of the three foreign ministers to the border in the spring.";
        rule.flags("Officials spoke on Monday.\n\n[[" + fragment + "]]\n\nThe talks resume in May.\n");
        rule.flags("Officials spoke on Monday. [[" + fragment + "]]\n");
    }

    @Test
    void takesAPastTenseAfterANounForTheVerbWhenNothingElseIs() {
        rule.clean("In bond markets, the yield on the benchmark 10-year treasury note rose 3 basis points to 4.2%.\n");
        rule.clean("In March, factory output in the province rose 4.1% from a year earlier, beating forecasts.\n");
        rule.clean("In Zurich, silver prices rose 0.8% to a record of $41 an ounce on Friday morning.\n");
        // a degree between the subject and its verb
        rule.clean("China's spending on research and development more than doubled over the past decade.\n");
        rule.clean("The value of exports to the countries of the region nearly tripled over the past five years.\n");
    }

    @Test
    void takesAPresentTenseAfterAPluralOrCollectiveSubjectBeforeAnObjectOrAdverb() {
        rule.clean("The pair sell about three tonnes of rice a year, most of it to restaurants in Hangzhou.\n");
        rule.clean("The two brothers sell nearly half of their apples to supermarkets in the provincial capital.\n");
        rule.clean("The photo shows rescuers carrying an injured miner out of the collapsed shaft near the village.\n");
        rule.clean("The exhibition hall displays 40 paintings by artists from the three provinces of the region.\n");
        rule.clean("The injured have been taken to three hospitals in the city of Lanzhou for further treatment.\n");
    }

    @Test
    void stillFlagsNounPhrasesWhoseNounsCouldBeVerbs() {
        rule.flags("[[The practical and fruitful results of the recent visit of the two heads of state to the region in the new era.]]\n");
        rule.flags("[[The important progress and the broad prospects of the cooperation of the two sides in the new period.]]\n");
    }

    @Test
    void aPluralNounInsideAPrepositionalPhraseIsNotTheVerb() {
        rule.flags("[[The results of the recent state visits to the region.]]\n");
        rule.flags("[[The benefits of the new trade links with the countries of the region in the new era.]]\n");
        rule.flags("[[The outcomes of the ongoing border talks with the three neighbouring countries of the region.]]\n");
    }

    @Test
    void aPresentTenseAfterItsSubjectIsStillTheVerb() {
        rule.clean("The foreign minister visits the three provinces of the region for the first time since 2019.\n");
        rule.clean("Trade between the two neighbours grows fast in the first half of every year.\n");
        rule.clean("The visit comes at a time of rising tension in the region and beyond it.\n");
        rule.clean("In the three provinces, the new minister visits 40 villages a year on average.\n");
        rule.clean("As the new minister visits the region, officials of the three provinces prepare for talks.\n");
        // a subject may carry a prepositional phrase whose noun agrees with the verb
        rule.clean("The key to the country's development lies in self-reliance and hard work over many decades.\n");
        rule.clean("Mr Li from the country's northern coastal province plans for a long road trip with his family.\n");
        rule.clean("The problem of urban bus travel pain points needs to be solved urgently in many cities.\n");
        rule.clean("In recent years, the number of young deer in the protected mountain herd accounts for a fifth of it.\n");
        rule.clean("The booking data of the country's largest online travel agency shows a similar rise this spring.\n");
        // a determiner after a noun opens the subject's own phrase after an opening phrase without a comma
        rule.clean("Across the provinces of the north the river floods almost every summer after heavy rain.\n");
        rule.clean("In the villages of the south their daughter sells vegetables at the market every morning.\n");
    }

    @Test
    void aNounThatMayBeAnAdjectiveAfterTheIsStillTheSubject() {
        // the tagger also reads "city" and "country" as adjectives ("city life")
        rule.clean("The city plans to open new metro stations in the suburbs next year.\n");
        rule.clean("The country aims to raise the figure to 300 EFLOPS by the end of this year.\n");
        rule.clean("The airline operates 30 flights a week between Shanghai and the capital of Hungary.\n");
        rule.clean("The ruling party lost seats in the city council on Saturday night, official results showed.\n");
        rule.clean("TAIPEI, Nov. 26 -- The ruling party won 33 of the 65 seats in Taichung's city council on Saturday.\n");
        rule.flags("[[The practical steps to the new stage of the cooperation of the two sides in the region.]]\n");
    }

    @Test
    void namesJoinedByAndTakeAPluralVerb() {
        rule.clean("Hartley and Li plan to return to Lufeng next spring to search for more specimens.\n");
        rule.clean("The minister and the governor plan to visit the flooded villages of the province next week.\n");
        rule.clean("In 2020, the Provincial Department of Industry and Trade puts forward suggestions on the planning of zones.\n");
    }

    @Test
    void aSentenceIsNotCutAfterATimeOrACompanyAbbreviation() {
        rule.clean("The quake struck at 3:47 a.m. Wednesday (Beijing Time), according to the China Earthquake Networks Center.\n");
        rule.clean("HANGZHOU, May 20, 2025 -- Hangzhou Lianyun Robotics Co., Ltd. (\"Lianyun\") today announced a financing round.\n");
    }

    /** Machine translation that splits a sentence before its subordinate clause leaves the clause alone. */
    @Test
    void flagsASubordinateClauseStandingAlone() {
        rule.flags("Experts warned of landslides. [[Because the ground is already saturated.]]\n");
        rule.flags("The show opened on Friday. [[Which attracted more than 8,000 visitors by closing time.]]\n");
        rule.flags("Exports grew. [[Although prices rose.]] Imports fell.\n");
        // at a paragraph's start too, with an infinitive after its verb
        rule.flags("[[Because more and more Kenyans want to work for Chinese companies.]] Many study Chinese.\n");
    }

    @Test
    void leavesASubordinateClauseWithItsMainClauseAlone() {
        rule.clean("Because of the heavy rain, the match was delayed by two hours.\n");
        rule.clean("Although prices rose the index fell.\n");
        rule.clean("Because the plan was approved by parliament it took effect at once.\n");
        rule.clean("Which country will host the next summit remains unclear.\n");
        rule.clean("Which team won the final?\n");
        rule.clean("Although small, the museum draws large crowds.\n");
    }

    /** What someone said, cut off from the verb that reports it. */
    @Test
    void flagsAThatClauseCutOffAfterAReportingVerb() {
        rule.flags("Officials from Nanjing Customs said. [[That electric vehicles, lithium batteries and solar cells drove the growth.]]\n");
        rule.flags("The ministry noted. [[That the new rules would take effect in March.]]\n");
        // a quotation or a clause before the verb, or "That" as a pronoun or before a singular noun, is no such cut
        rule.clean("\"We will win,\" the coach said. That electric atmosphere carried the team.\n");
        rule.clean("Prices rose, as the bank said. That prices rose surprised nobody.\n");
        rule.clean("The minister said. That is why the talks failed.\n");
        rule.clean("The spokesman said. That night the talks resumed.\n");
    }

    @Test
    void aPluralNameTakesAPluralVerb() {
        rule.clean("Asian Americans number about 25 million, or 7 percent of the US population, according to the Census Bureau.\n");
    }

    /** Wrong sentence splits leave a prepositional phrase alone after the sentence it belonged to. */
    @Test
    void flagsAShortVerblessPhraseOpenedByAPrepositionAfterASentence() {
        rule.flags("He said Kenya welcomes more Chinese investment. [[In agriculture, manufacturing and new energy.]]\n");
        // alone in its paragraph it may be a heading or a caption
        rule.clean("In agriculture, manufacturing and new energy.\n");
        rule.clean("He spoke on Monday. In short, a success.\n");
    }

    @Test
    void aVerbAfterAQuantifierThatFollowsItsSubjectIsTheVerb() {
        // "each" and "all" after the subject ("the three ministers each spoke"), not before a noun ("each spoke of a wheel")
        rule.clean("The mayor, the governor of the province and the head of the port authority each spoke at the opening ceremony.\n");
        rule.clean("Every spring, wild geese from the northern lakes, the eastern marshes and the river delta all go to the same island.\n");
        rule.clean("Li Wei, the mayor, Zhang Hua, the governor, and Wang Fang, founder of the port authority, each spoke at the event.\n");
        rule.clean("The four new members of the board both welcome and fear the coming reform of the rules.\n");
        rule.flags("[[The long and winding road of each spoke of the old wheels of the carts of the village in the hills.]]\n");
    }
}
