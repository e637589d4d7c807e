package io.github.mtlint.text;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small steps of a StAX walk shared by the bilingual-file readers. */
final class XmlWalk {

    private XmlWalk() {
    }

    /** From a start tag to its end tag, ignoring everything between. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The next child start tag of the current element, or false at its end tag. */
    static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Moves to the root element. */
    static void toRoot(XMLStreamReader reader) throws XMLStreamException {
        while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            reader.next();
        }
    }

    /** {@code translate="no"} switches translation off, {@code "yes"} on; anything else inherits. */
    static boolean translate(XMLStreamReader reader, boolean inherited) {
        String value = attribute(reader, "translate");
        return value == null ? inherited : !value.equals("no");
    }

    /**
     * An attribute of the current element without a namespace, as XLIFF and TMX attributes are; {@code
     * getAttributeValue(null, name)} would also take {@code its:version} for {@code version}.
     */
    static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** xml:lang of the current element, or null. */
    static String xmlLang(XMLStreamReader reader) {
        String lang = reader.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
        return lang != null ? lang : attribute(reader, "lang");
    }
}
