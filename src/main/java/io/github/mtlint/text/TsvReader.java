package io.github.mtlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bilingual TSV: {@code source<TAB>target} a line; a first line of two language tags ({@code zh<TAB>en}) names the
 * languages. A segment's id is its line number in the file. Blank lines are passed over; a line without exactly one
 * tab is an error, since a guess would pair the wrong texts.
 */
final class TsvReader {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private TsvReader() {
    }

    static BilingualFile read(String text) throws BadFileException {
        List<BilingualFile.Segment> segments = new ArrayList<>();
        String sourceLanguage = null;
        String targetLanguage = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new BadFileException((i + 1) + ":1: no tab in this line: a bilingual TSV has source<TAB>target a line");
            }
            if (line.indexOf('\t', tab + 1) >= 0) {
                throw new BadFileException((i + 1) + ":" + (line.indexOf('\t', tab + 1) + 1)
                        + ": more than one tab in this line: a bilingual TSV has source<TAB>target a line");
            }
            String source = line.substring(0, tab);
            String target = line.substring(tab + 1);
            if (segments.isEmpty() && sourceLanguage == null && LANGUAGE_TAG.matcher(source.strip()).matches()
                    && LANGUAGE_TAG.matcher(target.strip()).matches()) {
                sourceLanguage = source.strip();
                targetLanguage = target.strip();
                continue;
            }
            segments.add(new BilingualFile.Segment(String.valueOf(i + 1), BilingualFile.Content.plain(source),
                    BilingualFile.Content.plain(target), true, false));
        }
        return new BilingualFile(BilingualFile.Format.TSV, sourceLanguage, targetLanguage, segments);
    }
}
