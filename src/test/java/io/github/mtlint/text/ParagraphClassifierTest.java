package io.github.mtlint.text;

import io.github.mtlint.model.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphClassifierTest {

    private static final ParagraphClassifier CLASSIFIER = bundled();

    private static ParagraphClassifier bundled() {
        try {
            return new ParagraphClassifier(ParagraphConventions.load(Path.of("rules/paragraphs.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kind of a paragraph in the middle of a ten-paragraph text. */
    private static ParagraphKind kind(String paragraph) {
        return CLASSIFIER.classify(paragraph, 3, 10);
    }

    @Test
    void tellsListItems() {
        assertEquals(ParagraphKind.LIST_ITEM, kind("- Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.LIST_ITEM, kind("• Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.LIST_ITEM, kind("2. Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.LIST_ITEM, kind("b) Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.LIST_ITEM, kind("（三）Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.LIST_ITEM, kind("(12) Strengthen cooperation in trade."));
        assertEquals(ParagraphKind.BODY, kind("-10 degrees were recorded in the north of the province on Monday night."));
        assertEquals(ParagraphKind.BODY, kind("2020 was a difficult year for the province and for its farmers as well."));
    }

    @Test
    void tellsBylinesCaptionsAndDatelines() {
        assertEquals(ParagraphKind.BYLINE, kind("Reporter: Zhang Wei"));
        assertEquals(ParagraphKind.BYLINE, kind("Responsible editor: Li Na."));
        assertEquals(ParagraphKind.BYLINE, kind("by Wang Fang and Liu Yang"));
        assertEquals(ParagraphKind.CAPTION, kind("Photo shows the venue of the summit in Samarkand on Sept. 15."));
        assertEquals(ParagraphKind.CAPTION, kind("(Xinhua/Li Xiang) The leaders pose for a group photo."));
        assertEquals(ParagraphKind.DATELINE, kind("Samarkand, Sept. 16, 2022"));
        // a listed word that ends in a full stop still ends where the word does
        assertEquals(ParagraphKind.CAPTION, kind("Fig. 2 The output of the province rose by a tenth."));
        assertEquals(ParagraphKind.BODY, kind("Figures from the bureau show that output rose by a tenth in the year to June."));
        assertEquals(ParagraphKind.DATELINE, kind("Published 16 September 2022 10:30"));
        assertEquals(ParagraphKind.DATELINE, kind("2022-09-16"));
    }

    @Test
    void leavesBodyParagraphsAndTellsHeadlines() {
        assertEquals(ParagraphKind.BODY, kind("Byron Street was closed to traffic on Monday, the city said in a statement."));
        assertEquals(ParagraphKind.BODY, kind("Reporters from more than 20 countries covered the summit, which ended in Samarkand on Friday."));
        assertEquals(ParagraphKind.BODY, kind("Photographers from 20 countries covered the summit, which ended on Friday."));
        assertEquals(ParagraphKind.BODY, kind("The summit opened on Sept. 15, 2022, and closed a day later in Samarkand."));
        assertEquals(ParagraphKind.HEADLINE, kind("Xi arrives in Samarkand for SCO summit"));
        assertEquals(ParagraphKind.HEADLINE, CLASSIFIER.classify(
                "Xi Jinping arrives in Samarkand for the summit of the Shanghai Cooperation Organization and state visit", 0, 5));
        assertEquals(ParagraphKind.BODY, CLASSIFIER.classify(
                "Xi Jinping arrives in Samarkand for the summit of the Shanghai Cooperation Organization and state visit", 2, 5));
    }

    @Test
    void wordsAreReadAsTextNotAsPatterns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paragraphs.yml");
        Files.writeString(file, """
                bylines: ["By (staff)"]
                captions: [Photo]
                credits: [Xinhua]
                listMarkers: ["*"]
                listNumerals: [一]
                months: [Sept]
                maxMetaWords: 14
                maxHeadingWords: 12
                """);
        ParagraphClassifier classifier = new ParagraphClassifier(ParagraphConventions.load(file));
        assertEquals(ParagraphKind.BYLINE, classifier.classify("By (staff) Xinhua", 3, 10));
        assertEquals(ParagraphKind.BODY, classifier.classify("By staff and agencies, with reporting from Beijing and Tashkent today.", 3, 10));
        assertEquals(ParagraphKind.LIST_ITEM, classifier.classify("* One", 3, 10));
        assertEquals(ParagraphKind.BODY, classifier.classify("x One of the leaders said that the talks had gone well on Friday.", 3, 10));
    }

    @Test
    void aBadFileIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        Path missingKey = dir.resolve("missing.yml");
        Files.writeString(missingKey, "bylines: [By]\n");
        IOException e = assertThrows(IOException.class, () -> ParagraphConventions.load(missingKey));
        assertTrue(e.getMessage().startsWith(missingKey.toString()), e.getMessage());

        Path emptyList = dir.resolve("empty.yml");
        Files.writeString(emptyList, """
                bylines: []
                captions: [Photo]
                credits: [Xinhua]
                listMarkers: ["*"]
                listNumerals: [一]
                months: [Sept]
                maxMetaWords: 14
                maxHeadingWords: 12
                """);
        IOException empty = assertThrows(IOException.class, () -> ParagraphConventions.load(emptyList));
        assertTrue(empty.getMessage().contains("bylines"), empty.getMessage());

        Path unknown = dir.resolve("unknown.yml");
        Files.writeString(unknown, Files.readString(emptyList).replace("bylines: []", "bylines: [By]\nheadlines: [x]"));
        IOException unknownKey = assertThrows(IOException.class, () -> ParagraphConventions.load(unknown));
        assertTrue(unknownKey.getMessage().contains("headlines"), unknownKey.getMessage());
    }
}
