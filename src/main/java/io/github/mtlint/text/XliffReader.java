package io.github.mtlint.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * XLIFF 1.2 (trans-units) and 2.0/2.1 (units of segments), read as a stream. A segment is a 1.2 trans-unit, each
 * {@code <mrk mtype="seg">} of a 1.2 trans-unit segmented in {@code <seg-source>} and its target (named {@code
 * unit-id/mid}), or a 2.x segment; alternative translations, notes, original data and everything else in a unit are
 * passed over. {@code translate="no"} is inherited from file, group and unit. In a document of several {@code <file>}
 * elements, each segment id starts with its file's name ({@link #fileKeys}), since unit ids are unique only within a
 * file.
 */
public final class XliffReader {

    private final XMLStreamReader reader;
    private final List<BilingualFile.Segment> segments = new ArrayList<>();
    /** For each file, the number of segments read before it; and the file's {@code original} (1.2) or {@code id} (2.x). */
    private final List<Integer> fileStarts = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();
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
            return new BilingualFile(BilingualFile.Format.XLIFF_1, xliff.sourceLanguage, xliff.targetLanguage,
                    unique(xliff.segmentsNamed()));
        }
        if (version != null && version.matches("2\\.[01]")) {
            xliff.sourceLanguage = XmlWalk.attribute(reader, "srcLang");
            xliff.targetLanguage = XmlWalk.attribute(reader, "trgLang");
            xliff.readVersion2();
            return new BilingualFile(BilingualFile.Format.XLIFF_2, xliff.sourceLanguage, xliff.targetLanguage,
                    unique(xliff.segmentsNamed()));
        }
        throw new BadFileException(SafeXml.at(reader.getLocation()) + "XLIFF version "
                + (version == null ? "missing" : "\"" + version + "\"") + ": mtlint reads XLIFF 1.2 and 2.0/2.1");
    }

    /**
     * The segments, whose ids must differ: XLIFF makes unit ids unique within a file, and a finding in one of two units
     * of the same id could not say which it is in, nor could -f xliff mark it in the right one.
     */
    private static List<BilingualFile.Segment> unique(List<BilingualFile.Segment> segments) throws BadFileException {
        Set<String> seen = new HashSet<>();
        for (BilingualFile.Segment segment : segments) {
            if (segment.id() != null && !seen.add(segment.id())) {
                throw new BadFileException("two units have the id \"" + segment.id() + "\"; XLIFF ids are unique within a file, "
                        + "and a finding could not say which unit it is in");
            }
        }
        return segments;
    }

    private void readVersion1() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("file")) {
                startFile("original");
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
        InlineContentReader.Segmented segmentedSource = null;
        InlineContentReader.Segmented target = null;
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "source" -> source = InlineContentReader.read(reader);
                case "seg-source" -> segmentedSource = InlineContentReader.readSegmented(reader);
                case "target" -> {
                    String state = XmlWalk.attribute(reader, "state");
                    approved |= "final".equals(state) || "signed-off".equals(state);
                    target = InlineContentReader.readSegmented(reader);
                }
                default -> XmlWalk.skip(reader);
            }
        }
        if (segmentedSource != null && !segmentedSource.segments().isEmpty()
                && (target == null || !target.segments().isEmpty())) {
            // each segment of <seg-source> with the target's segment of the same mid; a mid the target lacks has no target
            for (Map.Entry<String, BilingualFile.Content> part : segmentedSource.segments().entrySet()) {
                BilingualFile.Content partTarget = target == null ? null : target.segments().get(part.getKey());
                segments.add(new BilingualFile.Segment(segmentId(id, part.getKey()), part.getValue(), partTarget, translate,
                        approved));
            }
            return;
        }
        // unsegmented, or a target not segmented as its seg-source is: the unit is one segment
        segments.add(new BilingualFile.Segment(id, source == null ? BilingualFile.Content.plain("") : source,
                target == null ? null : target.whole(), translate, approved));
    }

    /**
     * The names of the {@code <file>} elements of an XLIFF document, in order ({@code original} in 1.2, {@code id} in
     * 2.x; null where missing), read as a stream without the rest: what {@link #fileKeys} makes segment ids of.
     */
    public static List<String> fileNames(java.io.InputStream in) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.open(in);
        try {
            XmlWalk.toRoot(reader);
            String version = XmlWalk.attribute(reader, "version");
            String nameAttribute = version != null && version.startsWith("1.") ? "original" : "id";
            List<String> names = new ArrayList<>();
            while (XmlWalk.nextChild(reader)) {
                if (reader.getLocalName().equals("file")) {
                    names.add(XmlWalk.attribute(reader, nameAttribute));
                }
                XmlWalk.skip(reader);
            }
            return names;
        } finally {
            reader.close();
        }
    }

    /** A segment inside a unit: {@code unit-id/segment-id}, in XLIFF 2 and in segmented 1.2 trans-units alike. */
    public static String segmentId(String unitId, String segmentId) {
        return unitId + "/" + segmentId;
    }

    private void startFile(String nameAttribute) {
        fileStarts.add(segments.size());
        fileNames.add(XmlWalk.attribute(reader, nameAttribute));
    }

    /**
     * The segments read; in a document of several files, each id prefixed with its file's name, so that the same unit
     * id in two files names two segments.
     */
    private List<BilingualFile.Segment> segmentsNamed() {
        if (fileStarts.size() < 2) {
            return segments;
        }
        List<String> keys = fileKeys(fileNames);
        List<BilingualFile.Segment> named = new ArrayList<>(segments.size());
        for (int file = 0; file < fileStarts.size(); file++) {
            int end = file + 1 < fileStarts.size() ? fileStarts.get(file + 1) : segments.size();
            for (BilingualFile.Segment segment : segments.subList(fileStarts.get(file), end)) {
                named.add(new BilingualFile.Segment(inFile(keys.get(file), segment.id()), segment.source(), segment.target(),
                        segment.translate(), segment.approved()));
            }
        }
        return named;
    }

    /**
     * How segment ids name the files of a document with several: each file's {@code original} (1.2) or {@code id}
     * (2.x), or its position (1, 2, …) where that is missing or another file of the document has it too.
     *
     * @param names the files' names in document order, null where missing
     */
    public static List<String> fileKeys(List<String> names) {
        List<String> keys = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean unique = name != null && !name.isEmpty() && names.indexOf(name) == names.lastIndexOf(name);
            keys.add(unique ? name : String.valueOf(i + 1));
        }
        return keys;
    }

    /** A segment id of a document with several files: {@code file-key/segment-id}. */
    public static String inFile(String fileKey, String segmentId) {
        return fileKey + "/" + segmentId;
    }

    private void readVersion2() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("file")) {
                startFile("id");
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
            String id = parts.size() == 1 ? unitId : segmentId(unitId, part.id() != null ? part.id() : String.valueOf(i + 1));
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
