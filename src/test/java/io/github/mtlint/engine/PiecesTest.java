package io.github.mtlint.engine;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.report.DocumentResult;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.score.ScoringModel;
import io.github.mtlint.text.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document too large to analyse whole is checked in pieces: the findings keep their places in the whole text. */
class PiecesTest {

    private static Linter linter(int pieceChars) {
        return new Linter(Fixtures.analyzer(), Fixtures.rules(), Fixtures.settings(), ScoringModel.standard(), Baseline.empty(),
                1, "test").withPieceChars(pieceChars);
    }

    @Test
    void findingsInPiecesAreWhereTheyAreInTheWholeText() throws Exception {
        String article = Files.readString(Path.of("samples/xi_central_asia.txt"));
        DocumentResult whole = linter(Linter.PIECE_CHARS).lintTexts(List.of(SourceText.of("a.txt", article))).documents().get(0);
        DocumentResult pieces = linter(2_000).lintTexts(List.of(SourceText.of("a.txt", article))).documents().get(0);
        assertTrue(article.length() > 4 * 2_000, "the article makes several pieces");

        assertEquals(whole.words(), pieces.words());
        assertEquals(whole.text(), pieces.text());
        List<String> local = whole.issues().stream().map(PiecesTest::describe).toList();
        List<String> inPieces = pieces.issues().stream().map(PiecesTest::describe).toList();
        // rules that compare distant parts of a document may differ; what a sentence shows alone must not
        long same = inPieces.stream().filter(local::contains).count();
        assertTrue(same >= local.size() * 0.8, same + " of " + local.size() + " findings the same:\n" + local + "\n" + inPieces);
        for (ReportedIssue issue : pieces.issues()) {
            assertEquals(issue.text(), article.substring(issue.issue().span().start(), issue.issue().span().end()),
                    "the finding quotes the whole text at its place");
        }
    }

    @Test
    void aMessageNamingALineNamesTheFilesLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("Paragraph ").append(i).append(" tells of talks between the two ministers in the capital.\n");
        }
        String repeated = "The two sides signed the agreement on trade and investment.\n";
        text.append(repeated).append(repeated);
        ReportedIssue loop = linter(600).lintTexts(List.of(SourceText.of("a.txt", text.toString()))).documents().get(0)
                .issues().stream().filter(i -> i.issue().ruleId().equals("repetition.mt-loop")).findFirst().orElseThrow();
        assertEquals(32, loop.location().line());
        assertTrue(loop.issue().message().contains("line 31"), loop.issue().message());
    }

    private static String describe(ReportedIssue issue) {
        return issue.issue().ruleId() + "@" + issue.location().line() + ":" + issue.location().column() + "-" + issue.end();
    }
}
