package io.github.mtlint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The MQM error categories mtlint reports: a closed set, so that rule files are validated and scores
 * can weight categories. Paths follow MQM 2.0 and the WMT annotation guidelines
 * ("Dimension/Subcategory").
 */
public enum Category {
    ACCURACY_MISTRANSLATION("Accuracy/Mistranslation"),
    ACCURACY_UNTRANSLATED("Accuracy/Untranslated"),
    ACCURACY_ADDITION("Accuracy/Addition"),
    ACCURACY_OMISSION("Accuracy/Omission"),
    TERMINOLOGY_INCONSISTENT("Terminology/Inconsistent"),
    TERMINOLOGY_INAPPROPRIATE("Terminology/Inappropriate"),
    FLUENCY_GRAMMAR("Fluency/Grammar"),
    FLUENCY_SPELLING("Fluency/Spelling"),
    FLUENCY_PUNCTUATION("Fluency/Punctuation"),
    FLUENCY_INCONSISTENCY("Fluency/Inconsistency"),
    FLUENCY_CHARACTER_ENCODING("Fluency/Character encoding"),
    FLUENCY_REGISTER("Fluency/Register"),
    STYLE_AWKWARD("Style/Awkward"),
    STYLE_UNIDIOMATIC("Style/Unidiomatic"),
    LOCALE_SPELLING_VARIANT("Locale convention/Spelling variant"),
    LOCALE_DATE("Locale convention/Date"),
    LOCALE_NUMBER("Locale convention/Number"),
    LOCALE_NAME("Locale convention/Name"),
    DESIGN_MARKUP("Design/Markup"),
    OTHER("Other");

    private final String path;

    Category(String path) {
        this.path = path;
    }

    /** The MQM path, e.g. {@code Accuracy/Mistranslation}. */
    public String path() {
        return path;
    }

    /** The top-level MQM dimension, e.g. {@code Accuracy}. */
    public String dimension() {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /**
     * The closest W3C ITS 2.0 Localization Quality Issue type (ITS 2.0, section 8.15): what CAT tools and
     * LanguageTool's clients show, for {@code -f xliff} and the server's {@code issueType}.
     */
    public String itsIssueType() {
        return switch (this) {
            case ACCURACY_MISTRANSLATION -> "mistranslation";
            case ACCURACY_UNTRANSLATED -> "untranslated";
            case ACCURACY_ADDITION -> "addition";
            case ACCURACY_OMISSION -> "omission";
            case TERMINOLOGY_INCONSISTENT, TERMINOLOGY_INAPPROPRIATE -> "terminology";
            case FLUENCY_GRAMMAR -> "grammar";
            case FLUENCY_SPELLING -> "misspelling";
            case FLUENCY_PUNCTUATION -> "typographical";
            case FLUENCY_INCONSISTENCY -> "inconsistency";
            case FLUENCY_CHARACTER_ENCODING -> "characters";
            case FLUENCY_REGISTER -> "register";
            case STYLE_AWKWARD, STYLE_UNIDIOMATIC -> "style";
            case LOCALE_SPELLING_VARIANT, LOCALE_DATE, LOCALE_NUMBER, LOCALE_NAME -> "locale-violation";
            case DESIGN_MARKUP -> "markup";
            case OTHER -> "uncategorized";
        };
    }

    /** Accepts the path in any case, with '_' for spaces (as WMT writes "Locale_convention"). */
    public static Category parse(String value) {
        String wanted = normalise(value);
        for (Category c : values()) {
            if (normalise(c.path).equals(wanted)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + value + "' (expected one of " + allowed() + ")");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Category::path).collect(Collectors.joining(", "));
    }

    private static String normalise(String s) {
        return s.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return path;
    }
}
