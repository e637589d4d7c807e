package io.github.mtlint.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.en.MorfologikAmericanSpellerRule;
import org.languagetool.rules.en.MorfologikBritishSpellerRule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Map;

/** Word lists that ship inside LanguageTool's English module, to check mtlint's own data against. */
public final class LanguageToolWordLists {

    private static final String US_GB = "/en/en-US-GB.txt";

    private LanguageToolWordLists() {
    }

    /**
     * American spelling → British spelling, lower case ("color" → "colour"), for the pairs that really tell the two
     * varieties apart: the British speller rejects the American form and the American speller the British one.
     * That leaves out different words the map pairs ("vise"/"vice", "guaranty"/"guarantee"), spellings both
     * accept ("catalogue", "glamour"), Oxford -ize spellings, which British English allows, and multi-word entries.
     */
    public static Map<String, String> distinctiveAmericanToBritish() {
        Spellers spellers = Spellers.load();
        Map<String, String> distinctive = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : americanToBritish().entrySet()) {
            boolean singleWords = !pair.getKey().contains(" ") && !pair.getValue().contains(" ")
                    && !pair.getKey().equals(pair.getValue());
            if (singleWords && spellers.britishRejects(pair.getKey()) && spellers.americanRejects(pair.getValue())) {
                distinctive.put(pair.getKey(), pair.getValue());
            }
        }
        return distinctive;
    }

    /**
     * British -ise verbs whose -ize form is American and Oxford spelling ("equalise" beside "equalize"): single words
     * of the map whose British form differs only by -is- for -iz-, which the British speller accepts in both forms
     * and the American speller rejects in the British one.
     */
    public static List<String> britishIseVerbs() {
        Spellers spellers = Spellers.load();
        List<String> verbs = new java.util.ArrayList<>();
        for (Map.Entry<String, String> pair : americanToBritish().entrySet()) {
            String us = pair.getKey();
            String gb = pair.getValue();
            if (us.endsWith("ize") && !us.contains(" ") && gb.equals(us.substring(0, us.length() - 3) + "ise")
                    && spellers.americanRejects(gb) && !spellers.britishRejects(us) && !spellers.britishRejects(gb)) {
                verbs.add(gb);
            }
        }
        return verbs;
    }

    /**
     * Spellings only British English has, whose American counterpart British English accepts as well ("programme"
     * beside "program", "metre" beside "meter", "licence" beside "license"): single words of the map that the American
     * speller rejects and the British one accepts in both forms, other than -ise verbs ({@link #britishIseVerbs}).
     * They cannot tell a mixed document (the American form is British too), but a text that uses them is British.
     */
    public static List<String> britishOnlySpellings() {
        Spellers spellers = Spellers.load();
        List<String> words = new java.util.ArrayList<>();
        for (Map.Entry<String, String> pair : americanToBritish().entrySet()) {
            String us = pair.getKey();
            String gb = pair.getValue();
            boolean singleWords = !us.contains(" ") && !gb.contains(" ") && !us.equals(gb);
            boolean iseForm = us.replace("iz", "is").equals(gb);
            if (singleWords && !iseForm && spellers.americanRejects(gb) && !spellers.britishRejects(us)
                    && !spellers.britishRejects(gb) && !words.contains(gb)) {
                words.add(gb);
            }
        }
        return words;
    }

    /** LanguageTool's American and British spellers, asked whether they reject a word. */
    private record Spellers(MorfologikAmericanSpellerRule american, MorfologikBritishSpellerRule british) {

        static Spellers load() {
            try {
                ResourceBundle messages = JLanguageTool.getMessageBundle();
                return new Spellers(new MorfologikAmericanSpellerRule(messages, Languages.getLanguageForShortCode("en-US")),
                        new MorfologikBritishSpellerRule(messages, Languages.getLanguageForShortCode("en-GB"), null, List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load LanguageTool's English spellers", e);
            }
        }

        boolean americanRejects(String word) {
            try {
                return american.isMisspelled(word);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool's American speller failed on " + word, e);
            }
        }

        boolean britishRejects(String word) {
            try {
                return british.isMisspelled(word);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool's British speller failed on " + word, e);
            }
        }
    }

    /** American spelling → British spelling, lower case, as LanguageTool's spellers use it. */
    public static Map<String, String> americanToBritish() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(US_GB);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split(";");
                if (pair.length == 2) {
                    map.putIfAbsent(pair[0].toLowerCase(Locale.ROOT), pair[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool's " + US_GB, e);
        }
        return map;
    }
}
