package io.github.mtlint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** MQM severities, ordered from least to most severe so that {@code compareTo} ranks them. */
public enum Severity {
    NEUTRAL, MINOR, MAJOR, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String value) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + value + "' (expected one of " + allowed() + ")");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id();
    }
}
