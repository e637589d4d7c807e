package io.github.mtlint.text;

import io.github.mtlint.model.InlineCode;

import java.util.List;
import java.util.Objects;

/**
 * A bilingual file as read: its format, languages and segments in file order, with inline codes taken out of the
 * text.
 *
 * @param sourceLanguage BCP-47 tag the file gives its source, or null
 * @param targetLanguage BCP-47 tag the file gives its target, or null
 */
public record BilingualFile(Format format, String sourceLanguage, String targetLanguage, List<Segment> segments) {

    public BilingualFile {
        Objects.requireNonNull(format, "format");
        segments = List.copyOf(segments);
    }

    /** The formats mtlint reads, as reports name them. */
    public enum Format {
        XLIFF_1("XLIFF 1.2"), XLIFF_2("XLIFF 2"), TMX("TMX"), TSV("TSV");

        private final String display;

        Format(String display) {
            this.display = display;
        }

        public String display() {
            return display;
        }
    }

    /**
     * One segment.
     *
     * @param target     null when the file gives no target
     * @param translate  false for {@code translate="no"}
     * @param approved   true for approved or final segments ({@code approved="yes"}, {@code state="final"})
     */
    public record Segment(String id, Content source, Content target, boolean translate, boolean approved) {

        public Segment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The text of one side of a segment without its inline codes (line breaks in it made spaces, so that the segment
     * stays one line of the same length), and the codes at offsets into that text.
     */
    public record Content(String text, List<InlineCode> codes) {

        public Content {
            Objects.requireNonNull(text, "text");
            codes = List.copyOf(codes);
        }

        public static Content plain(String text) {
            return new Content(text, List.of());
        }
    }
}
