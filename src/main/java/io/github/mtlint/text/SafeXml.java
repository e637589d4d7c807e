package io.github.mtlint.text;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.InputStream;

/**
 * Streaming XML reading that is safe on files from anywhere: the JDK's own StAX parser (not whichever one the class
 * path offers), with DTDs and external entities off, and any {@code <!DOCTYPE>} refused outright. That refuses
 * external entities (XXE), external DTDs and entity-expansion bombs ("billion laughs") alike: XLIFF, TMX and TBX
 * need none of them. Reads the file as a stream of events, never a tree of it.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** A reader over the stream that throws at a DOCTYPE declaration instead of passing it on. */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLStreamReader reader;
        synchronized (FACTORY) { // factories are not promised to be thread-safe; the readers they make are independent
            reader = FACTORY.createXMLStreamReader(in);
        }
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("a DOCTYPE declaration: DTDs and entities are refused (they can read "
                            + "local files or expand without end)", getLocation());
                }
                return event;
            }
        };
    }

    /** Events over the stream, with the same refusals as {@link #open(InputStream)}. */
    public static javax.xml.stream.XMLEventReader openEvents(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = open(in);
        synchronized (FACTORY) {
            return FACTORY.createXMLEventReader(reader);
        }
    }

    /** {@code line:column: reason}, one line, for an error at a place in the file. */
    public static String describe(XMLStreamException e) {
        String message = reason(e);
        Location location = e.getLocation();
        return location == null ? message : at(location) + message;
    }

    /** The parser's message, one line, without its own "ParseError at [row,col]:" prefix. */
    public static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return message.lines().findFirst().orElse("malformed XML").strip();
    }

    /** {@code line:column: } of a place in the file. */
    public static String at(Location location) {
        return location.getLineNumber() + ":" + location.getColumnNumber() + ": ";
    }
}
