package io.github.mtlint.rule.builtin.terminology;

import io.github.mtlint.lexicon.ChineseForms;
import io.github.mtlint.lexicon.ChineseName;
import io.github.mtlint.lexicon.Lexicon;
import io.github.mtlint.model.AlignedSegment;
import io.github.mtlint.model.Document;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same Chinese name rendered two ways in one document, without a glossary: for a name of the source that the
 * lexicon knows with several English forms (西藏 Xizang/Tibet, 基辅 Kyiv/Kiev, 喀什 Kashgar/Kashi), each aligned segment
 * whose translation uses one of them is compared with the first segment that did; a form that is no shorter or
 * longer writing of the first one (Xizang Autonomous Region and Xizang, NSW and New South Wales, Himalaya and
 * Himalayas) is flagged. Segments whose translation uses none of the forms, or two that disagree (a gloss, "Xizang
 * (Tibet)"), are passed over.
 */
public final class InconsistentTermRule extends BaseRule {

    private final ChineseForms chinese;
    /** The kinds of name compared (the rule's data says why the others are not). */
    private final Set<ChineseName.Kind> kinds;
    /** Abbreviations read as the word they abbreviate when forms are compared (St. as Saint). */
    private final Map<String, String> abbreviations;
    /** Endings that make a place's adjective of its name (Asia-n, Tibet-an), longest first. */
    private final List<String> adjectiveEndings;
    private final double minConfidence;
    private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    public InconsistentTermRule(RuleSpec spec) {
        super(spec.variables("first", "place").meta());
        this.chinese = spec.shared(Lexicon.class).chinese();
        this.minConfidence = spec.number("minConfidence");
        this.kinds = spec.list("kinds").stream().map(k -> ChineseName.Kind.valueOf(k.toUpperCase(Locale.ROOT)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.abbreviations = spec.map("abbreviations");
        this.adjectiveEndings = spec.list("adjectiveEndings");
    }

    /**
     * The first rendering of a source name in the document; a later name with any of the same forms is the same name
     * (西藏 and 西藏自治区 share Xizang and Tibet).
     */
    private record First(List<String> forms, String form, Span target) {
    }

    /** A form of the name found in a segment's translation. */
    private record Found(String form, Span span) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (document.source().isEmpty()) {
            return;
        }
        SourceDocument source = document.source().get();
        List<First> firsts = new ArrayList<>();
        for (AlignedSegment pair : source.alignment().pairs()) {
            if (pair.confidence() < minConfidence || pair.source().isEmpty() || pair.target().isEmpty()) {
                continue;
            }
            String target = document.text(pair.target());
            for (ChineseForms.Match match : chinese.find(source.text(pair.source()))) {
                if (!match.names().stream().allMatch(n -> kinds.contains(n.kind()))) {
                    continue;
                }
                List<String> forms = new ArrayList<>();
                match.names().forEach(n -> n.english().stream().filter(f -> !forms.contains(f)).forEach(forms::add));
                if (forms.size() < 2) {
                    continue;
                }
                Found rendering = rendering(target, forms);
                if (rendering == null) {
                    continue;
                }
                Span span = rendering.span().shift(pair.target().start());
                First first = firsts.stream().filter(f -> f.forms().stream().anyMatch(forms::contains)).findFirst().orElse(null);
                if (first == null) {
                    firsts.add(new First(forms, rendering.form(), span));
                } else if (!sameForm(first.form(), rendering.form())) {
                    context.flag(span).source(new Span(match.start(), match.end()).shift(pair.source().start()))
                            .with("first", document.text(first.target()))
                            .with("place", document.placeOf(first.target())).report();
                }
            }
        }
    }

    /**
     * The form of the name the translation uses: the longest found, provided every other form found is a shorter or
     * longer writing of it; null when none is found or two disagree.
     */
    private Found rendering(String target, List<String> forms) {
        List<Found> found = new ArrayList<>();
        for (String form : forms) {
            Matcher m = patterns.computeIfAbsent(form, InconsistentTermRule::pattern).matcher(target);
            if (m.find()) {
                found.add(new Found(form, new Span(m.start(), m.end())));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        Found longest = found.stream().max((a, b) -> Integer.compare(a.form().length(), b.form().length())).get();
        return found.stream().allMatch(f -> sameForm(f.form(), longest.form())) ? longest : null;
    }

    /** The form as a whole word or phrase, in its letter case, with a space or a hyphen between its words. */
    private static Pattern pattern(String form) {
        String words = java.util.Arrays.stream(form.split("[\\s-]+")).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s-]+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])");
    }

    /**
     * {@link #sameWriting}, abbreviations read in full (St Petersburg, St. Petersburg, Saint Petersburg) and an adjective
     * taken for its noun (Asian-Pacific for Asia-Pacific, Tibetan for Tibet): a document may use both.
     */
    private boolean sameForm(String a, String b) {
        return sameWriting(nouns(expanded(a)), nouns(expanded(b)));
    }

    /** Each word that is an adjective of the other form's kind (a noun with one of the adjective endings) as its noun. */
    private String nouns(String form) {
        StringBuilder result = new StringBuilder();
        for (String word : form.split("[\\s-]+")) {
            String noun = word;
            for (String ending : adjectiveEndings) {
                if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                    noun = word.substring(0, word.length() - ending.length());
                    break;
                }
            }
            result.append(result.length() == 0 ? "" : " ").append(noun);
        }
        return result.toString();
    }

    private String expanded(String form) {
        String result = form;
        for (Map.Entry<String, String> abbreviation : abbreviations.entrySet()) {
            result = result.replaceAll("(?<![\\p{L}])" + Pattern.quote(abbreviation.getKey()) + "\\.?(?![\\p{L}])",
                    Matcher.quoteReplacement(abbreviation.getValue()));
        }
        return result;
    }

    /**
     * Whether two forms are one writing, shorter or longer: one holds the other's letters (Xizang in Xizang
     * Autonomous Region, Himalaya in Himalayas), or one is the other's initials (NSW).
     */
    static boolean sameWriting(String a, String b) {
        String la = letters(a);
        String lb = letters(b);
        return la.contains(lb) || lb.contains(la) || initials(a).equals(lb) || initials(b).equals(la);
    }

    private static String letters(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String initials(String form) {
        StringBuilder initials = new StringBuilder();
        for (String word : form.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
