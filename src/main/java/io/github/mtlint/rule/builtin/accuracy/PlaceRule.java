package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A province or city of the source whose English name the target segment lacks, while another that the source never
 * names stands there: 天津 rendered as "Beijing", 北京 as "Shanghai". The places and their English names are the rule's
 * data.
 */
public final class PlaceRule extends BaseRule {

    private final double minConfidence;
    /** Each place's Chinese name with its English names, the first preferred. */
    private final Map<String, List<String>> englishByChinese = new LinkedHashMap<>();
    /** Each English name with the place's Chinese name. */
    private final Map<String, String> chineseByEnglish = new LinkedHashMap<>();
    /** One-character abbreviations of places (沪: Shanghai), which explain the English name. */
    private final Map<String, String> abbreviations;
    /** Verbs of going and coming before which an abbreviation names its place alone (赴湘, "to Hunan"). */
    private final List<String> movementVerbs;
    private final Pattern englishNames;
    private final int longestChinese;
    /** A capitalised word after the place name that names an institution, not the place's own ("Province"). */
    private final Pattern institutionAfter;

    public PlaceRule(RuleSpec spec) {
        super(spec.variables("place", "written").meta());
        this.minConfidence = AlignedPairs.minConfidence(spec);
        spec.map("places").forEach((zh, names) -> {
            List<String> english = List.of(names.trim().split("\\s*\\|\\s*"));
            englishByChinese.put(zh, english);
            english.forEach(e -> chineseByEnglish.put(e, zh));
        });
        this.abbreviations = spec.map("abbreviations");
        this.movementVerbs = spec.list("movementVerbs");
        List<String> longestFirst = new ArrayList<>(chineseByEnglish.keySet());
        longestFirst.sort((a, b) -> b.length() - a.length());
        this.englishNames = Pattern.compile("(?<![\\p{L}\\d'’-])(?:"
                + String.join("|", longestFirst.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");
        this.longestChinese = englishByChinese.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.institutionAfter = Pattern.compile("[ \\t]+(?!(?:" + String.join("|", spec.list("placeWords").stream()
                .map(Pattern::quote).toList()) + ")(?![\\p{L}]))\\p{Lu}");
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        for (AlignedSegment pair : AlignedPairs.of(document, minConfidence)) {
            String target = document.text(pair.target());
            String sourceSegment = source.text(pair.source());
            Optional<Span> missing = firstMissingPlace(sourceSegment, target);
            if (missing.isEmpty()) {
                continue;
            }
            Span expected = missing.get();
            String expectedEnglish = englishOf(sourceSegment.substring(expected.start(), expected.end())).get(0);
            Matcher m = englishNames.matcher(target);
            while (m.find()) {
                // a place the source never names stands for the missing one; a place name before a capitalised word
                // names an institution ("Shanghai Cooperation Organisation"), unless the word is its own ("Province")
                String written = m.group();
                boolean named = source.text().contains(chineseByEnglish.get(written))
                        || abbreviations.entrySet().stream().anyMatch(a -> a.getValue().equals(written) && sourceSegment.contains(a.getKey()));
                if (!named && !institutionAfter.matcher(target).region(m.end(), target.length()).lookingAt()) {
                    context.flag(new Span(m.start(), m.end()).shift(pair.target().start()))
                            .source(expected.shift(pair.source().start()))
                            .with("place", expectedEnglish).with("written", written)
                            .suggest(expectedEnglish).report();
                }
            }
        }
    }

    /**
     * The first place of the source segment (leftmost longest) whose English names the target lacks, if any: a
     * place's name, or its abbreviation after a verb of going or coming (赴湘).
     */
    private Optional<Span> firstMissingPlace(String sourceSegment, String target) {
        String lowerTarget = target.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < sourceSegment.length()) {
            String found = null;
            for (int end = Math.min(sourceSegment.length(), i + longestChinese); end > i + 1 && found == null; end--) {
                if (englishByChinese.containsKey(sourceSegment.substring(i, end))) {
                    found = sourceSegment.substring(i, end);
                }
            }
            int start = i;
            if (found == null && i > 0 && abbreviations.containsKey(sourceSegment.substring(i, i + 1))
                    && movementVerbs.contains(sourceSegment.substring(i - 1, i))) {
                found = sourceSegment.substring(i, i + 1);
            }
            if (found == null) {
                i++;
                continue;
            }
            if (englishOf(found).stream().noneMatch(e -> lowerTarget.contains(e.toLowerCase(Locale.ROOT)))) {
                return Optional.of(new Span(start, start + found.length()));
            }
            i += found.length();
        }
        return Optional.empty();
    }

    /** A place's English names, by its name or its abbreviation. */
    private List<String> englishOf(String chinese) {
        List<String> names = englishByChinese.get(chinese);
        return names != null ? names : List.of(abbreviations.get(chinese));
    }
}
