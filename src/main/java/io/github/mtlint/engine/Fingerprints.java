package io.github.mtlint.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Identifies a finding independently of its line: rule, flagged text and how many times the same rule
 * flagged the same text before it. Adding lines above a finding leaves its fingerprint unchanged, which
 * baselines and SARIF's partialFingerprints need.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Fingerprints for the {@link #key keys} of issues in report order. */
    static List<String> of(List<String> orderedKeys) {
        Map<String, Integer> seen = new HashMap<>();
        return orderedKeys.stream().map(key -> of(key, seen.merge(key, 1, Integer::sum))).toList();
    }

    /** What makes two findings the same finding, apart from their occurrence. */
    static String key(String ruleId, String text) {
        return ruleId + "\u0000" + normalise(text);
    }

    static String of(String key, int occurrence) {
        return hash(key + "\u0000" + occurrence);
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
