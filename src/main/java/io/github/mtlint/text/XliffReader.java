package io.github.mtlint.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * XLIFF 1.2 (trans-units) and 2.0/2.1 (units of segments), read as a stream. A segment is a 1.2 trans-unit (its
 * {@code <source>}, not a {@code <seg-source>}) or a 2.x segment; alternative translations, notes, original data and
 * everything else in a unit are passed over. {@code translate="no"} is inherited from file, group and unit.
 */
final class XliffReader {

    private final XMLStreamReader reader;
    private final List<BilingualFile.Segment> segments = new ArrayList<>();
    private String sourceLanguage;
    private String targetLanguage;

    private XliffReader(XMLStreamReader reader) {
        this.reader = reader;
    }

    /** @throws BadFileException for an XLIFF version it does not know */
    static BilingualFile read(XMLStreamReader reader) throws XMLStreamException, BadFileException {
        XmlWalk.toRoot(reader);
        if (!reader.getLocalName().equals("xliff")) {
            throw new BadFileException(SafeXml.at(reader.getLocation()) + "not an XLIFF file: its root element is <"
                    + reader.getLocalName() + ">, not <xliff>");
        }
        String version = XmlWalk.attribute(reader, "version");
        XliffReader xliff = new XliffReader(reader);
        if (version != null && version.matches("1\\.[012]")) {
            xliff.readVersion1();
            return new BilingualFile(BilingualFile.Format.XLIFF_1, xliff.sourceLanguage, xliff.targetLanguage, xliff.segments);
        }
        if (version != null && version.matches("2\\.[01]")) {
            xliff.sourceLanguage = XmlWalk.attribute(reader, "srcLang");
            xliff.targetLanguage = XmlWalk.attribute(reader, "trgLang");
            xliff.readVersion2();
            return new BilingualFile(BilingualFile.Format.XLIFF_2, xliff.sourceLanguage, xliff.targetLanguage, xliff.segments);
        }
        throw new BadFileException(SafeXml.at(reader.getLocation()) + "XLIFF version "
                + (version == null ? "missing" : "\"" + version + "\"") + ": mtlint reads XLIFF 1.2 and 2.0/2.1");
    }

    private void readVersion1() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("file")) {
                if (sourceLanguage == null) {
                    sourceLanguage = XmlWalk.attribute(reader, "source-language");
                }
                if (targetLanguage == null) {
                    targetLanguage = XmlWalk.attribute(reader, "target-language");
                }
                container1(XmlWalk.translate(reader, true));
            } else {
                XmlWalk.skip(reader);
            }
        }
    }

    /** A 1.2 file, body or group. */
    private void container1(boolean translate) throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "body", "group" -> container1(XmlWalk.translate(reader, translate));
                case "trans-unit" -> transUnit(XmlWalk.translate(reader, translate));
                default -> XmlWalk.skip(reader);
            }
        }
    }

    private void transUnit(boolean translate) throws XMLStreamException {
        String id = idOr(XmlWalk.attribute(reader, "id"));
        boolean approved = "yes".equals(XmlWalk.attribute(reader, "approved"));
        BilingualFile.Content source = null;
        BilingualFile.Content target = null;
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "source" -> source = InlineContentReader.read(reader);
                case "target" -> {
                    String state = XmlWalk.attribute(reader, "state");
                    approved |= "final".equals(state) || "signed-off".equals(state);
                    target = InlineContentReader.read(reader);
                }
                default -> XmlWalk.skip(reader);
            }
        }
        segments.add(new BilingualFile.Segment(id, source == null ? BilingualFile.Content.plain("") : source, target,
                translate, approved));
    }

    private void readVersion2() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("file")) {
                container2(XmlWalk.translate(reader, true));
            } else {
                XmlWalk.skip(reader);
            }
        }
    }

    /** A 2.x file or group. */
    private void container2(boolean translate) throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "group" -> container2(XmlWalk.translate(reader, translate));
                case "unit" -> unit(XmlWalk.translate(reader, translate));
                default -> XmlWalk.skip(reader);
            }
        }
    }

    private record Part(String id, BilingualFile.Content source, BilingualFile.Content target, boolean approved) {
    }

    private void unit(boolean translate) throws XMLStreamException {
        String unitId = idOr(XmlWalk.attribute(reader, "id"));
        List<Part> parts = new ArrayList<>();
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("segment")) {
                parts.add(segment2());
            } else {
                XmlWalk.skip(reader); // ignorable white space, notes, original data, matches, metadata
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // one segment a unit is the usual case, and the unit's id is what a CAT tool shows
            String id = parts.size() == 1 ? unitId : unitId + "/" + (part.id() != null ? part.id() : String.valueOf(i + 1));
            segments.add(new BilingualFile.Segment(id, part.source(), part.target(), translate, part.approved()));
        }
    }

    private Part segment2() throws XMLStreamException {
        String id = XmlWalk.attribute(reader, "id");
        boolean approved = "final".equals(XmlWalk.attribute(reader, "state"));
        BilingualFile.Content source = BilingualFile.Content.plain("");
        BilingualFile.Content target = null;
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "source" -> source = InlineContentReader.read(reader);
                case "target" -> target = InlineContentReader.read(reader);
                default -> XmlWalk.skip(reader);
            }
        }
        return new Part(id, source, target, approved);
    }

    private String idOr(String id) {
        return id != null ? id : String.valueOf(segments.size() + 1);
    }
}
