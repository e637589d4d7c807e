package io.github.mtlint.grammar;

import org.languagetool.JLanguageTool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Word lists that ship inside LanguageTool's English module, for rules that need them. */
public final class LanguageToolWordLists {

    private static final String US_GB = "/en/en-US-GB.txt";

    private LanguageToolWordLists() {
    }

    /** American spelling → British spelling, lower case ("color" → "colour"), as LanguageTool's spellers use it. */
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
