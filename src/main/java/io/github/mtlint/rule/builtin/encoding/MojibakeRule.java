package io.github.mtlint.rule.builtin.encoding;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.Span;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é",
 * "â€œ…â€" for quotation marks). Each damaged run is reported once, with the repaired text as suggestion: the
 * run's characters, turned back into the bytes they came from, are valid UTF-8.
 */
public final class MojibakeRule extends BaseRule {

    private static final Map<Character, Integer> WINDOWS_1252_BYTES = windows1252Bytes();

    public MojibakeRule(RuleSpec spec) {
        super(spec.meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        String text = document.text();
        int i = 0;
        while (i < text.length()) {
            int end = sequenceEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            StringBuilder repaired = new StringBuilder(decode(text, i, end));
            int next;
            while (end < text.length() && (next = sequenceEnd(text, end)) > 0) {
                repaired.append(decode(text, end, next));
                end = next;
            }
            context.flag(new Span(i, end)).suggest(repaired.toString()).report();
            i = end;
        }
    }

    /** The end of one UTF-8 character's worth of mis-decoded characters starting at i, or -1. */
    private static int sequenceEnd(String text, int i) {
        int lead = byteOf(text.charAt(i));
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > text.length()) {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return decode(text, i, i + length) == null ? -1 : i + length;
    }

    private static String decode(String text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) byteOf(text.charAt(k));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte a character stands for when UTF-8 was read as Windows-1252 (or Latin-1 for its gaps), or -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c;
        }
        Integer b = WINDOWS_1252_BYTES.get(c);
        return b == null ? -1 : b;
    }

    private static Map<Character, Integer> windows1252Bytes() {
        Map<Character, Integer> map = new HashMap<>();
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                map.put(s.charAt(0), b);
            }
        }
        return map;
    }
}
