package io.github.mtlint.lexicon;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The lexicon files' Chinese entries as read from YAML. Chinese forms are checked as they are read, so that a
 * bad one is reported at its line and column.
 */
final class ChineseEntries {

    /**
     * Han characters; a foreign name written in full separates its parts with a middle dot or hyphen
     * (沙夫卡特·米尔济约耶夫), and a country may end in a bracketed Han qualifier (刚果（金）).
     */
    private static final Pattern HAN_NAME = Pattern.compile(
            "\\p{IsHan}+(?:[-·・•‧]\\p{IsHan}+)*(?:[（(]\\p{IsHan}+[）)])?");
    private static final Pattern READING = Pattern.compile("[A-Z][a-zü]*");

    private ChineseEntries() {
    }

    /** A Chinese form of a name. */
    record Zh(@JsonValue String text) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Zh of(String text) {
            if (text == null || !HAN_NAME.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a Chinese form (Han characters, parts joined by ·)");
            }
            return new Zh(text);
        }

        static List<String> texts(List<Zh> forms) {
            return forms == null ? List.of() : forms.stream().filter(Objects::nonNull).map(Zh::text).toList();
        }
    }

    /** One Han character: a surname (王) or a compound anchor (中). */
    record SingleCharacter(String text) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SingleCharacter of(String text) {
            if (text == null || text.codePointCount(0, text.length()) != 1 || !HAN_NAME.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a single Han character");
            }
            return new SingleCharacter(text);
        }
    }

    /** A two-character surname (欧阳). */
    record CompoundSurname(String text) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CompoundSurname of(String text) {
            if (text == null || text.codePointCount(0, text.length()) != 2 || !HAN_NAME.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a two-character Han surname");
            }
            return new CompoundSurname(text);
        }
    }

    /** The kinds a {@code chineseNames} entry may have; countries and capitals take their forms in countries.yml. */
    record NameKind(ChineseName.Kind kind) {
        private static final List<ChineseName.Kind> ALLOWED =
                List.of(ChineseName.Kind.PLACE, ChineseName.Kind.PERSON, ChineseName.Kind.ORGANISATION);

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static NameKind of(String text) {
            for (ChineseName.Kind k : ALLOWED) {
                if (k.name().equalsIgnoreCase(text)) {
                    return new NameKind(k);
                }
            }
            throw new IllegalArgumentException("unknown kind '" + text + "' (expected place, person or organisation;"
                    + " countries and capitals take zh: in countries.yml)");
        }
    }

    /** An English form: not blank. */
    record English(String text) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static English of(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty English form");
            }
            return new English(text.trim());
        }
    }

    /** A name's English forms: at least one, the preferred first. */
    record EnglishForms(List<String> forms) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static EnglishForms of(List<English> forms) {
            List<String> texts = forms == null ? List.of()
                    : forms.stream().filter(Objects::nonNull).map(English::text).distinct().toList();
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("needs at least one English form (en:)");
            }
            return new EnglishForms(texts);
        }
    }

    /** {@code chineseNames}: a name whose English is not its pinyin (西藏 Tibet/Xizang, 李家超 John Lee). */
    record NameEntry(@JsonProperty(required = true) Zh zh, @JsonProperty(required = true) EnglishForms en,
                     @JsonProperty(required = true) NameKind kind, String country, String note) {
    }

    /** {@code surnameReadings}: the reading of a surname in names where it differs from the character's usual one. */
    record ReadingEntry(@JsonProperty(required = true) Zh zh, @JsonProperty(required = true) String reading, String note) {
        ReadingEntry {
            if (zh.text().codePointCount(0, zh.text().length()) > 2) {
                throw new IllegalArgumentException(zh.text() + ": a surname has one or two characters");
            }
            if (reading == null || !READING.matcher(reading).matches()) {
                throw new IllegalArgumentException(zh.text() + ": reading '" + reading
                        + "' must be pinyin without tones, capitalised (Shan, Yuchi)");
            }
        }
    }

    /**
     * {@code ambiguous}: a Chinese form that names several countries, so that rules must decide by context; {@code
     * beside}: the one it names in a compound beside another abbreviation (澳 beside 港 is Macao, 巴 beside 以 Palestine).
     */
    record AmbiguousEntry(@JsonProperty(required = true) Zh zh, @JsonProperty(required = true) List<String> codes,
                          Map<String, String> beside, String note) {
        AmbiguousEntry {
            beside = beside == null ? Map.of() : Map.copyOf(beside);
            for (Map.Entry<String, String> b : beside.entrySet()) {
                if (!codes.contains(b.getValue())) {
                    throw new IllegalArgumentException(zh.text() + ": beside " + b.getKey() + " names " + b.getValue()
                            + ", which is not one of its codes " + codes);
                }
            }
        }
    }
}
