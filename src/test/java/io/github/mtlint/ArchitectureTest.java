package io.github.mtlint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package arrows of DESIGN.md: dependencies point inward, no cycles, LanguageTool only in grammar. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mtlint");

    @Test
    void packagesDependOnlyOnWhatTheDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("..mtlint.model..")
                .layer("numbers").definedBy("..mtlint.numbers..")
                .layer("text").definedBy("..mtlint.text..")
                .layer("grammar").definedBy("..mtlint.grammar..")
                .layer("rule").definedBy("io.github.mtlint.rule")
                .layer("builtin").definedBy("..mtlint.rule.builtin..")
                .layer("data").definedBy("..mtlint.rule.data..")
                .layer("lexicon").definedBy("..mtlint.lexicon..")
                .layer("source").definedBy("..mtlint.source..")
                .layer("score").definedBy("..mtlint.score..")
                .layer("engine").definedBy("..mtlint.engine..")
                .layer("report").definedBy("..mtlint.report..")
                .layer("render").definedBy("..mtlint.render..")
                .layer("config").definedBy("..mtlint.config..")
                .layer("cli").definedBy("..mtlint.cli..")
                .layer("server").definedBy("..mtlint.server..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("cli", "server")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("config").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("grammar").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("data").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("builtin").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("lexicon").mayOnlyBeAccessedByLayers("builtin", "source", "cli")
                .whereLayer("source").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("engine", "render", "cli", "server")
                .whereLayer("score").mayOnlyBeAccessedByLayers("engine", "report", "render", "cli")
                .whereLayer("rule").mayOnlyBeAccessedByLayers("grammar", "builtin", "data", "engine", "cli", "server")
                .whereLayer("text").mayOnlyBeAccessedByLayers("grammar", "source", "engine", "cli", "server")
                .check(CLASSES);
    }

    @Test
    void onlyGrammarImportsLanguageTool() {
        noClasses().that().resideOutsideOfPackages("..mtlint.grammar..", "..mtlint.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.languagetool..")
                .check(CLASSES);
    }

    @Test
    void onlySourceImportsHanLP() {
        noClasses().that().resideOutsideOfPackages("..mtlint.source..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(CLASSES);
    }

    @Test
    void theModelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("..mtlint.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..mtlint.model..")
                .check(CLASSES);
    }

    @Test
    void numbersUseOnlyTheJdkAndTheModel() {
        noClasses().that().resideInAPackage("..mtlint.numbers..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..mtlint.model..", "..mtlint.numbers..")
                .check(CLASSES);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("io.github.mtlint.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    @Test
    void noCycles() {
        slices().matching("io.github.mtlint.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
