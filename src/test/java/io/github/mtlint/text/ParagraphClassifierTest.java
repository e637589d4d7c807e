package io.github.mtlint.text;

import io.github.mtlint.model.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphClassifierTest {

    private static final List<List<String>> MONTHS = Stream.of("January Jan. Jan", "February Feb", "March Mar", "April Apr",
            "May", "June Jun", "July Jul", "August Aug", "September Sept. Sept Sep", "October Oct", "November Nov",
            "December Dec").map(m -> List.of(m.split(" "))).toList();

    private static final ParagraphClassifier BUNDLED = classifier(Path.of("rules/paragraphs.yml"));

    /** Conventions with one word of each kind, to write to a file and change. */
    private static final String MINIMAL = """
            bylines: [By]
            captions: [Photo]
            credits: [Xinhua]
            listMarkers: ["*"]
            listNumerals: [一]
            maxMetaWords: 14
            maxHeadingWords: 12
            minWrappedLines: 3
            maxWrapWidth: 100
            minWrappedLineWidth: 40
            """;

    private static ParagraphClassifier classifier(Path conventions) {
        try {
            ParagraphConventions loaded = ParagraphConventions.load(conventions);
            return new ParagraphClassifier(loaded, new DatelineDetector(MONTHS, List.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each paragraph as the fourth of a ten-paragraph text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LIST_ITEM | - Strengthen cooperation in trade.
            LIST_ITEM | • Strengthen cooperation in trade.
            LIST_ITEM | 2. Strengthen cooperation in trade.
            LIST_ITEM | b) Strengthen cooperation in trade.
            LIST_ITEM | （三）Strengthen cooperation in trade.
            LIST_ITEM | (12) Strengthen cooperation in trade.
            BYLINE    | Reporter: Zhang Wei
            BYLINE    | Responsible editor: Li Na.
            BYLINE    | by Wang Fang and Liu Yang
            CAPTION   | Photo shows the venue of the summit in Samarkand on Sept. 15.
            CAPTION   | (Xinhua/Li Xiang) The leaders pose for a group photo.
            CAPTION   | Fig. 2 The output of the province rose by a tenth.
            DATELINE  | Samarkand, Sept. 16, 2022
            DATELINE  | Published 16 September 2022 10:30
            DATELINE  | 2022-09-16
            HEADLINE  | Xi arrives in Samarkand for SCO summit
            BODY      | -10 degrees were recorded in the north of the province on Monday night.
            BODY      | 2020 was a difficult year for the province and for its farmers as well.
            BODY      | Byron Street was closed to traffic on Monday, the city said in a statement.
            BODY      | Reporters from more than 20 countries covered the summit, which ended in Samarkand on Friday.
            BODY      | Photographers from 20 countries covered the summit, which ended on Friday.
            BODY      | Figures from the bureau show that output rose by a tenth in the year to June.
            BODY      | The summit opened on Sept. 15, 2022, and closed a day later in Samarkand.
            """)
    void tellsTheKind(ParagraphKind kind, String paragraph) {
        assertEquals(kind, BUNDLED.classify(paragraph, 3, 10));
    }

    @Test
    void aLongUnterminatedFirstParagraphIsAHeadline() {
        String title = "Xi Jinping arrives in Samarkand for the summit of the Shanghai Cooperation Organization and state visit";
        assertEquals(ParagraphKind.HEADLINE, BUNDLED.classify(title, 0, 5));
        assertEquals(ParagraphKind.BODY, BUNDLED.classify(title, 2, 5));
    }

    @Test
    void wordsAreReadAsTextNotAsPatterns(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("paragraphs.yml"), MINIMAL.replace("[By]", "[\"By (staff)\"]"));
        ParagraphClassifier classifier = classifier(file);
        assertEquals(ParagraphKind.BYLINE, classifier.classify("By (staff) Xinhua", 3, 10));
        assertEquals(ParagraphKind.LIST_ITEM, classifier.classify("* One", 3, 10));
        assertEquals(ParagraphKind.BODY, classifier.classify("x One of the leaders said that the talks had gone well on Friday.", 3, 10));
    }

    @Test
    void aBadFileIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        Path missingKeys = Files.writeString(dir.resolve("missing.yml"), "bylines: [By]\n");
        IOException missing = assertThrows(IOException.class, () -> ParagraphConventions.load(missingKeys));
        assertTrue(missing.getMessage().startsWith(missingKeys.toString()), missing.getMessage());

        Path emptyList = Files.writeString(dir.resolve("empty.yml"), MINIMAL.replace("[By]", "[]"));
        IOException empty = assertThrows(IOException.class, () -> ParagraphConventions.load(emptyList));
        assertTrue(empty.getMessage().contains("bylines"), empty.getMessage());

        Path unknownKey = Files.writeString(dir.resolve("unknown.yml"), MINIMAL + "headlines: [x]\n");
        IOException unknown = assertThrows(IOException.class, () -> ParagraphConventions.load(unknownKey));
        assertTrue(unknown.getMessage().contains("headlines"), unknown.getMessage());
    }
}
