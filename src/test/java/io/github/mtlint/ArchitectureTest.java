package io.github.mtlint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package arrows of docs/ARCHITECTURE.md: dependencies point inward, no cycles, LanguageTool only in grammar; setup builds
 * the engine for the composition roots cli and spark, and only spark touches Spark.
 */
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
                .layer("glossary").definedBy("..mtlint.glossary..")
                .layer("source").definedBy("..mtlint.source..")
                .layer("score").definedBy("..mtlint.score..")
                .layer("engine").definedBy("..mtlint.engine..")
                .layer("report").definedBy("..mtlint.report..")
                .layer("render").definedBy("..mtlint.render..")
                .layer("config").definedBy("..mtlint.config..")
                .layer("setup").definedBy("..mtlint.setup..")
                .layer("cli").definedBy("..mtlint.cli..")
                .layer("server").definedBy("..mtlint.server..")
                .layer("spark").definedBy("..mtlint.spark..")
                .layer("annotate").definedBy("..mtlint.annotate..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("spark").mayNotBeAccessedByAnyLayer()
                .whereLayer("annotate").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("setup").mayOnlyBeAccessedByLayers("cli", "spark")
                .whereLayer("render").mayOnlyBeAccessedByLayers("cli", "server", "spark")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("setup", "cli", "spark")
                .whereLayer("config").mayOnlyBeAccessedByLayers("setup", "cli", "spark")
                .whereLayer("grammar").mayOnlyBeAccessedByLayers("setup", "cli")
                .whereLayer("data").mayOnlyBeAccessedByLayers("setup", "cli")
                .whereLayer("builtin").mayOnlyBeAccessedByLayers("setup", "cli")
                .whereLayer("lexicon").mayOnlyBeAccessedByLayers("builtin", "source", "setup", "cli")
                .whereLayer("glossary").mayOnlyBeAccessedByLayers("builtin", "setup", "cli", "spark")
                .whereLayer("source").mayOnlyBeAccessedByLayers("setup", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("engine", "render", "cli", "server", "spark", "annotate")
                .whereLayer("score").mayOnlyBeAccessedByLayers("engine", "report", "render", "setup", "cli", "spark")
                .whereLayer("rule").mayOnlyBeAccessedByLayers("grammar", "builtin", "data", "engine", "setup", "cli", "server")
                .whereLayer("text").mayOnlyBeAccessedByLayers("grammar", "source", "engine", "setup", "cli", "server", "spark", "annotate", "glossary")
                .check(CLASSES);
    }

    @Test
    void onlyGrammarImportsLanguageTool() {
        noClasses().that().resideOutsideOfPackages("..mtlint.grammar..", "..mtlint.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.languagetool..")
                .check(CLASSES);
    }

    @Test
    void onlyLanguageToolInternalsReachesBeyondLanguageToolsPublicApi() {
        String internals = "io.github.mtlint.grammar.LanguageToolInternals";
        noClasses().that().doNotHaveFullyQualifiedName(internals).and().doNotHaveFullyQualifiedName(internals + "$CheckingLanguageTool")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.languagetool.chunking.EnglishChunkFilterAccess")
                .orShould().callMethod(org.languagetool.Language.class, "setChunker", org.languagetool.chunking.Chunker.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller")
                .check(CLASSES);
        noClasses().that().doNotHaveFullyQualifiedName(internals + "$CheckingLanguageTool")
                .should().beAssignableTo(org.languagetool.JLanguageTool.class)
                .check(CLASSES);
    }

    @Test
    void onlySourceImportsHanLP() {
        noClasses().that().resideOutsideOfPackages("..mtlint.source..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSparkJobUsesSpark() {
        // Spark is a provided dependency: the CLI runs without it on the class path
        noClasses().that().resideOutsideOfPackage("..mtlint.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(CLASSES);
    }

    @Test
    void theModelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("..mtlint.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..mtlint.model..")
                .check(CLASSES);
    }

    @Test
    void glossariesUseOnlyTheJdkCommonsCsvAndTheSafeXmlReader() {
        noClasses().that().resideInAPackage("..mtlint.glossary..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax.xml..", "org.apache.commons.csv..",
                        "..mtlint.glossary..", "..mtlint.text..")
                .check(CLASSES);
    }

    @Test
    void numbersUseOnlyTheJdkAndTheModel() {
        noClasses().that().resideInAPackage("..mtlint.numbers..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..mtlint.model..", "..mtlint.numbers..")
                .check(CLASSES);
    }

    @Test
    void onlyTheMainsExit() {
        noClasses().that().doNotHaveFullyQualifiedName("io.github.mtlint.cli.Main")
                .and().doNotHaveFullyQualifiedName("io.github.mtlint.spark.SparkCheck")
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    @Test
    void noCycles() {
        slices().matching("io.github.mtlint.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
