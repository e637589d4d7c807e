package io.github.mtlint.rule;

import io.github.mtlint.model.EnglishVariant;
import io.github.mtlint.model.Issue;
import io.github.mtlint.model.Span;

import java.time.LocalDate;
import java.util.Optional;

/** What a rule sees of the run while checking one document, and where it reports. */
public interface RuleContext {

    /** Starts an issue at the span, with the rule's metadata and default message. */
    IssueBuilder flag(Span span);

    /**
     * Reports an issue built elsewhere (LanguageTool's matches carry their own ids and messages); configured
     * severity overrides still apply.
     */
    void report(Issue issue);

    /**
     * The date the text speaks of: {@code --date}, else the text's dateline, else the middle of the year it names
     * most often (if before this year), else today.
     */
    LocalDate documentDate();

    /** Whether that date was given ({@code --date}) or stated by the text, rather than guessed. */
    boolean dateIsStated();

    /** Today: the latest date a text can speak of, and the date of a text that states none. */
    LocalDate today();

    /** The English variant the user asked for, if any (otherwise rules infer it from the text). */
    Optional<EnglishVariant> variant();

    /** An issue under construction; {@link #report()} renders the message template and records it. */
    interface IssueBuilder {

        /** Adds a suggested replacement; the first is {@code ${suggestion}} in the message. */
        IssueBuilder suggest(String replacement);

        /** Sets a template variable. */
        IssueBuilder with(String name, Object value);

        /** Uses one of the rule's named messages instead of its default one. */
        IssueBuilder message(String name);

        IssueBuilder severity(io.github.mtlint.model.Severity severity);

        /** Another MQM category than the rule's, for a finding of another kind than its others. */
        IssueBuilder category(io.github.mtlint.model.Category category);

        /** The span of the source text this issue is about (accuracy rules); {@code ${source}} in the message. */
        IssueBuilder source(Span sourceSpan);

        void report();
    }
}
