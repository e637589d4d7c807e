package io.github.mtlint.rule.data;

import io.github.mtlint.model.RuleMeta;
import io.github.mtlint.rule.Rule;

import java.util.Map;
import java.util.Set;

/** One {@code kind:} of declarative rule: the keys it takes besides the common ones, and how to build it. */
interface RuleKind {

    String name();

    Set<String> keys();

    Scope defaultScope();

    /** The message variables this kind provides besides {@code match} and {@code suggestion}. */
    default Set<String> variables() {
        return Set.of();
    }

    /** @param body all of the file's keys (the common ones too), already checked against the allowed keys */
    Rule create(RuleMeta meta, Scope scope, Map<String, YamlNode> body) throws RuleFileException;
}
