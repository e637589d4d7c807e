package io.github.mtlint.grammar;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.NameSpans;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.text.SourceText;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every LanguageTool match as an mtlint finding {@code lt.<RULE_ID>}, with an MQM category and severity
 * from {@link LanguageToolMapping}. Runs LanguageTool's rules on the analysis the analyzer already made.
 */
public final class LanguageToolRule implements Rule {

    public static final String PREFIX = "lt.";
    private static final int MAX_SUGGESTIONS = 5;
    private static final Pattern MARKUP = Pattern.compile("</?(?:suggestion|marker|b|i)>");

    private final LanguageToolSessions sessions;
    private final LanguageToolAnalyzer analyzer;
    private final LanguageToolMapping mapping;
    private final RuleMeta meta;
    private final Map<String, RuleMeta> metasById = new ConcurrentHashMap<>();
    private final List<NameSpans> names;

    /**
     * @param analyzer analyses documents that come without LanguageTool's analysis
     * @param names    where documents name people and places; LanguageTool's spellers skip those words
     */
    public LanguageToolRule(LanguageToolSessions sessions, LanguageToolAnalyzer analyzer, LanguageToolMapping mapping,
                            List<NameSpans> names) {
        this.sessions = sessions;
        this.names = List.copyOf(names);
        this.analyzer = analyzer;
        this.mapping = mapping;
        this.meta = new RuleMeta("lt.*", "languagetool", mapping.defaults().category(), mapping.defaults().severity(),
                "LanguageTool " + JLanguageTool.VERSION + " " + sessions.defaultVariant().code()
                        + " rules (grammar, spelling, punctuation, style), minus the ones noisy on news (rules/languagetool.yml)",
                Map.of(RuleMeta.DEFAULT_MESSAGE, "${message}"), "LanguageTool " + JLanguageTool.VERSION, "https://languagetool.org",
                List.of(), List.of(), true);
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** LanguageTool's rule matching reads the analysis only, with a LanguageTool of the thread's own. */
    @Override
    public boolean runsBesideOthers() {
        return true;
    }

    @Override
    public void check(Document document, RuleContext context) {
        LanguageToolAnalysis analysis = document.attachment(LanguageToolAnalysis.class).orElseGet(
                () -> analyzer.analyze(new SourceText(document.id(), document.text(), document.lines()))
                        .attachment(LanguageToolAnalysis.class).orElseThrow());
        markNames(document, analysis);
        List<RuleMatch> matches;
        try {
            matches = sessions.current(analysis.variant()).check(document.text(), analysis.sentenceTexts(), analysis.sentences());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (RuleMatch match : matches) {
            org.languagetool.rules.Rule ltRule = match.getRule();
            if (mapping.isException(ltRule.getId(), document.text(), match.getFromPos(), match.getToPos())
                    || mapping.assumesTheCurrentYear(ltRule.getId()) && context.documentDate().getYear() != context.today().getYear()) {
                continue;
            }
            RuleMeta ruleMeta = metaFor(ltRule);
            List<String> suggestions = match.getSuggestedReplacements();
            context.report(new Issue(ruleMeta.id(), ruleMeta.category(), ruleMeta.severity(), plain(match.getMessage()),
                    new Span(match.getFromPos(), match.getToPos()),
                    suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
        }
    }

    /** Tells LanguageTool's spellers to skip every token inside a name. */
    private void markNames(Document document, LanguageToolAnalysis analysis) {
        if (names.isEmpty()) {
            return;
        }
        boolean[] inName = new boolean[document.text().length() + 1];
        for (NameSpans finder : names) {
            for (Span span : finder.names(document)) {
                java.util.Arrays.fill(inName, span.start(), span.end(), true);
            }
        }
        int offset = 0;
        for (int i = 0; i < analysis.sentences().size(); i++) {
            for (AnalyzedTokenReadings token : analysis.sentences().get(i).getTokens()) {
                int start = offset + token.getStartPos();
                if (!token.isWhitespace() && start < inName.length && inName[start]) {
                    token.ignoreSpelling();
                }
            }
            offset += analysis.sentenceTexts().get(i).length();
        }
    }

    /** Metadata for one LanguageTool rule id as it appears in reports ({@code lt.RULE_ID}). */
    @Override
    public Optional<RuleMeta> metaFor(String issueRuleId) {
        return Optional.ofNullable(metasById.get(issueRuleId));
    }

    /** Any LanguageTool rule by its mtlint id ({@code lt.RULE_ID}), switched on or not. */
    public Optional<RuleMeta> describe(String issueRuleId) {
        if (!issueRuleId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = issueRuleId.substring(PREFIX.length());
        return sessions.current().getAllRules().stream().filter(r -> r.getId().equals(id)).findFirst().map(this::metaFor);
    }

    /** Every LanguageTool rule active in this run, as mtlint metadata. */
    public List<RuleMeta> activeRules() {
        return sessions.current().getAllActiveRules().stream().map(this::metaFor).distinct()
                .sorted(java.util.Comparator.comparing(RuleMeta::id)).toList();
    }

    private RuleMeta metaFor(org.languagetool.rules.Rule ltRule) {
        return metasById.computeIfAbsent(PREFIX + ltRule.getId(), id -> {
            String categoryId = ltRule.getCategory().getId().toString();
            LanguageToolMapping.Target target = mapping.targetFor(ltRule.getId(), categoryId);
            URL url = ltRule.getUrl();
            return new RuleMeta(id, "languagetool", target.category(), target.severity(), plain(ltRule.getDescription()),
                    Map.of(RuleMeta.DEFAULT_MESSAGE, "${message}"),
                    "LanguageTool " + JLanguageTool.VERSION + " (" + categoryId + ")", url == null ? "" : url.toString(),
                    List.of(), List.of(), !ltRule.isDefaultOff());
        });
    }

    static String plain(String message) {
        return MARKUP.matcher(message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D")).replaceAll("");
    }
}
