package io.github.mtlint.report;

import io.github.mtlint.score.ScoringModel;

/** What a run's reports know before its first document: the tool's version and the scoring model. */
public record RunHeader(String toolVersion, ScoringModel scoring) {
}
