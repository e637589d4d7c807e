package io.github.mtlint.text;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language tags in file names ({@code NAME.zh.txt}, {@code NAME.zh-Hant.txt}) and, where a source has none, its
 * language told from its script.
 */
public final class SourceLanguages {

    /** BCP-47: a primary subtag of 2-3 letters, then subtags of script, region or variant. */
    private static final String TAG_SHAPE = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";
    private static final Pattern TAG = Pattern.compile(TAG_SHAPE);
    private static final Pattern TAGGED_NAME = Pattern.compile("(.+)\\.(" + TAG_SHAPE + ")\\.([^.]+)");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    /** Three-letter tags seen on Chinese sources that ISO 639-1 does not cover. */
    private static final Set<String> THREE_LETTER = Set.of("cmn", "yue", "wuu", "zho", "chi", "jpn", "kor");

    private SourceLanguages() {
    }

    /** A file name split at its language tag. */
    public record TaggedName(String base, String tag, String extension) {

        public boolean isEnglish() {
            return primary(tag).equals("en");
        }

        /** Why a source text found without its translation is an input error, naming where the translation belongs. */
        public String withoutTranslation() {
            return "a source text (" + tag + ") without its translation; expected " + base + "." + extension + " or " + base
                    + ".en." + extension + " beside it";
        }
    }

    /** {@code a.zh.txt} → (a, zh, txt); empty when the part before the extension is no known language tag. */
    public static Optional<TaggedName> parse(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = TAGGED_NAME.matcher(name.toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        String primary = primary(m.group(2));
        if (!ISO_639_1.contains(primary) && !THREE_LETTER.contains(primary)) {
            return Optional.empty();
        }
        return Optional.of(new TaggedName(m.group(1), m.group(2), m.group(3)));
    }

    /**
     * Whether the file is a tagged source (a language other than English), never to be checked as English; a bilingual
     * file tagged with its languages (news.zh-en.tmx) carries its own source and is checked.
     */
    public static boolean isSourceFile(Path file) {
        return parse(file).filter(t -> !t.isEnglish()).isPresent() && !BilingualFiles.isBilingual(file);
    }

    /** Whether the text has the shape of a BCP-47 tag (zh, zh-Hant, cmn-Hans-CN). */
    public static boolean isTag(String text) {
        return TAG.matcher(text).matches();
    }

    public static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The language of a text without a tag, from its letters: Han (zh), kana (ja), Hangul (ko), else "und". */
    public static String detect(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
        }
        if (letters == 0) {
            return "und";
        }
        if (kana * 20 > letters) {
            return "ja";
        }
        if (hangul * 2 > letters) {
            return "ko";
        }
        return han * 2 > letters ? "zh" : "und";
    }
}
