package io.github.mtlint.glossary;

import io.github.mtlint.text.SafeXml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads TBX with StAX, one entry at a time: TBX-Basic {@code martif} files (TBX 2, as CAT tools export them:
 * {@code termEntry/langSet/tig|ntig}) and ISO 30042:2019 TBX v3 {@code tbx} files ({@code conceptEntry/langSec/termSec}),
 * with administrativeStatus as a {@code termNote type="administrativeStatus"} (TBX 2, TBX v3 DCA style) or an
 * {@code administrativeStatus} element (TBX v3 DCT style). Preferred and admitted terms are allowed, deprecated and
 * superseded ones forbidden; a term without a status is allowed.
 */
final class TbxReader {

    private TbxReader() {
    }

    static List<Concept> read(Path file) throws GlossaryException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                return new Parse(name, xml).concepts();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String reason = SafeXml.reason(e);
            throw at == null || at.getLineNumber() < 0 ? new GlossaryException(name, reason)
                    : new GlossaryException(name, at.getLineNumber(), Math.max(1, at.getColumnNumber()), reason);
        } catch (IOException e) {
            throw new GlossaryException(name, "cannot read: " + e.getMessage());
        }
    }

    private static final class Parse {
        private final String file;
        private final String fileName;
        private final XMLStreamReader xml;
        private final List<Concept> concepts = new ArrayList<>();

        private int entryLine;
        private String note;
        private List<Term> terms;
        private String language;
        private String termText;
        private TermStatus termStatus;

        Parse(String file, XMLStreamReader xml) {
            this.file = file;
            this.fileName = java.nio.file.Path.of(file).getFileName().toString();
            this.xml = xml;
        }

        List<Concept> concepts() throws XMLStreamException, GlossaryException {
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw error("entity '&" + xml.getLocalName() + ";' is refused: TBX needs no entities");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!rootSeen) {
                        rootSeen = true;
                        String root = xml.getLocalName();
                        if (!root.equals("martif") && !root.equals("tbx")) {
                            throw error("not a TBX file: the root element is <" + root + ">, expected <martif> (TBX 2) or <tbx> (TBX v3)");
                        }
                    }
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            return concepts;
        }

        private void start(String element) throws XMLStreamException, GlossaryException {
            switch (element) {
                case "termEntry", "conceptEntry" -> {
                    entryLine = xml.getLocation().getLineNumber();
                    terms = new ArrayList<>();
                    note = "";
                }
                case "langSet", "langSec" -> language = attribute("lang");
                case "tig", "ntig", "termSec" -> {
                    termText = null;
                    termStatus = TermStatus.ADMITTED;
                }
                case "term" -> termText = xml.getElementText().strip();
                case "termNote" -> {
                    if ("administrativeStatus".equals(xml.getAttributeValue(null, "type"))) {
                        termStatus = status(xml.getElementText().strip());
                    }
                }
                case "administrativeStatus" -> termStatus = status(xml.getElementText().strip());
                case "descrip", "note" -> {
                    String type = xml.getAttributeValue(null, "type");
                    if (terms != null && (element.equals("note") || "definition".equals(type) || "note".equals(type))
                            && note.isEmpty()) {
                        note = xml.getElementText().strip();
                    }
                }
                default -> {
                }
            }
        }

        private void end(String element) throws GlossaryException {
            switch (element) {
                case "tig", "ntig", "termSec" -> {
                    if (terms == null || language == null) {
                        throw error("<" + element + "> outside a language section of an entry");
                    }
                    if (termText == null || termText.isEmpty()) {
                        throw error("<" + element + "> without a <term>");
                    }
                    terms.add(new Term(language, termText, termStatus));
                }
                case "langSet", "langSec" -> language = null;
                case "termEntry", "conceptEntry" -> {
                    if (!terms.isEmpty()) {
                        concepts.add(new Concept(terms, false, note, "", fileName + ":" + entryLine));
                    }
                    terms = null;
                }
                default -> {
                }
            }
        }

        /** xml:lang, or lang in no namespace. */
        private String attribute(String name) throws GlossaryException {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    String value = xml.getAttributeValue(i).strip();
                    if (!value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                        throw error("'" + value + "' is not a language tag (BCP-47, e.g. zh or en-GB)");
                    }
                    return value;
                }
            }
            throw error("<" + xml.getLocalName() + "> without xml:lang");
        }

        private TermStatus status(String value) throws GlossaryException {
            String v = value.toLowerCase(Locale.ROOT).replace("-admn-sts", "");
            return switch (v) {
                case "preferredterm", "preferred" -> TermStatus.PREFERRED;
                case "admittedterm", "admitted" -> TermStatus.ADMITTED;
                case "deprecatedterm", "deprecated", "supersededterm", "superseded" -> TermStatus.FORBIDDEN;
                default -> throw error("unknown administrativeStatus '" + value + "' (expected preferredTerm-admn-sts, "
                        + "admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts)");
            };
        }

        private GlossaryException error(String reason) {
            Location at = xml.getLocation();
            return new GlossaryException(file, at.getLineNumber(), Math.max(1, at.getColumnNumber()), reason);
        }
    }
}
