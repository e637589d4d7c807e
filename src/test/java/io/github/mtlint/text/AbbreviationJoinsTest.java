package io.github.mtlint.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbbreviationJoinsTest {

    private static final AbbreviationJoins JOINS = new AbbreviationJoins(List.of("a.m", "p.m", "Ltd", "Co", "Inc", "etc"),
            List.of("Monday", "Wednesday"));

    @Test
    void aWeekdayBracketOrLowerCaseWordAfterAnAbbreviationContinuesTheSentence() {
        assertEquals(List.of("The quake struck at 3:47 a.m. Wednesday (Beijing Time), officials said. ", "It was felt widely."),
                JOINS.join(List.of("The quake struck at 3:47 a.m. ", "Wednesday (Beijing Time), officials said. ",
                        "It was felt widely.")));
        assertEquals(List.of("Lianyun Robotics Co., Ltd. (\"Lianyun\") today announced a financing round."),
                JOINS.join(List.of("Lianyun Robotics Co., Ltd. ", "(\"Lianyun\") today announced a financing round.")));
        assertEquals(List.of("The talks began at 9 a.m. local time."), JOINS.join(List.of("The talks began at 9 a.m. ", "local time.")));
    }

    @Test
    void anAbbreviationEndsASentenceBeforeAnythingElse() {
        List<String> sentences = List.of("The meeting starts at 9 a.m. ", "The minister will speak first.");
        assertEquals(sentences, JOINS.join(sentences));
        List<String> afterWord = List.of("The meeting ended on Monday. ", "Wednesday is a holiday.");
        assertEquals(afterWord, JOINS.join(afterWord));
    }

    @Test
    void aLineBreakAlwaysEndsTheSentence() {
        List<String> sentences = List.of("Lianyun Robotics Co., Ltd.\n", "(c) 2025 All rights reserved.");
        assertEquals(sentences, JOINS.join(sentences));
    }
}
