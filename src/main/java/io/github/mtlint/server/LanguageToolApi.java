package io.github.mtlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mtlint.model.Category;
import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.model.Span;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.rule.RuleIds;
import io.github.mtlint.text.DocumentReader;
import io.github.mtlint.text.PairedText;
import io.github.mtlint.text.SourceText;
import io.github.mtlint.text.UnreadableInputException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * LanguageTool's public HTTP API, version 2 ({@code POST /v2/check}, {@code GET /v2/languages}), answered with mtlint's
 * findings in LanguageTool's response shape, so that LanguageTool's clients (browser add-ons, LTeX, editors) show
 * them. Offsets and lengths are in UTF-16 units of the text the client sent, as LanguageTool counts them.
 */
final class LanguageToolApi {

    /** Characters of context on each side of a match, LanguageTool's server default. */
    private static final int CONTEXT_CHARS = 40;
    private static final String ELLIPSIS = "...";
    private static final String LANGUAGE_TOOL_PREFIX = "lt.";
    private static final String TEXT_ID = "<text>";
    private static final JsonFactory JSON = new JsonFactory();

    /** A language as LanguageTool names it; {@code variant} null means each text's own variety. */
    record Language(String name, String code, String longCode, EnglishVariant variant) {
    }

    static final List<Language> LANGUAGES = List.of(
            new Language("English", "en", "en", null),
            new Language("English (US)", "en", "en-US", EnglishVariant.US),
            new Language("English (GB)", "en", "en-GB", EnglishVariant.GB));

    /** A parsed check request; {@code source} is null when the text is blank (nothing to check). */
    /**
     * @param onlyRules          with enabledOnly, the rules whose matches are kept (with those of onlyCategories)
     * @param onlyCategories     with enabledOnly, the MQM categories (as the matches name them) whose matches are kept
     * @param disabledCategories the MQM categories whose matches are dropped
     */
    record Request(AnnotatedText text, SourceText source, Language language, CheckOptions options, List<String> onlyRules,
                   Set<Category> onlyCategories, Set<Category> disabledCategories) {

        boolean keeps(String ruleId, Category category) {
            if (disabledCategories.contains(category)) {
                return false;
            }
            boolean only = !onlyRules.isEmpty() || !onlyCategories.isEmpty();
            return !only || onlyCategories.contains(category) || onlyRules.stream().anyMatch(p -> RuleIds.matches(p, ruleId));
        }
    }

    private final TextChecker checker;
    private final String version;

    LanguageToolApi(TextChecker checker, String version) {
        this.checker = checker;
        this.version = version;
    }

    Request parse(Form form) throws HttpError {
        var text = form.first("text");
        var data = form.first("data");
        if (text.isPresent() == data.isPresent()) {
            throw HttpError.badRequest(text.isPresent() ? "set only 'text' or 'data', not both" : "missing 'text' or 'data' parameter");
        }
        Language language = language(form.first("language")
                .orElseThrow(() -> HttpError.badRequest("missing 'language' parameter (en, en-US, en-GB or auto)")));
        AnnotatedText annotated = text.isPresent() ? AnnotatedText.ofText(text.get()) : AnnotatedText.ofData(data.get());
        List<String> enabledRules = known(form.list("enabledRules"));
        // a match's category is an MQM category (FLUENCY_GRAMMAR): clients send it back to switch it off or on
        Set<Category> onlyCategories = mqmCategories(form.list("enabledCategories"));
        Set<Category> disabledCategories = mqmCategories(form.list("disabledCategories"));
        List<String> enabledCategories = known(withoutMqmCategories(form.list("enabledCategories")));
        List<String> disabled = known(form.list("disabledRules"));
        disabled.addAll(known(withoutMqmCategories(form.list("disabledCategories"))));
        List<String> onlyRules = List.of();
        if (form.flag("enabledOnly")) {
            if (!enabledCategories.isEmpty()) {
                throw HttpError.badRequest("enabledOnly with LanguageTool's category ids is not supported: name the rules in "
                        + "enabledRules, or the categories as the matches name them (" + Category.FLUENCY_GRAMMAR.name() + ")");
            }
            if (form.list("enabledRules").isEmpty() && onlyCategories.isEmpty()) {
                throw HttpError.badRequest("enabledOnly needs enabledRules or enabledCategories");
            }
            onlyRules = List.copyOf(enabledRules);
        } else {
            onlyCategories = Set.of();
        }
        List<String> enabled = new ArrayList<>(enabledRules);
        enabled.addAll(enabledCategories);
        SourceText source = null;
        if (!annotated.plain().isBlank()) {
            try {
                source = new DocumentReader().decode(annotated.plain().getBytes(StandardCharsets.UTF_8), TEXT_ID);
            } catch (UnreadableInputException e) {
                throw HttpError.badRequest("the text cannot be checked: " + e.getMessage());
            }
        }
        return new Request(annotated, source, language, new CheckOptions(language.variant(), enabled, disabled, null), onlyRules,
                onlyCategories, disabledCategories);
    }

    private static Set<Category> mqmCategories(List<String> ids) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        ids.forEach(id -> mqmCategory(id).ifPresent(categories::add));
        return categories;
    }

    private static List<String> withoutMqmCategories(List<String> ids) {
        return ids.stream().filter(id -> mqmCategory(id).isEmpty()).toList();
    }

    /** The MQM category a match names by this id (FLUENCY_GRAMMAR), if it is one. */
    private static Optional<Category> mqmCategory(String id) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(id.strip())).findFirst();
    }

    /** Runs on a worker: checks the text and writes LanguageTool's answer. */
    String answer(Request request) {
        Report report = request.source() == null ? null : checker.check(List.of(PairedText.alone(request.source())), request.options());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "mtlint");
            g.writeStringField("version", version);
            g.writeStringField("buildDate", "");
            g.writeNumberField("apiVersion", 1);
            g.writeBooleanField("premium", false);
            g.writeStringField("status", "");
            g.writeEndObject();
            g.writeObjectFieldStart("warnings");
            // as LanguageTool marks a check it cut short: here a text that ran out of its time budget
            g.writeBooleanField("incompleteResults", report != null && !report.errors().isEmpty());
            g.writeEndObject();
            writeLanguage(g, request.language());
            g.writeArrayFieldStart("matches");
            if (report != null && !report.documents().isEmpty()) {
                writeMatches(g, report, report.documents().get(0), request);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String languages() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Language language : LANGUAGES) {
                g.writeStartObject();
                g.writeStringField("name", language.name());
                g.writeStringField("code", language.code());
                g.writeStringField("longCode", language.longCode());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Language language(String code) throws HttpError {
        String wanted = code.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (wanted.equals("auto")) {
            return LANGUAGES.get(0);
        }
        for (Language language : LANGUAGES) {
            if (language.longCode().toLowerCase(Locale.ROOT).equals(wanted)) {
                return language;
            }
        }
        throw HttpError.badRequest("'" + code + "' is not a language mtlint checks: it checks English (en, en-US, en-GB, auto)");
    }

    /** LanguageTool's rule and category ids as mtlint's ({@code EN_QUOTES} is {@code lt.EN_QUOTES}); unknown ones are skipped, as LanguageTool does. */
    private List<String> known(List<String> ids) {
        List<String> patterns = new ArrayList<>();
        for (String id : ids) {
            String pattern = id.contains(".") ? id : LANGUAGE_TOOL_PREFIX + id;
            if (checker.knowsRule(pattern)) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    private static void writeLanguage(JsonGenerator g, Language language) throws IOException {
        g.writeObjectFieldStart("language");
        g.writeStringField("name", language.name());
        g.writeStringField("code", language.longCode());
        g.writeObjectFieldStart("detectedLanguage");
        g.writeStringField("name", language.name());
        g.writeStringField("code", language.longCode());
        g.writeNumberField("confidence", 1.0);
        g.writeStringField("source", "");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMatches(JsonGenerator g, Report report, DocumentResult document, Request request) throws IOException {
        String plain = request.text().plain();
        // the reader drops a byte-order mark, and the report's offsets do not count it
        int base = plain.startsWith("\uFEFF") ? 1 : 0;
        String original = request.text().original();
        for (ReportedIssue reported : document.issues()) {
            String ruleId = reported.issue().ruleId();
            Category category = reported.issue().category();
            if (!request.keeps(ruleId, category)) {
                continue;
            }
            int from = request.text().toOriginal(plain.offsetByCodePoints(base, reported.start()), false);
            int to = Math.max(from, request.text().toOriginal(plain.offsetByCodePoints(base, reported.end()), true));
            RuleMeta meta = report.rules().get(ruleId);
            g.writeStartObject();
            g.writeStringField("message", reported.issue().message());
            g.writeStringField("shortMessage", category.path() + ", " + reported.issue().severity().name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("replacements");
            for (String suggestion : reported.issue().suggestions()) {
                g.writeStartObject();
                g.writeStringField("value", suggestion);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("offset", from);
            g.writeNumberField("length", to - from);
            writeContext(g, original, from, to);
            g.writeStringField("sentence", sentence(document, reported.issue().span()));
            g.writeObjectFieldStart("type");
            g.writeStringField("typeName", typeName(category));
            g.writeEndObject();
            g.writeObjectFieldStart("rule");
            g.writeStringField("id", ruleId.startsWith(LANGUAGE_TOOL_PREFIX) ? ruleId.substring(LANGUAGE_TOOL_PREFIX.length()) : ruleId);
            g.writeStringField("description", meta == null || meta.description().isBlank() ? reported.issue().message() : meta.description());
            g.writeStringField("issueType", category.itsIssueType());
            if (meta != null && !meta.link().isBlank()) {
                g.writeArrayFieldStart("urls");
                g.writeStartObject();
                g.writeStringField("value", meta.link());
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeObjectFieldStart("category");
            g.writeStringField("id", category.name());
            g.writeStringField("name", category.path());
            g.writeEndObject();
            g.writeEndObject();
            g.writeBooleanField("ignoreForIncompleteSentence", false);
            g.writeNumberField("contextForSureMatch", 0);
            g.writeEndObject();
        }
    }

    /** As LanguageTool's context: up to 40 characters each side, "..." where cut, line ends as spaces. */
    private static void writeContext(JsonGenerator g, String text, int from, int to) throws IOException {
        int start = Math.max(0, from - CONTEXT_CHARS);
        int end = Math.min(text.length(), to + CONTEXT_CHARS);
        String prefix = start > 0 ? ELLIPSIS : "";
        String context = prefix + text.substring(start, end).replace('\n', ' ').replace('\r', ' ')
                + (end < text.length() ? ELLIPSIS : "");
        g.writeObjectFieldStart("context");
        g.writeStringField("text", context);
        g.writeNumberField("offset", prefix.length() + from - start);
        g.writeNumberField("length", to - from);
        g.writeEndObject();
    }

    private static String sentence(DocumentResult document, Span span) {
        for (Span sentence : document.sentences()) {
            if (sentence.start() <= span.start() && span.start() < Math.max(sentence.end(), sentence.start() + 1)) {
                return document.text().substring(sentence.start(), sentence.end()).trim();
            }
        }
        return "";
    }

    /** LanguageTool's match types: unknown words, style hints, everything else. */
    private static String typeName(Category category) {
        return switch (category) {
            case FLUENCY_SPELLING -> "UnknownWord";
            case STYLE_AWKWARD, STYLE_UNIDIOMATIC -> "Hint";
            default -> "Other";
        };
    }

}
