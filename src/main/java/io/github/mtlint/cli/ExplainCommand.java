package io.github.mtlint.cli;

import io.github.mtlint.model.RuleExample;
import io.github.mtlint.config.ConfigException;
import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.setup.Components;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mtlint explain ID}: what a rule checks, why, how it reports, and its examples. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show a rule's description, category, severity, messages and examples.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A rule id from 'mtlint rules', or lt.<ID> for a LanguageTool rule.")
    private String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule packs to search. Repeatable.")
    private List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Project configuration (default: ./mtlint.yml if present): "
            + "its rule packs are searched too.")
    private Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Components components;
        try {
            components = ProjectComponents.build(config, ruleDirs, List.of(), null, List.of());
        } catch (ConfigException e) {
            err.println("mtlint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
        Optional<RuleMeta> meta = components.allRules.rule(id).map(r -> r.meta());
        if (meta.isEmpty()) {
            meta = components.languageTool.describe(id);
        }
        if (meta.isEmpty()) {
            err.println("mtlint: unknown rule '" + id + "' (see 'mtlint rules')");
            return ExitCodes.USAGE_OR_INPUT;
        }
        print(out, meta.get(), components);
        out.flush();
        return ExitCodes.PASS;
    }

    private static void print(PrintWriter out, RuleMeta meta, Components components) {
        out.println(meta.id());
        out.println("  kind:      " + meta.kind());
        out.println("  category:  " + meta.category().path());
        out.println("  severity:  " + meta.severity().id());
        out.println("  origin:    " + meta.origin());
        if (!meta.link().isEmpty()) {
            out.println("  link:      " + meta.link());
        }
        String disabledReason = meta.id().startsWith("lt.")
                ? components.mapping.disabled().get(meta.id().substring(3)) : null;
        if (disabledReason != null) {
            out.println("  status:    off by default: " + disabledReason);
        }
        out.println();
        out.println(indent(meta.description()));
        if (!meta.messages().isEmpty() && !"${message}".equals(meta.message())) {
            out.println();
            out.println("Message:");
            for (Map.Entry<String, String> m : meta.messages().entrySet()) {
                out.println("  " + (meta.messages().size() > 1 ? m.getKey() + ": " : "") + m.getValue());
            }
        }
        if (!meta.supersedes().isEmpty()) {
            out.println();
            out.println("Replaces, on the same words, findings of: " + String.join(", ", meta.supersedes()));
        }
        if (!meta.examples().isEmpty()) {
            out.println();
            out.println("Examples ([[...]] marks what is flagged):");
            for (RuleExample example : meta.examples()) {
                out.println("  " + (example.isFlagged() ? "flagged: " : "clean:   ") + example.target().replace("\n", "\n           "));
                if (example.hasSource()) {
                    out.println("  source:  " + example.source().replace("\n", "\n           "));
                }
            }
        }
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
