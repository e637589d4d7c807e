package io.github.mtlint.text;

import io.github.mtlint.model.LineIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads inputs strictly: UTF-8 with or without BOM (UTF-16 when it has a BOM), any line ends. Anything
 * that is not text (invalid UTF-8, binary, empty) is refused with a one-line reason. Never writes.
 */
public final class DocumentReader {

    private static final int BINARY_SNIFF_BYTES = 8192;

    public SourceText read(Input input, InputStream stdin) throws UnreadableInputException {
        if (input instanceof Input.FileInput f) {
            return read(f.file(), f.displayPath());
        }
        if (input instanceof Input.Missing m) {
            throw new UnreadableInputException(m.displayPath(), m.reason());
        }
        return readStream(stdin, input.displayPath());
    }

    public SourceText read(Path file, String displayPath) throws UnreadableInputException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(displayPath, "is a directory");
        }
        byte[] bytes;
        try {
            bytes = PipeReading.isPipeOrDevice(file) ? PipeReading.readAll(file, displayPath, PipeReading.WAIT_FOR_WRITER)
                    : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(displayPath, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(displayPath, "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getMessage());
        }
        return decode(bytes, displayPath);
    }

    public SourceText readStream(InputStream in, String displayPath) throws UnreadableInputException {
        try {
            return decode(in.readAllBytes(), displayPath);
        } catch (IOException e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getMessage());
        }
    }

    public SourceText decode(byte[] bytes, String displayPath) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(displayPath, "empty file");
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            boolean little = bytes[0] == (byte) 0xFF;
            text = decodeStrict(bytes, 2, little ? StandardCharsets.UTF_16LE.newDecoder() : StandardCharsets.UTF_16BE.newDecoder(),
                    displayPath, little ? "UTF-16LE" : "UTF-16BE");
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            int nul = indexOf(bytes, (byte) 0, start, Math.min(bytes.length, BINARY_SNIFF_BYTES));
            if (nul >= 0) {
                throw new UnreadableInputException(displayPath, "binary file (NUL byte at byte " + nul + "), not text"
                        + (looksLikeUtf16WithoutMark(bytes, start)
                        ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with the mark" : ""));
            }
            text = decodeStrict(bytes, start, StandardCharsets.UTF_8.newDecoder(), displayPath, "UTF-8");
        }
        if (text.isBlank()) {
            throw new UnreadableInputException(displayPath, "empty file (only whitespace)");
        }
        if (looksBinary(text)) {
            throw new UnreadableInputException(displayPath, "binary file (mostly control characters), not text");
        }
        return normaliseLineEnds(displayPath, text);
    }

    /** Text in UTF-16 without its byte-order mark: in the first bytes, every other one is NUL (ASCII in UTF-16). */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + UTF16_SNIFF_BYTES);
        int pairs = (end - start) / 2;
        if (pairs < 2) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = start; i + 1 < end; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        // Latin text in UTF-16LE has its NULs in the second byte of each pair, in UTF-16BE in the first
        return Math.max(evenNul, oddNul) >= pairs * 3 / 4 && Math.min(evenNul, oddNul) == 0;
    }

    private static final int UTF16_SNIFF_BYTES = 200;

    private static String decodeStrict(byte[] bytes, int start, CharsetDecoder decoder, String displayPath, String name)
            throws UnreadableInputException {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            String hint = "UTF-8".equals(name) ? "; the file may be Latin-1 or Windows-1252, re-save it as UTF-8" : "";
            throw new UnreadableInputException(displayPath, String.format(Locale.ROOT,
                    "invalid %s at byte %d (0x%02X)%s", name, at, bytes[Math.min(at, bytes.length - 1)] & 0xFF, hint));
        }
        out.flip();
        return out.toString();
    }

    /** CRLF and lone CR become LF; the LineIndex remembers where CRs were so positions still match the file. */
    static SourceText normaliseLineEnds(String id, String text) {
        if (text.indexOf('\r') < 0) {
            return new SourceText(id, text, LineIndex.of(text));
        }
        StringBuilder sb = new StringBuilder(text.length());
        int[] removed = new int[16];
        int count = 0;
        int[] loneCount = new int[16];
        int lone = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    if (count == removed.length) {
                        removed = Arrays.copyOf(removed, count * 2);
                    }
                    removed[count++] = sb.length();
                } else {
                    if (lone == loneCount.length) {
                        loneCount = Arrays.copyOf(loneCount, lone * 2);
                    }
                    loneCount[lone++] = sb.length();
                    sb.append('\n');
                }
            } else {
                sb.append(c);
            }
        }
        String normalised = sb.toString();
        return new SourceText(id, normalised, new LineIndex(normalised, Arrays.copyOf(removed, count),
                Arrays.copyOf(loneCount, lone)));
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > 8 && control * 10 > sample;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
