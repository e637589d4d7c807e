package io.github.mtlint.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Accepted findings, read from an earlier JSON report: findings with the same file, rule and text (and
 * occurrence) are left out of later reports, so CI fails only on new ones. Paths match as normalised
 * ("./docs/a.txt" is "docs/a.txt"), so the baseline holds however the folder was named on the command line.
 */
public final class Baseline {

    private final Map<String, Set<String>> fingerprintsByPath;

    private Baseline(Map<String, Set<String>> fingerprintsByPath) {
        this.fingerprintsByPath = fingerprintsByPath;
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    public static Baseline load(Path reportFile) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(reportFile.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException("baseline " + reportFile + " is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + reportFile + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("files").isArray()) {
            throw new IOException("baseline " + reportFile + " is not an mtlint JSON report (no \"files\" array)");
        }
        Map<String, Set<String>> byPath = new HashMap<>();
        for (JsonNode file : root.path("files")) {
            Set<String> prints = byPath.computeIfAbsent(normalise(file.path("path").asText()), k -> new HashSet<>());
            Map<String, Integer> seen = new HashMap<>();
            for (JsonNode issue : file.path("issues")) {
                String fingerprint = issue.path("fingerprint").asText("");
                if (fingerprint.isEmpty()) {
                    String key = Fingerprints.key(issue.path("rule").asText(), issue.path("text").asText().replace("\r\n", "\n"));
                    fingerprint = Fingerprints.of(key, seen.merge(key, 1, Integer::sum));
                }
                prints.add(fingerprint);
            }
        }
        return new Baseline(byPath);
    }

    public boolean contains(String path, String fingerprint) {
        return fingerprintsByPath.getOrDefault(normalise(path), Set.of()).contains(fingerprint);
    }

    private static String normalise(String path) {
        try {
            return Path.of(path).normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
