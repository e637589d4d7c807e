package io.github.mtlint.cli;

import io.github.mtlint.model.RuleExample;
import io.github.mtlint.config.ConfigException;
import io.github.mtlint.engine.ExampleRunner;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.Rule;
import io.github.mtlint.rule.RuleSettings;
import io.github.mtlint.setup.Components;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtlint rules}: every rule with its kind, MQM category, severity, origin and description. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rules: id, kind, MQM category, default severity, origin and description.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--languagetool", description = "Also list each active LanguageTool rule (several thousand).")
    private boolean languageTool;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule packs to include in the list. Repeatable.")
    private List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Extra lexicon folders. Repeatable.")
    private List<Path> lexiconDirs = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "VARIANT", description = "en-US or en-GB (affects LanguageTool's rules).")
    private String variant;

    @Option(names = "--config", paramLabel = "FILE", description = "Project configuration (default: ./mtlint.yml if present): "
            + "its rule packs, lexicons and variant are listed, and its enable/disable decide the ON column.")
    private Path config;

    @Option(names = "--test", description = "Run every rule's examples ([[...]] marks what must be flagged) and report those that fail; exit 1 if any does.")
    private boolean test;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Components components;
        try {
            // the glossary rules' examples use the bundled news glossary
            components = ProjectComponents.build(config, ruleDirs, lexiconDirs, variant,
                    test ? List.of(Path.of(Components.NEWS_GLOSSARY)) : List.of());
        } catch (ConfigException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("mtlint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (test) {
            return testExamples(components, out);
        }
        List<RuleMeta> metas = components.metas(languageTool);
        int idWidth = metas.stream().mapToInt(m -> m.id().length()).max().orElse(10);
        int categoryWidth = metas.stream().mapToInt(m -> m.category().path().length()).max().orElse(10);
        String format = "%-" + idWidth + "s  %-12s  %-" + categoryWidth + "s  %-8s  %-3s  %s%n";
        out.printf(format, "ID", "KIND", "CATEGORY", "SEVERITY", "ON", "ORIGIN");
        for (RuleMeta meta : metas) {
            boolean on = components.rules.rule(meta.id()).isPresent() || meta.id().startsWith("lt.") && meta.enabledByDefault();
            out.printf(format, meta.id(), meta.kind(), meta.category().path(), meta.severity().id(), on ? "yes" : "no", meta.origin());
            out.println("    " + firstSentence(meta.description()));
        }
        out.println();
        out.println(metas.size() + " rules. 'mtlint explain ID' shows a rule's description and examples.");
        if (!languageTool) {
            out.println("LanguageTool's rules report as lt.<ID>; list them with 'mtlint rules --languagetool'.");
        }
        out.flush();
        return ExitCodes.PASS;
    }

    private static int testExamples(Components components, PrintWriter out) {
        ExampleRunner runner = new ExampleRunner(components.analyzer, components.sourceAnalyzer,
                RuleSettings.defaults(LocalDate.now()));
        int examples = 0;
        int failures = 0;
        for (Rule rule : components.allRules.rules()) {
            for (RuleExample example : rule.meta().examples()) {
                examples++;
                List<String> problems = runner.check(rule, example);
                if (!problems.isEmpty()) {
                    failures++;
                    out.println(rule.id() + " (" + rule.meta().origin() + "): example " + example.display());
                    problems.forEach(p -> out.println("  " + p));
                }
            }
        }
        out.println(examples + " examples, " + failures + (failures == 1 ? " failure" : " failures"));
        out.flush();
        return failures == 0 ? ExitCodes.PASS : ExitCodes.GATE_FAILED;
    }

    /** The description up to its first full stop that ends a sentence (not one inside a quotation). */
    private static String firstSentence(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](?=\\s+\\p{Lu})(?![^(]*\\))").matcher(oneLine);
        return end.find() ? oneLine.substring(0, end.end()) : oneLine;
    }
}
