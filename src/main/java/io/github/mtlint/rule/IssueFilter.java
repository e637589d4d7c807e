package io.github.mtlint.rule;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Issue;

import java.util.List;

/** A pass over all of a document's findings after the rules ran (dropping false alarms a rule family knows). */
public interface IssueFilter {

    List<Issue> filter(Document document, List<Issue> issues);
}
