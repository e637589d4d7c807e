package io.github.mtlint.server;

import io.github.mtlint.model.EnglishVariant;

import java.time.LocalDate;
import java.util.List;

/**
 * What a request asks of the check, as {@code mtlint check} options: the variety (null: each text's own), rule ids
 * or globs switched on and off ({@code --enable}, {@code --disable}), and the date the text speaks of (null: its own).
 */
public record CheckOptions(EnglishVariant variant, List<String> enable, List<String> disable, LocalDate date) {

    public CheckOptions {
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null, List.of(), List.of(), null);
    }
}
