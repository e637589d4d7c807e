package io.github.mtlint.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconLoaderTest {

    private static final Path BUNDLED = Path.of("rules/lexicons");

    @Test
    void loadsTheBundledLexiconWithItsCoverage() throws Exception {
        Lexicon lexicon = new LexiconLoader().load(List.of(BUNDLED));
        assertTrue(lexicon.countries().size() >= 195, "UN members and observers");
        assertTrue(lexicon.people().size() >= 1000);
        assertEquals("Uzbekistan", lexicon.country("UZ").orElseThrow().name());
        assertEquals(List.of("Ukraine"), lexicon.confusablePartners("UZ").stream().map(Country::name).toList());
        assertTrue(lexicon.places().get("Uzbek").stream().anyMatch(f -> f.kind() == PlaceForm.Kind.DEMONYM));
        assertTrue(lexicon.isNameWord("Mirziyoyev"));
        Person japarov = lexicon.personForms().get("Zhaparov").get(0).person();
        assertEquals("Sadyr Japarov", japarov.name());
        assertEquals("KG", japarov.officesOn(LocalDate.of(2022, 9, 16)).get(0).place());
    }

    @Test
    void knowsDatedCapitals() throws Exception {
        Country kazakhstan = new LexiconLoader().load(List.of(BUNDLED)).country("KZ").orElseThrow();
        assertEquals(List.of("Nur-Sultan"), kazakhstan.capitals().stream()
                .filter(c -> c.validity().contains(LocalDate.of(2022, 9, 16))).map(Country.DatedName::name).toList());
        assertEquals(List.of("Astana"), kazakhstan.capitals().stream()
                .filter(c -> c.validity().contains(LocalDate.of(2022, 9, 17))).map(Country.DatedName::name).toList());
    }

    @Test
    void userFilesAddAndReplaceEntries(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.yml"), """
                people:
                  - name: Jane Example
                    offices:
                      - {title: President, country: UZ, from: 2030-01-01}
                """);
        Lexicon lexicon = new LexiconLoader().load(List.of(BUNDLED, dir));
        assertEquals("Example", lexicon.personForms().get("Example").get(0).person().shortName());
    }

    @Test
    void readsAcceptedSpellingsApartFromVariants(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.yml"), """
                people:
                  - name: Jane Examplova
                    accepted: [Jane Examplová, Examplová]
                    variants: [Eksamplova]
                    offices:
                      - {title: President, country: UZ, from: 2030-01-01}
                """);
        Lexicon lexicon = new LexiconLoader().load(List.of(BUNDLED, dir));
        Person jane = lexicon.personForms().get("Examplová").get(0).person();
        assertEquals(List.of("Jane Examplová", "Examplová"), jane.accepted());
        assertEquals(List.of("Eksamplova"), jane.variants());
        assertEquals(PersonForm.Kind.ACCEPTED, lexicon.personForms().get("Jane Examplová").get(0).kind());
        assertEquals(PersonForm.Kind.VARIANT, lexicon.personForms().get("Eksamplova").get(0).kind());
        assertTrue(lexicon.isNameWord("Examplová"));
    }

    @Test
    void rejectsUnknownKeysCodesAndTitles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yml"), "countries:\n  - {name: X, code: XX, status: member, colour: red}\n");
        assertTrue(assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(dir))).getMessage()
                .matches(".*bad.yml:2:\\d+: unknown key 'colour'"));
        Files.writeString(dir.resolve("bad.yml"), "people:\n  - {name: Y, offices: [{title: Emperor, country: QQ, from: 2020}]}\n");
        assertTrue(assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(BUNDLED, dir))).getMessage()
                .contains("unknown country or organisation code 'QQ'"));
        Files.writeString(dir.resolve("bad.yml"), "people:\n  - {name: Y, offices: [{title: Tsar, country: UZ, from: 2020}]}\n");
        assertTrue(assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(BUNDLED, dir))).getMessage()
                .contains("unknown office title 'Tsar'"));
        // a spelling is either a house style or a misspelling, not both
        Files.writeString(dir.resolve("bad.yml"), "people:\n  - {name: Volodymyr Zelensky, accepted: [Zelenskyy], "
                + "variants: [Zelenskyy, Zelenski], offices: [{title: President, country: UA, from: 2019}]}\n");
        assertTrue(assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(BUNDLED, dir))).getMessage()
                .contains("Volodymyr Zelensky: 'Zelenskyy' is both accepted and a variant"));
    }

    /** A required field given as null ("status: ~") is a mistake in the file, reported where it is. */
    @Test
    void rejectsNullRequiredFieldsWithTheirPosition(@TempDir Path dir) throws Exception {
        List<String> files = List.of(
                "countries:\n  - {name: X, code: XX, status: ~}\n",
                "countries:\n  - {name: X, code: ~, status: member}\n",
                "organisations:\n  - {name: ~, code: QQ}\n",
                "people:\n  - {name: ~, offices: []}\n",
                "people:\n  - {name: Jane Example, offices: ~}\n",
                "people:\n  - {name: Jane Example, offices: [~]}\n",
                "titles:\n  - {office: President, forms: ~}\n",
                "confusables:\n  - {codes: ~}\n",
                "confusables:\n  - {codes: [UZ, ~]}\n");
        for (String yaml : files) {
            Files.writeString(dir.resolve("bad.yml"), yaml);
            LexiconException e = assertThrows(LexiconException.class, () -> new LexiconLoader().load(List.of(dir)), yaml);
            assertTrue(e.getMessage().matches(".*bad.yml:2:\\d+: .*null.*"), yaml + " gave " + e.getMessage());
        }
    }
}
