package io.github.mtlint.source;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.github.mtlint.lexicon.ChineseForms;
import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.model.SourceAnalysis;
import io.github.mtlint.model.SourceName;
import io.github.mtlint.model.Span;
import io.github.mtlint.text.SourceAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chinese sources: HanLP (portable) segments the text and recognises person, place and organisation names;
 * persons get their pinyin in the order and spelling English news uses (surname first, given name joined:
 * 王沪宁 → Wang Huning), with the lexicon's readings for surnames whose characters have several (曾 Zeng).
 * HanLP loads its dictionaries on first use, so a run without Chinese sources never pays for them.
 */
public final class ChineseSourceAnalyzer implements SourceAnalyzer {

    /** HanLP's natures for a proper noun or a name (nz, nr, nrf, nx): on one character alone, a piece of a name. */
    private static final Set<String> PROPER_NOUN_PIECES = Set.of("nz", "nr", "nrf", "nrj", "nx");

    private final ChineseForms lexicon;
    // HanLP's segmenters keep state while segmenting
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enableTranslatedNameRecognize(true)
            .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true));

    public ChineseSourceAnalyzer(ChineseForms lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public SourceAnalysis analyze(String text, String language) {
        if (!language.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return SourceAnalysis.NONE;
        }
        List<SourceName> names = new ArrayList<>();
        Map<String, String> readings = new HashMap<>();
        int lineStart = 0;
        // line by line: HanLP's offsets are per call, and lines are the segments of line-aligned input
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                addReadings(line, readings);
                List<Term> terms = segments.get().seg(line);
                for (int t = 0; t < terms.size(); t++) {
                    Term term = terms.get(t);
                    SourceName.Kind kind = kind(term.nature.toString());
                    if (kind == SourceName.Kind.PERSON && cutShort(term, t + 1 < terms.size() ? terms.get(t + 1) : null)) {
                        continue;
                    }
                    if (kind != null && term.word.length() >= 2) {
                        Span span = new Span(lineStart + term.offset, lineStart + term.offset + term.word.length());
                        names.add(new SourceName(span, term.word, kind, kind == SourceName.Kind.PERSON ? personPinyin(term.word) : "",
                                kind != SourceName.Kind.ORGANISATION ? syllableList(term.word) : List.of()));
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        return new SourceAnalysis(names, readings);
    }

    /** The Mandarin pinyin of the lexicon's people (as a person's name), places and organisations (one word) in the line. */
    private void addReadings(String line, Map<String, String> readings) {
        for (ChineseForms.Match match : lexicon.find(line)) {
            String zh = line.substring(match.start(), match.end());
            ChineseName.Kind kind = match.names().get(0).kind();
            if (kind == ChineseName.Kind.PERSON && zh.indexOf('·') < 0) {
                readings.computeIfAbsent(zh, this::personPinyin);
            } else if (kind == ChineseName.Kind.PLACE || kind == ChineseName.Kind.CAPITAL
                    || kind == ChineseName.Kind.ORGANISATION) {
                readings.computeIfAbsent(zh, name -> capitalise(syllables(name)));
            }
            if (kind == ChineseName.Kind.ORGANISATION) {
                readings.computeIfAbsent(SourceAnalysis.brandKey(zh), key -> capitalise(syllables(zh.substring(0, 2))));
            }
        }
    }

    /**
     * A person's name cut short of a foreign one: 穆达瓦迪 (Mudavadi) read as 穆达瓦, a Chinese name, and 迪, a proper
     * noun of one character. A name before a word of its own (习近平|特别) is whole.
     */
    private static boolean cutShort(Term name, Term next) {
        return next != null && next.word.length() == 1 && next.offset == name.offset + name.word.length()
                && PROPER_NOUN_PIECES.contains(next.nature.toString());
    }

    private static SourceName.Kind kind(String nature) {
        return switch (nature) {
            case "nr" -> SourceName.Kind.PERSON;
            case "nrf", "nrj" -> SourceName.Kind.FOREIGN_PERSON;
            case "ns" -> SourceName.Kind.PLACE;
            case "nsf" -> SourceName.Kind.FOREIGN_PLACE;
            case "nt", "ntc", "ntcb", "ntcf", "ntch", "nto", "ntu", "nts", "nth" -> SourceName.Kind.ORGANISATION;
            default -> null;
        };
    }

    /** 王沪宁 → "Wang Huning"; 欧阳修 → "Ouyang Xiu"; 曾庆红 → "Zeng Qinghong". */
    String personPinyin(String name) {
        int surnameLength = lexicon.surnameLength(name);
        String surname = name.substring(0, surnameLength);
        String given = name.substring(surnameLength);
        String surnamePinyin = lexicon.surnameReading(surname).orElseGet(() -> syllables(surname));
        String givenPinyin = syllables(given);
        return capitalise(surnamePinyin) + (givenPinyin.isEmpty() ? "" : " " + capitalise(givenPinyin));
    }

    private static List<String> syllableList(String characters) {
        List<String> syllables = new ArrayList<>(characters.length());
        for (Pinyin pinyin : HanLP.convertToPinyinList(characters)) {
            String syllable = pinyin.getPinyinWithoutTone();
            syllables.add(syllable.equals("none") ? "" : syllable.replace('v', 'u').replace("ü", "u"));
        }
        return syllables;
    }

    /** The syllables joined as one word, ü written as u (as English news writes Lu, Lyu aside). */
    private static String syllables(String characters) {
        StringBuilder joined = new StringBuilder();
        for (Pinyin pinyin : HanLP.convertToPinyinList(characters)) {
            String syllable = pinyin.getPinyinWithoutTone();
            if (syllable.equals("none")) {
                continue;
            }
            // an apostrophe separates syllables where the next starts with a vowel (Xi'an), as pinyin spells them
            if (joined.length() > 0 && "aeo".indexOf(syllable.charAt(0)) >= 0) {
                joined.append('\'');
            }
            joined.append(syllable.replace('v', 'u').replace("ü", "u"));
        }
        return joined.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
