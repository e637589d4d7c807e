package io.github.mtlint.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mtlint.model.Location;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted findings, read from an earlier JSON report: findings with the same file, rule and text are left out of
 * later reports, so CI fails only on new ones. Paths match as normalised ("./docs/a.txt" is "docs/a.txt"), so the
 * baseline holds however the folder was named on the command line.
 *
 * <p>When a file now has more findings of one rule on one text than the baseline accepted, the accepted ones are
 * those nearest the accepted places, matched in order: the same column first (adding lines above a finding keeps its
 * column), then the nearest line. So a new "and and" on an edited line is reported there, not on the untouched,
 * accepted one after it.
 */
public final class Baseline {

    private record Place(int line, int column) {
    }

    private final Map<String, Map<String, List<Place>>> acceptedByPath;

    private Baseline(Map<String, Map<String, List<Place>>> acceptedByPath) {
        this.acceptedByPath = acceptedByPath;
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
            throw new IOException("baseline " + reportFile + " is not valid JSON: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + reportFile + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("files").isArray()) {
            throw new IOException("baseline " + reportFile + " is not an mtlint JSON report (no \"files\" array)");
        }
        Map<String, Map<String, List<Place>>> byPath = new HashMap<>();
        for (JsonNode file : root.path("files")) {
            Map<String, List<Place>> byKey = byPath.computeIfAbsent(normalise(file.path("path").asText()), k -> new HashMap<>());
            for (JsonNode issue : file.path("issues")) {
                String key = Fingerprints.key(issue.path("rule").asText(), issue.path("text").asText().replace("\r\n", "\n"));
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Place(issue.path("line").asInt(0), issue.path("column").asInt(0)));
            }
        }
        return new Baseline(byPath);
    }

    /**
     * Which of a document's findings the baseline accepts.
     *
     * @param keys      each finding's {@link Fingerprints#key}, in report order
     * @param locations each finding's place, in the same order
     */
    public boolean[] accepted(String path, List<String> keys, List<Location> locations) {
        boolean[] accepted = new boolean[keys.size()];
        Map<String, List<Place>> byKey = acceptedByPath.getOrDefault(normalise(path), Map.of());
        if (byKey.isEmpty()) {
            return accepted;
        }
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (byKey.containsKey(keys.get(i))) {
                found.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        found.forEach((key, indices) -> {
            List<Place> places = byKey.get(key);
            if (indices.size() <= places.size()) {
                indices.forEach(i -> accepted[i] = true);
            } else {
                List<Place> now = indices.stream().map(i -> new Place(locations.get(i).line(), locations.get(i).column())).toList();
                for (int matched : nearestInOrder(places, now)) {
                    accepted[indices.get(matched)] = true;
                }
            }
        });
        return accepted;
    }

    /**
     * How many of the findings the baseline accepts in this file no longer occur: the baseline has gone stale there.
     * Files the run does not check are not asked, so a run over part of a project reports only its part.
     *
     * @param keys each finding's {@link Fingerprints#key} now
     */
    public int unmatched(String path, List<String> keys) {
        Map<String, List<Place>> byKey = acceptedByPath.getOrDefault(normalise(path), Map.of());
        Map<String, Long> now = keys.stream().filter(byKey::containsKey)
                .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
        long unmatched = 0;
        for (Map.Entry<String, List<Place>> accepted : byKey.entrySet()) {
            unmatched += Math.max(0, accepted.getValue().size() - now.getOrDefault(accepted.getKey(), 0L));
        }
        return (int) unmatched;
    }

    /** The places of {@code now} (more than {@code before}) matched, in order, to those of {@code before} at least cost. */
    private static List<Integer> nearestInOrder(List<Place> before, List<Place> now) {
        int m = before.size();
        int n = now.size();
        long[][] cost = new long[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                cost[i][j] = Long.MAX_VALUE / 2;
            }
        }
        for (int i = 1; i <= m; i++) {
            for (int j = i; j <= n; j++) {
                long skip = cost[i][j - 1];
                long match = cost[i - 1][j - 1] + distance(before.get(i - 1), now.get(j - 1));
                cost[i][j] = Math.min(skip, match);
            }
        }
        // Walking back, an unmatched finding is taken wherever it costs nothing, so on ties the earlier findings are
        // the accepted ones, as they were when findings were matched by occurrence alone.
        List<Integer> matched = new ArrayList<>();
        int j = n;
        for (int i = m; i > 0; i--) {
            while (j > i && cost[i][j - 1] == cost[i][j]) {
                j--;
            }
            matched.add(0, j - 1);
            j--;
        }
        return matched;
    }

    private static long distance(Place before, Place now) {
        long columnMoved = before.column() == now.column() ? 0 : 1;
        return columnMoved * 1_000_000_000L + Math.abs((long) before.line() - now.line()) * 10_000L
                + Math.min(9_999, Math.abs(before.column() - now.column()));
    }

    private static String normalise(String path) {
        try {
            return Path.of(path).normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
