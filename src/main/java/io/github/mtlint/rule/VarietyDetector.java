package io.github.mtlint.rule;

import io.github.mtlint.model.EnglishVariant;

import java.util.Optional;

/** Which English spelling standard a text mostly follows, if its words tell. */
public interface VarietyDetector {

    Optional<EnglishVariant> variety(String text);
}
