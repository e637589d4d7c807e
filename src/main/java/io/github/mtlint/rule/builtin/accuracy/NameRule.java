package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.lexicon.ChineseForms;
import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.lexicon.PersonForm;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.Severity;
import io.github.mtlint.model.SourceAnalysis;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.SourceName;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese person or place named in the source must stand in the target as English news writes it: pinyin with the
 * surname first and the given name joined (王沪宁 → Wang Huning), a place without its 市 or 县 (天山区 → Tianshan), or
 * the lexicon's English form where it has one (托卡耶夫 → Tokayev, 乌鲁木齐 → Urumqi). Only a name the target spells
 * nearly so is flagged: a name the translation leaves out, or renders by its meaning, is the omission rule's
 * concern, and HanLP's occasional false names then cost nothing.
 */
public final class NameRule extends BaseRule {

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    private final Lexicon lexicon;
    private final ChineseForms chinese;
    private final double minConfidence;
    private final double minSimilarity;
    private final String transliterationCharacters;
    private final String placeCharacters;
    /** Whole pinyin syllables: what a name the recogniser cut short lacks ("qi" of Liu Jiaqi). */
    private final Pattern syllables;
    private final Pattern pinyinSyllable;
    private final String functionWordSurnames;
    private final String conjunctions;
    private final String wordsAfterNames;
    private final List<String> stormWords;
    private final List<String> nationalRoles;
    private final WadeGiles wadeGiles;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    public NameRule(RuleSpec spec) {
        super(spec.meta());
        this.lexicon = spec.shared(Lexicon.class);
        this.chinese = lexicon.chinese();
        this.minConfidence = AlignedPairs.minConfidence(spec);
        this.minSimilarity = spec.number("minSimilarity");
        this.transliterationCharacters = String.join("", spec.list("transliterationCharacters"));
        this.placeCharacters = String.join("", spec.list("placeCharacters"));
        this.functionWordSurnames = String.join("", spec.list("functionWordSurnames"));
        this.conjunctions = String.join("", spec.list("conjunctions"));
        this.wordsAfterNames = String.join("", spec.list("wordsAfterNames"));
        this.stormWords = spec.list("stormWords");
        this.nationalRoles = spec.list("nationalRoles");
        this.syllables = Pattern.compile("(?:" + spec.text("pinyinSyllable") + ")+");
        this.pinyinSyllable = Pattern.compile(spec.text("pinyinSyllable"));
        this.wadeGiles = new WadeGiles(spec.list("wadeGilesSyllables"), spec.list("wadeGilesInitials"),
                spec.list("wadeGilesFinals"));
    }

    /** A name of the source with the English forms a translation may use. */
    private record Expected(Span source, String sourceText, List<String> forms, boolean person, String misreading,
                            String brandReading, boolean wadeGiles, boolean place) {

        /** A person the lexicon does not know: pinyin first, then its Wade-Giles form where that differs. */
        Expected(Span source, String sourceText, List<String> forms) {
            this(source, sourceText, forms, true, "", "", forms.size() > 1, false);
        }

        /** The Mandarin pinyin as the name to look for: what a translation that does not know the name writes. */
        Expected asMisread() {
            return new Expected(source, sourceText, List.of(misreading), person, "", "", false, place);
        }

        boolean readsAsPinyin() {
            return !misreading.isEmpty() || !brandReading.isEmpty();
        }
    }

    /**
     * The name's Mandarin pinyin in the translation: the whole name's (腾讯 "Tengxun"), or a company's brand before
     * the rest translated (招商银行 "Zhaoshang Bank", 三星电子 "Sanxing Electronics").
     */
    private java.util.Optional<Span> misreadIn(String target, Expected expected, Set<String> explained) {
        java.util.Optional<Span> whole = expected.misreading().isEmpty() ? java.util.Optional.empty()
                : nearMiss(target, expected.asMisread(), explained, Math.nextDown(1.0));
        if (whole.isPresent() || expected.brandReading().isEmpty()) {
            return whole;
        }
        Matcher brand = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(expected.brandReading()) + "(?=\\s+\\p{Lu})")
                .matcher(target);
        return brand.find() ? java.util.Optional.of(new Span(brand.start(), brand.end())) : java.util.Optional.empty();
    }

    /** The name in Wade-Giles where the document writes it in pinyin elsewhere: "Chen Kang" beside "Chen Gang". */
    private void reportWadeGiles(Expected expected, String target, AlignedSegment pair, RuleContext context) {
        String wadeGiles = expected.forms().get(1);
        Matcher written = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(wadeGiles).replace(" ", "\\E\\s+\\Q")
                .replace("-", "\\E[- ]\\Q") + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(target);
        if (written.find()) {
            context.flag(new Span(written.start(), written.end()).shift(pair.target().start())).source(expected.source())
                    .message("two-ways").suggest(expected.forms().get(0)).severity(Severity.MINOR)
                    .category(Category.FLUENCY_INCONSISTENCY).report();
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        // a storm's name, once named after 台风, is a storm's wherever it stands (尽管“韦帕”西移)
        // so is a foreign national's, once named after the country and a role (丹麦选手安东森, then 安东森夺冠)
        Set<String> notPinyin = new HashSet<>();
        source.analysis().names().stream().filter(n -> namesAStorm(source.text(), n.span().start())
                || afterAForeignNationality(source.text(), n.span().start())).forEach(n -> notPinyin.add(n.text()));
        List<AlignedSegment> pairs = AlignedPairs.of(document, minConfidence);
        List<List<Expected>> expectedByPair = new ArrayList<>();
        // each pair's names the target writes in their first form (the pinyin of a person the lexicon does not know)
        List<Set<Expected>> writtenFirstByPair = new ArrayList<>();
        // the names the document writes in pinyin somewhere: written in Wade-Giles elsewhere, they are written two ways
        Set<String> inPinyin = new HashSet<>();
        for (AlignedSegment pair : pairs) {
            List<Expected> expectedNames = expectedNames(source, pair.source(), notPinyin);
            String target = document.text(pair.target());
            Set<Expected> writtenFirst = new HashSet<>();
            expectedNames.stream().filter(e -> appears(e.forms().get(0), target, e.person())).forEach(writtenFirst::add);
            writtenFirst.stream().filter(Expected::wadeGiles).forEach(e -> inPinyin.add(e.sourceText()));
            expectedByPair.add(expectedNames);
            writtenFirstByPair.add(writtenFirst);
        }
        for (int p = 0; p < pairs.size(); p++) {
            AlignedSegment pair = pairs.get(p);
            String target = document.text(pair.target());
            Set<Span> flagged = new HashSet<>();
            List<Expected> expectedNames = expectedByPair.get(p);
            Set<Expected> writtenFirst = writtenFirstByPair.get(p);
            Set<String> explained = explainedNames(target, expectedNames, writtenFirst);
            for (Expected expected : expectedNames) {
                boolean first = writtenFirst.contains(expected);
                if (first || expected.forms().stream().skip(1).anyMatch(form -> appears(form, target, expected.person()))) {
                    if (!first && expected.wadeGiles() && inPinyin.contains(expected.sourceText())) {
                        reportWadeGiles(expected, target, pair, context);
                    }
                    // the English name in one place does not excuse the pinyin in another ("BOE ... Jingdongfang");
                    // a place's pinyin may be another place's name there (陕西 "Shanxi" beside 山西)
                    if (expected.readsAsPinyin() && !expected.place()) {
                        misreadIn(target, expected, explained)
                                .map(miss -> miss.shift(pair.target().start())).filter(flagged::add)
                                .ifPresent(span -> context.flag(span).source(expected.source())
                                        .suggest(expected.forms().get(0)).message("romanisation").report());
                    }
                    continue;
                }
                java.util.Optional<Span> nearMiss = nearMiss(target, expected, explained, minSimilarity);
                boolean misread = nearMiss.isEmpty() && expected.readsAsPinyin();
                if (misread) {
                    // the pinyin itself: a near spelling of it may be the name's own romanisation (Chu Li-lun, 朱立伦)
                    nearMiss = misreadIn(target, expected, explained);
                }
                boolean cutShort = nearMiss.isEmpty() && expected.person();
                if (cutShort) {
                    nearMiss = givenNameCutShort(target, expected, explained);
                }
                nearMiss.ifPresent(miss -> {
                    Span span = miss.shift(pair.target().start());
                    if (flagged.add(span)) {
                        RuleContext.IssueBuilder issue = context.flag(span).source(expected.source())
                                .suggest(expected.forms().get(0));
                        boolean reordered = !misread && !cutShort
                                && isReordered(target.substring(miss.start(), miss.end()), expected.forms().get(0));
                        if (reordered && foreignNationalBefore(target, miss.start())) {
                            return; // "Germany's Dang Qiu": a foreign national keeps the order of his country
                        }
                        if (cutShort) {
                            issue.message("cut-short");
                        } else if (misread) {
                            issue.message("romanisation");
                        } else if (reordered) {
                            // the right name in Western order: a convention some translators keep throughout, which
                            // reviewers mark as a minor name-format error, not a mistranslation
                            issue.message("order").severity(Severity.MINOR).category(Category.LOCALE_NAME);
                        }
                        issue.report();
                    }
                });
            }
            foreignNamesInPinyin(source, pair, target, explained, flagged, context);
        }
    }

    /**
     * 克里斯蒂亚诺 as "Kelisidiyanuo": a foreign name the translation gives as the pinyin of its Chinese
     * transliteration, which no English text writes. Three syllables at least, as a short pinyin may be the
     * name itself (安娜, Anna; 琳达, Linda).
     */
    private void foreignNamesInPinyin(SourceDocument source, AlignedSegment pair, String target, Set<String> explained,
                                      Set<Span> flagged, RuleContext context) {
        for (SourceName name : source.analysis().names()) {
            if (!pair.source().contains(name.span()) || name.syllables().size() < MIN_FOREIGN_SYLLABLES
                    || name.syllables().contains("") || !isForeign(source.text(), name)) {
                continue;
            }
            Matcher written = Pattern.compile("(?<![\\p{L}])" + name.syllables().stream().map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("[\\s'\u2019-]?")) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(target);
            // as one word, three syllables may be the name itself (卢卡库, Lukaku): only four or more say pinyin, or
            // a Chinese name's shape ("Ka Luoduo")
            if (written.find() && !explained.contains(letters(written.group()))
                    && (name.syllables().size() > MIN_FOREIGN_SYLLABLES || written.group().contains(" "))) {
                Span span = new Span(written.start(), written.end()).shift(pair.target().start());
                // the lexicon's reading may have flagged the same words, with a possessive ('s) or without
                if (flagged.stream().noneMatch(span::overlaps)) {
                    flagged.add(span);
                    context.flag(span).source(name.span()).message("foreign-pinyin").report();
                }
            }
        }
    }

    /** The fewest syllables of a foreign name whose pinyin in a translation is taken for a mistranslation. */
    private static final int MIN_FOREIGN_SYLLABLES = 3;

    /**
     * A name the recogniser took for a foreign one, or one after a foreign nationality that is not shaped like a Chinese
     * name: Singapore's 冯天薇 is Feng Tianwei, in pinyin.
     */
    private boolean isForeign(String sourceText, SourceName name) {
        return name.kind() == SourceName.Kind.FOREIGN_PERSON || name.kind() == SourceName.Kind.FOREIGN_PLACE
                || name.kind() == SourceName.Kind.PERSON && !isChinesePersonName(name.text())
                && afterAForeignNationality(sourceText, name.span().start());
    }

    /**
     * Names the target rightly has: other names of the source found in it, and the lexicon's people and places. A
     * near miss must not be one of them (Li Keqiang is no misspelt Li Qiang).
     */
    private Set<String> explainedNames(String target, List<Expected> expectedNames, Set<Expected> writtenFirst) {
        Set<String> explained = new HashSet<>();
        for (Expected expected : expectedNames) {
            if (writtenFirst.contains(expected)) {
                explained.add(letters(expected.forms().get(0)));
            }
            for (String form : expected.forms().subList(1, expected.forms().size())) {
                if (appears(form, target, expected.person())) {
                    explained.add(letters(form));
                }
            }
        }
        // the lexicon's variants are known misspellings: they explain nothing
        lexicon.personForms().find(target, 0).stream()
                .filter(m -> m.values().stream().anyMatch(f -> f.kind() != PersonForm.Kind.VARIANT))
                .forEach(m -> explained.add(letters(target.substring(m.span().start(), m.span().end()))));
        lexicon.places().find(target, 0).forEach(m -> explained.add(letters(target.substring(m.span().start(), m.span().end()))));
        return explained;
    }

    private List<Expected> expectedNames(SourceDocument source, Span segment, Set<String> notPinyin) {
        String text = source.text(segment);
        List<Expected> names = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        for (ChineseForms.Match match : chinese.find(text)) {
            ChineseName name = match.names().get(0);
            if (name.kind() == ChineseName.Kind.COUNTRY || name.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION) {
                continue; // accuracy.country's
            }
            if (partOfALongerForeignName(text, match.end())) {
                continue; // 萨巴赫·哈立德 is not the 萨巴赫 the lexicon knows, but another Sabah
            }
            Span span = new Span(match.start(), match.end()).shift(segment.start());
            if (name.kind() == ChineseName.Kind.ORGANISATION && insideAPersonsName(source, span)) {
                continue; // 王高盛 is a Mr Wang Gaosheng, not Goldman Sachs
            }
            List<String> forms = new ArrayList<>();
            // a person's full name only: a surname alone ("Wang") would excuse any misspelling of the rest
            match.names().forEach(n -> forms.addAll(n.kind() == ChineseName.Kind.PERSON ? List.of(n.preferred()) : n.english()));
            String zh = source.text(span);
            names.add(new Expected(span, zh, forms, name.kind() == ChineseName.Kind.PERSON, misreading(source, zh, name),
                    brandReading(source, zh, name), false,
                    name.kind() == ChineseName.Kind.PLACE || name.kind() == ChineseName.Kind.CAPITAL));
            covered.add(span);
        }
        for (SourceName name : source.analysis().names()) {
            if (!segment.contains(name.span()) || covered.stream().anyMatch(c -> c.overlaps(name.span()))) {
                continue;
            }
            SourceName person = withoutConjunction(name, source.text());
            if (person.kind() == SourceName.Kind.PERSON && !person.romanised().isEmpty() && isChinesePersonName(person.text())
                    && !notPinyin.contains(person.text())) {
                List<String> forms = new ArrayList<>(List.of(person.romanised()));
                wadeGilesForm(person).filter(form -> !form.equals(person.romanised())).ifPresent(forms::add);
                names.add(new Expected(person.span(), person.text(), forms));
            }
        }
        return names;
    }

    private static boolean insideAPersonsName(SourceDocument source, Span span) {
        return source.analysis().names().stream().anyMatch(n -> n.kind() == SourceName.Kind.PERSON
                && n.span().overlaps(span) && !n.span().equals(span));
    }

    /** The dots that join the parts of a foreign name written in Chinese (萨巴赫·哈立德). */
    private static final String NAME_DOTS = "\u00B7\u30FB\u2022\u2027\u2219\uFF65";

    /**
     * A lexicon name followed by a name dot and more of a name: the first part of someone else's longer name. (A
     * surname after the dot, 弗拉基米尔·普京, is the lexicon's person.)
     */
    private static boolean partOfALongerForeignName(String text, int end) {
        return end < text.length() && NAME_DOTS.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * The name without a conjunction the recogniser took for its last character where a name the lexicon knows follows:
     * 邱党和巴西选手 is 邱党 and a Brazilian player, not a Mr Qiu Danghe.
     */
    private SourceName withoutConjunction(SourceName name, String sourceText) {
        String text = name.text();
        int end = name.span().end();
        int surnameLength = chinese.surnameLength(text);
        // another name follows (邱党和巴西选手), not a verb (许仁和表示, Xu Renhe said)
        boolean nameFollows = chinese.find(sourceText.substring(end, Math.min(sourceText.length(), end + NAME_AHEAD))).stream()
                .anyMatch(m -> m.start() == 0);
        if (name.kind() != SourceName.Kind.PERSON || !nameFollows || text.length() < surnameLength + 2
                || conjunctions.indexOf(text.charAt(text.length() - 1)) < 0 || name.syllables().size() != text.length()) {
            return name;
        }
        String surname = name.romanised().split(" ")[0];
        String given = String.join("", name.syllables().subList(surnameLength, text.length() - 1));
        return new SourceName(new Span(name.span().start(), end - 1), text.substring(0, text.length() - 1), name.kind(),
                surname + " " + Character.toUpperCase(given.charAt(0)) + given.substring(1),
                name.syllables().subList(0, text.length() - 1));
    }

    private static final int NAME_AHEAD = 12;

    /**
     * Whether a country other than China (with Hong Kong, Macao and Taiwan) and a role stand just before the name:
     * 丹麦选手安东森 is Denmark's Anders Antonsen, 日本首相石破茂 Shigeru Ishiba; their names are their own, not pinyin.
     */
    private boolean afterAForeignNationality(String sourceText, int start) {
        for (String role : nationalRoles) {
            if (!sourceText.startsWith(role, start - role.length())) {
                continue;
            }
            int roleStart = start - role.length();
            String before = sourceText.substring(Math.max(0, roleStart - COUNTRY_REACH), roleStart);
            // 驻加拿大大使 is an ambassador to Canada, not Canada's
            int beforeStart = roleStart - before.length();
            if (chinese.find(before).stream().anyMatch(m -> m.end() == before.length()
                    && (beforeStart + m.start() == 0 || sourceText.charAt(beforeStart + m.start() - 1) != '驻')
                    && m.names().stream().anyMatch(n -> n.kind() == ChineseName.Kind.COUNTRY && !CHINESE_NATIONALITIES.contains(n.countryCode())))) {
                return true;
            }
        }
        return false;
    }

    private static final int COUNTRY_REACH = 8;

    /** Whether the name stands after a word for a storm (台风“韦帕”: Typhoon Wipha), as storms have foreign names. */
    private boolean namesAStorm(String sourceText, int start) {
        String before = sourceText.substring(Math.max(0, start - 6), start).replaceAll("[“”\"「」《》‘’\\s]+$", "");
        return stormWords.stream().anyMatch(before::endsWith);
    }

    /**
     * The Mandarin pinyin of a lexicon name whose English is something else: a person known by another romanisation or
     * an English name (张建宗 "Zhang Jianzong" for Matthew Cheung, 赵小兰 "Zhao Xiaolan" for Elaine Chao), or a place
     * known by one word in another spelling (乌鲁木齐 "Wulumuqi" for Urumqi, 高雄 "Gaoxiong" for Kaohsiung). Places
     * whose English is a translation are left out: their pinyin also names other things ("Nanhai District", 南海区).
     * Empty where the pinyin is one of the English forms (马化腾 "Ma Huateng").
     */
    private String misreading(SourceDocument source, String zh, ChineseName name) {
        String reading = source.analysis().readings().getOrDefault(zh, "");
        boolean oneWordPlace = (name.kind() == ChineseName.Kind.PLACE || name.kind() == ChineseName.Kind.CAPITAL)
                && name.english().stream().allMatch(form -> !form.contains(" "));
        // a foreign person too: 托卡耶夫 as "Tuokayefu" is the Mandarin reading of a name English writes Tokayev
        boolean person = name.kind() == ChineseName.Kind.PERSON;
        // an organisation's pinyin names nothing else: 腾讯 as "Tengxun" is Tencent, 高瓴资本 as "Gaoling Capital" Hillhouse
        boolean organisation = name.kind() == ChineseName.Kind.ORGANISATION;
        if (reading.isEmpty() || !(person || oneWordPlace || organisation)
                || anEnglishFormContains(name, reading)) {
            return "";
        }
        return reading;
    }

    /**
     * A company's brand in pinyin, the first two characters of a name of four or more (招商银行: "Zhaoshang"), unless
     * an English form contains it.
     */
    private static String brandReading(SourceDocument source, String zh, ChineseName name) {
        if (name.kind() != ChineseName.Kind.ORGANISATION || zh.length() < BRANDED_NAME) {
            return "";
        }
        String reading = source.analysis().readings().getOrDefault(SourceAnalysis.brandKey(zh), "");
        return reading.isEmpty() || anEnglishFormContains(name, reading) ? "" : reading;
    }

    /** Whether an English form of the name holds the pinyin (马化腾 "Pony Ma, Ma Huateng"): then it is no misreading. */
    private static boolean anEnglishFormContains(ChineseName name, String reading) {
        return name.english().stream().anyMatch(form -> letters(form).contains(letters(reading)));
    }

    /** The fewest characters of a company's name whose first two may be its brand (招商银行, 三星电子). */
    private static final int BRANDED_NAME = 4;

    /**
     * The person's name in Wade-Giles, as Taiwan writes it ("Huang Kuo-chang" for 黄国昌): a person the lexicon does
     * not know may be from Taiwan. The surname keeps the lexicon's reading (曾 Zeng, in Wade-Giles Tseng).
     */
    private java.util.Optional<String> wadeGilesForm(SourceName name) {
        int surnameLength = chinese.surnameLength(name.text());
        if (name.syllables().size() != name.text().length() || name.syllables().contains("")) {
            return java.util.Optional.empty();
        }
        String romanisedSurname = name.romanised().split(" ")[0].toLowerCase(Locale.ROOT);
        List<String> surname = name.syllables().subList(0, surnameLength);
        if (!String.join("", surname).equals(romanisedSurname)) {
            surname = List.of(romanisedSurname); // a surname read otherwise in names: 曾 zeng, not ceng
        }
        return java.util.Optional.of(wadeGiles.name(surname, name.syllables().subList(surnameLength, name.syllables().size())));
    }

    /**
     * Whether a name the recogniser calls a person's is a Chinese name: it starts with a common surname, and its given
     * name has none of the characters that transliterate foreign names (斯, 尔, 娃), which the recogniser sometimes takes
     * for Chinese names (马克龙 as "Ma Kelong"). Places, rivers and temples it mistakes for persons rarely pass both.
     */
    private boolean isChinesePersonName(String name) {
        int surnameLength = chinese.surnameLength(name);
        if (name.length() <= surnameLength || name.length() > surnameLength + 2
                || !chinese.isSurname(name.substring(0, surnameLength))) {
            return false;
        }
        String given = name.substring(surnameLength);
        return given.codePoints().noneMatch(c -> transliterationCharacters.indexOf(c) >= 0)
                && placeCharacters.indexOf(given.codePointBefore(given.length())) < 0;
    }

    /**
     * Whether the form appears in the target, case, hyphens and apostrophes aside: persons word by word ("Zhao
     * Xiangguo", "Zhao Xiang-guo") or written as one word, as names of temples or firms are ("Yuanhui"); others with
     * spaces ignored. A given name split in two ("Zhao Xiang Guo") does not count.
     */
    private static boolean appears(String form, String target, boolean person) {
        if (!person) {
            return letters(target).contains(letters(form));
        }
        String folded = umlautAsU(withoutJoiners(fold(target).replaceAll("['’]s\\b", "")));
        String wanted = umlautAsU(withoutJoiners(fold(form)));
        // a form that joins syllables with hyphens ("Lau Ching-wan") is as often written with spaces ("Lau Ching Wan")
        return asWords(wanted).matcher(folded).find() || asWords(wanted.replace(" ", "")).matcher(folded).find()
                || form.indexOf('-') > 0 && asWords(umlautAsU(fold(form).replace('-', ' '))).matcher(fold(target)).find();
    }

    /** The words, whole, with any space between them. */
    private static Pattern asWords(String words) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}])");
    }

    private static String withoutJoiners(String name) {
        return name.replace("-", "").replace("'", "").replace("’", "");
    }

    /**
     * ü after l or n written as u: the source's romanisation writes 吕 "Lu", passports and Xinhua also "Lyu" or "Lv"
     * (ü itself is folded to u with the other diacritics).
     */
    private static String umlautAsU(String folded) {
        return UMLAUT_SPELLINGS.matcher(folded).replaceAll("$1u");
    }

    private static final Pattern UMLAUT_SPELLINGS = Pattern.compile("(?<![a-z])([ln])(?:yu|v)");

    /**
     * The capitalised words of the target that spell the name nearly but not quite (more similar than the threshold),
     * if any: the best such run.
     */
    private java.util.Optional<Span> nearMiss(String target, Expected expected, Set<String> explained, double threshold) {
        String wanted = letters(expected.forms().get(0));
        int words = expected.forms().get(0).split("\\s+").length;
        List<Span> capitalised = new ArrayList<>();
        Matcher m = CAPITALISED_WORD.matcher(target);
        while (m.find()) {
            capitalised.add(new Span(m.start(), m.end()));
        }
        Span best = null;
        double bestScore = threshold;
        for (int i = 0; i < capitalised.size(); i++) {
            for (int n = 1; n <= words + 2 && i + n <= capitalised.size(); n++) {
                Span run = capitalised.get(i).union(capitalised.get(i + n - 1));
                if (n > 1 && !target.substring(capitalised.get(i + n - 2).end(), capitalised.get(i + n - 1).start()).isBlank()) {
                    break; // only adjacent words form a name
                }
                String candidate = letters(target.substring(run.start(), run.end()));
                // a part of a name, or a longer phrase, is no spelling of it
                double lengthRatio = (double) candidate.length() / wanted.length();
                if (candidate.length() < 2 || explained.contains(candidate) || lengthRatio < 0.75 || lengthRatio > 1.34
                        || (expected.person() && (extendsTheName(candidate, expected.forms().get(0))
                        || surnameMayBeAFunctionWord(expected) && isTheGivenName(candidate, expected.forms().get(0))))) {
                    continue;
                }
                double score = Math.max(similarity.apply(candidate, wanted),
                        expected.person() ? similarity.apply(candidate, letters(reversed(expected.forms().get(0)))) : 0);
                if (score > bestScore || (score == bestScore && best != null && run.length() > best.length())) {
                    bestScore = score;
                    best = run;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * Whether the written name is the expected one with whole syllables more to its given name ("Liu Jiaqi", "Jiaqi" for
     * 刘嘉), or with more before it ("Sonandajie" for 南达杰): the recogniser cut the name short (刘嘉 of 刘嘉琪, 南达杰 of
     * 索南达杰), and the translation has it right.
     */
    private boolean extendsTheName(String written, String expected) {
        int space = expected.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String surname = letters(expected.substring(0, space));
        String given = letters(expected.substring(space + 1));
        String full = surname + given;
        // whole syllables more: "Liu Jiaqi" for 刘嘉, not "Lin Jiang" for 林剑 (Lin Jian)
        boolean longerName = written.startsWith(full) && written.length() > full.length()
                && syllables.matcher(written.substring(full.length())).matches();
        boolean longerGiven = written.startsWith(given) && written.length() > given.length() && !written.endsWith(surname)
                && syllables.matcher(written.substring(given.length())).matches();
        boolean longerAtTheStart = written.endsWith(full) && written.length() > full.length();
        return longerName || longerGiven || longerAtTheStart;
    }

    /**
     * "Lin Wei" for 林伟才 (Lin Weicai): the surname and the given name without its last syllable. Not where the
     * character dropped is a word the recogniser may have joined to the name (林伟也说: Lin Wei also said), nor where
     * another name of the source is written so.
     */
    private java.util.Optional<Span> givenNameCutShort(String target, Expected expected, Set<String> explained) {
        String name = expected.forms().get(0);
        String zh = expected.sourceText();
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0 || zh.length() < 3
                || wordsAfterNames.indexOf(zh.charAt(zh.length() - 1)) >= 0) {
            return java.util.Optional.empty();
        }
        String given = name.substring(space + 1);
        for (int cut = given.length() - 1; cut >= 2; cut--) {
            String kept = given.substring(0, cut);
            String dropped = given.substring(cut).toLowerCase(Locale.ROOT);
            if (!syllables.matcher(kept.toLowerCase(Locale.ROOT)).matches() || !pinyinSyllable.matcher(dropped).matches()) {
                continue;
            }
            String written = name.substring(0, space) + " " + kept;
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(written) + "(?![\\p{L}\\p{N}'\u2019-])").matcher(target);
            if (m.find() && !explained.contains(letters(written))) {
                return java.util.Optional.of(new Span(m.start(), m.end()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the source name starts with a character that is a surname and a preposition or conjunction: 于, 和. */
    private boolean surnameMayBeAFunctionWord(Expected expected) {
        return !expected.sourceText().isEmpty() && functionWordSurnames.indexOf(expected.sourceText().codePointAt(0)) >= 0;
    }

    /**
     * Whether the written name is the expected one's given name alone, as where the "surname" was a preposition (于 of
     * 受益于大兴机场, "benefit from Daxing Airport").
     */
    private static boolean isTheGivenName(String written, String expected) {
        int space = expected.indexOf(' ');
        return space > 0 && written.equals(letters(expected.substring(space + 1)));
    }

    /**
     * Whether a country other than China (with Hong Kong, Macao and Taiwan) is named just before the name, as in
     * "Germany's Dang Qiu" or "German player Dang Qiu".
     */
    private boolean foreignNationalBefore(String target, int nameStart) {
        String before = target.substring(Math.max(0, nameStart - 30), nameStart);
        return lexicon.places().find(before, 0).stream()
                .anyMatch(m -> m.values().get(0).kind() != io.github.mtlint.lexicon.PlaceForm.Kind.CAPITAL
                        && !CHINESE_NATIONALITIES.contains(m.values().get(0).country().code())
                        && NATIONALITY_TO_NAME.matcher(before.substring(m.span().end())).matches());
    }

    private static final Set<String> CHINESE_NATIONALITIES = Set.of("CN", "HK", "MO", "TW");
    /** From a country to the name: a possessive and up to two words of a role ("'s", " star player "). */
    private static final Pattern NATIONALITY_TO_NAME = Pattern.compile(
            "(?:['’]s)?\\s+(?:(?!(?:by|of|in|and|with|from|to|for|at|on)\\s)[a-z-]+\\s+){0,2}");

    /** "Lifeng He" for "He Lifeng". */
    private static boolean isReordered(String written, String expected) {
        return letters(written).equals(letters(reversed(expected)));
    }

    private static String reversed(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
    }

    /** Lower case without diacritics: Wilmès is written Wilmes as often. */
    private static String fold(String s) {
        return DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** The letters of a name, folded; a possessive ending is no part of the name. */
    private static String letters(String s) {
        s = umlautAsU(fold(POSSESSIVE.matcher(s).replaceAll("")));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
