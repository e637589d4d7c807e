package io.github.mtlint.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TMX 1.1 to 1.4, read as a stream. Each translation unit is a segment: its variant in the source language (the
 * header's {@code srclang}, or the unit's own) is the source, its English variant (else the first other) the target.
 * With {@code srclang="*all*"} the first variant is the source.
 */
final class TmxReader {

    private final XMLStreamReader reader;
    private final List<BilingualFile.Segment> segments = new ArrayList<>();
    private String sourceLanguage;
    private String targetLanguage;

    private TmxReader(XMLStreamReader reader) {
        this.reader = reader;
    }

    static BilingualFile read(XMLStreamReader reader) throws XMLStreamException, BadFileException {
        XmlWalk.toRoot(reader);
        if (!reader.getLocalName().equals("tmx")) {
            throw new BadFileException(SafeXml.at(reader.getLocation()) + "not a TMX file: its root element is <"
                    + reader.getLocalName() + ">, not <tmx>");
        }
        String version = XmlWalk.attribute(reader, "version");
        if (version == null || !version.matches("1\\.[1-4]")) {
            throw new BadFileException(SafeXml.at(reader.getLocation()) + "TMX version "
                    + (version == null ? "missing" : "\"" + version + "\"") + ": mtlint reads TMX 1.1 to 1.4");
        }
        TmxReader tmx = new TmxReader(reader);
        tmx.readRoot();
        return new BilingualFile(BilingualFile.Format.TMX, tmx.sourceLanguage, tmx.targetLanguage, tmx.segments);
    }

    private void readRoot() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "header" -> {
                    String srclang = XmlWalk.attribute(reader, "srclang");
                    sourceLanguage = "*all*".equalsIgnoreCase(srclang) ? null : srclang;
                    XmlWalk.skip(reader);
                }
                case "body" -> body();
                default -> XmlWalk.skip(reader);
            }
        }
    }

    private void body() throws XMLStreamException {
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("tu")) {
                translationUnit();
            } else {
                XmlWalk.skip(reader);
            }
        }
    }

    private record Variant(String language, BilingualFile.Content content) {
    }

    private void translationUnit() throws XMLStreamException {
        String tuid = XmlWalk.attribute(reader, "tuid");
        String id = tuid != null ? tuid : String.valueOf(segments.size() + 1);
        String unitSource = XmlWalk.attribute(reader, "srclang");
        String sourceTag = unitSource != null && !"*all*".equalsIgnoreCase(unitSource) ? unitSource : sourceLanguage;
        List<Variant> variants = new ArrayList<>();
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("tuv")) {
                variants.add(variant());
            } else {
                XmlWalk.skip(reader); // notes and properties
            }
        }
        Variant source = null;
        for (Variant v : variants) {
            if (sourceTag != null && sameLanguage(v.language(), sourceTag)) {
                source = v;
                break;
            }
        }
        for (Variant v : variants) {
            if (source == null && sourceTag != null && v.language() != null
                    && SourceLanguages.primary(v.language()).equals(SourceLanguages.primary(sourceTag))) {
                source = v;
            }
        }
        if (source == null && sourceTag == null && !variants.isEmpty()) {
            source = variants.get(0);
        }
        Variant target = null;
        for (Variant v : variants) {
            if (v != source && (target == null || isEnglish(v.language()) && !isEnglish(target.language()))) {
                target = v;
            }
        }
        if (sourceLanguage == null && source != null) {
            sourceLanguage = source.language();
        }
        if (targetLanguage == null && target != null) {
            targetLanguage = target.language();
        }
        segments.add(new BilingualFile.Segment(id, source == null ? BilingualFile.Content.plain("") : source.content(),
                target == null ? null : target.content(), true, false));
    }

    private Variant variant() throws XMLStreamException {
        String language = XmlWalk.xmlLang(reader);
        BilingualFile.Content content = BilingualFile.Content.plain("");
        while (XmlWalk.nextChild(reader)) {
            if (reader.getLocalName().equals("seg")) {
                content = InlineContentReader.read(reader);
            } else {
                XmlWalk.skip(reader);
            }
        }
        return new Variant(language, content);
    }

    private static boolean sameLanguage(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static boolean isEnglish(String tag) {
        return tag != null && SourceLanguages.primary(tag).equals("en");
    }
}
