package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PlaceRuleTest {

    private final RuleTester rule = RuleTester.of("accuracy.place");

    @Test
    void flagsABetterKnownPlaceInPlaceOfTheSources() {
        rule.flags("暴雨导致湖南多地发生洪涝灾害。", "Heavy rain caused flooding in many parts of [[Hubei]].")
                .flags("首趟中欧班列从西安出发，驶往德国。", "The first China-Europe freight train left [[Chengdu]] for Germany.")
                // the word after the name is the place's own, not an institution's
                .flags("其中包括来自邻近的湖南省的300名消防员。", "They include 300 firefighters from neighbouring [[Hubei]] Province.")
                // an abbreviation after a verb of going names its place
                .flags("国家防总派出工作组赴湘指导抗洪。", "A working group was sent to [[Hubei]] to guide flood control.")
                .clean("国家防总派出工作组赴湘指导抗洪。", "A working group was sent to Hunan to guide flood control.");
    }

    @Test
    void leavesTheRightPlaceAndPlacesTheSourceExplainsAlone() {
        rule.clean("暴雨导致湖南多地发生洪涝灾害。", "Heavy rain caused flooding in many parts of Hunan.")
                // a place the translation leaves out is the omission rule's
                .clean("暴雨导致湖南多地发生洪涝灾害。", "Heavy rain caused flooding in many parts of the province.")
                // a place named elsewhere in the document
                .clean("代表团访问了武汉。\n暴雨导致湖南多地发生洪涝灾害。", "The delegation visited Wuhan.\nHeavy rain caused flooding in Wuhan.")
                // an abbreviation names the place
                .clean("京津冀协同发展，湖南代表出席。", "Beijing, Tianjin and Hebei develop together; delegates from the province attended.")
                // a place name before a capitalised word names an institution
                .clean("湖南企业在深交所上市。", "The company listed on the Shenzhen Stock Exchange.")
                // 广西安全: 西安 is no place there
                .clean("广西安全生产形势稳定。", "Work safety in Guangxi is stable.");
    }
}
