package io.github.mtlint.text;

import io.github.mtlint.model.InlineCode;
import io.github.mtlint.model.InlineCode.Role;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the content of an XLIFF {@code <source>}/{@code <target>} or a TMX {@code <seg>}: its text, with the inline
 * codes of XLIFF 1.2, XLIFF 2 and TMX 1.4 taken out and kept at their offsets. Codes that wrap text ({@code <g>},
 * {@code <pc>}) keep their text; codes that hold the original format's markup ({@code <ph>}, {@code <bpt>}, {@code
 * <ept>}, {@code <it>}, {@code <ut>} and their {@code <sub>}) do not; annotations ({@code <mrk>}, {@code <sm/>},
 * {@code <em/>}, {@code <hi>}) are not codes and leave their text as it is.
 */
final class InlineContentReader {

    /** Codes that open a range in one element and close it in another. */
    private static final Set<String> OPENING = Set.of("bx", "sc", "bpt");
    private static final Set<String> CLOSING = Set.of("ex", "ec", "ept");
    /** Codes that hold native markup rather than text: their content is not checked. */
    private static final Set<String> NATIVE = Set.of("ph", "bpt", "ept", "it", "ut");
    /** Codes around text: opening where they start, closing where they end. */
    private static final Set<String> WRAPPING = Set.of("g", "pc");
    private static final Set<String> STANDALONE = Set.of("x", "ph", "it", "ut");
    /** Annotations: their text is checked, they are not codes. */
    private static final Set<String> ANNOTATIONS = Set.of("mrk", "sm", "em", "hi");

    private InlineContentReader() {
    }

    /** Reads from the start tag of the element to its end tag (the reader is left on the end tag). */
    static BilingualFile.Content read(XMLStreamReader reader) throws XMLStreamException {
        return readSegmented(reader).whole();
    }

    /**
     * An XLIFF 1.2 {@code <seg-source>} or {@code <target>} read whole, and the parts of it that its {@code <mrk
     * mtype="seg" mid="…">} elements mark as segments, by mid in document order (none when it has no such marks).
     */
    record Segmented(BilingualFile.Content whole, Map<String, BilingualFile.Content> segments) {
    }

    /** As {@link #read}, with the segments {@code <mrk mtype="seg">} marks. */
    static Segmented readSegmented(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        Map<String, BilingualFile.Content> segments = new LinkedHashMap<>();
        readChildren(reader, text, codes, segments);
        return new Segmented(new BilingualFile.Content(text.toString(), codes), segments);
    }

    private static void readChildren(XMLStreamReader reader, StringBuilder text, List<InlineCode> codes,
                                     Map<String, BilingualFile.Content> segments) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> appendText(text, reader.getText());
                case XMLStreamConstants.START_ELEMENT -> element(reader, text, codes, segments);
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    private static void element(XMLStreamReader reader, StringBuilder text, List<InlineCode> codes,
                                Map<String, BilingualFile.Content> segments) throws XMLStreamException {
        String name = reader.getLocalName();
        String id = codeId(reader);
        if (name.equals("cp")) { // XLIFF 2: a character XML cannot carry
            String hex = XmlWalk.attribute(reader, "hex");
            try {
                text.appendCodePoint(Integer.parseInt(hex, 16));
            } catch (RuntimeException bad) {
                throw new XMLStreamException("<cp> with hex=\"" + hex + "\", not a code point", reader.getLocation());
            }
            XmlWalk.skip(reader);
        } else if (WRAPPING.contains(name)) {
            codes.add(new InlineCode(name, id, Role.OPENING, text.length()));
            readChildren(reader, text, codes, segments);
            codes.add(new InlineCode(name, id, Role.CLOSING, text.length()));
        } else if (OPENING.contains(name) || CLOSING.contains(name) || STANDALONE.contains(name)) {
            Role role = OPENING.contains(name) ? Role.OPENING : CLOSING.contains(name) ? Role.CLOSING : Role.STANDALONE;
            codes.add(new InlineCode(name, id, role, text.length()));
            if (NATIVE.contains(name)) {
                XmlWalk.skip(reader);
            } else {
                readChildren(reader, new StringBuilder(), new ArrayList<>(), new LinkedHashMap<>());
            }
        } else if (name.equals("mrk") && "seg".equals(XmlWalk.attribute(reader, "mtype"))) {
            // XLIFF 1.2 segmentation: the mark's text and codes are one segment, named by its mid
            String mid = XmlWalk.attribute(reader, "mid");
            int textStart = text.length();
            int codesStart = codes.size();
            readChildren(reader, text, codes, segments);
            List<InlineCode> inside = codes.subList(codesStart, codes.size()).stream().map(c -> c.shift(-textStart)).toList();
            segments.putIfAbsent(mid != null ? mid : String.valueOf(segments.size() + 1),
                    new BilingualFile.Content(text.substring(textStart), inside));
        } else if (ANNOTATIONS.contains(name)) {
            readChildren(reader, text, codes, segments);
        } else {
            // an element no standard puts here: its text is still text
            readChildren(reader, text, codes, segments);
        }
    }

    /** What pairs the code with its other half and with the same code on the other side. */
    private static String codeId(XMLStreamReader reader) {
        for (String attribute : new String[] {"rid", "startRef", "i", "id", "x"}) {
            String value = XmlWalk.attribute(reader, attribute);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /** A line break inside a segment is checked as a space: the segment stays one line, of the same length. */
    private static void appendText(StringBuilder text, String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            text.append(c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
    }
}
