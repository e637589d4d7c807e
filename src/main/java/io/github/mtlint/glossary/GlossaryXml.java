package io.github.mtlint.glossary;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory glossary files are read with: no DTD, no external entities, no entity expansion, so that a TBX file
 * cannot read local files (XXE), call out to the network or expand itself into gigabytes ("billion laughs"). The
 * reader also stops at a DOCTYPE, which TBX does not need. (Package {@code text} has its own for XLIFF and TMX; the
 * two can become one.)
 */
final class GlossaryXml {

    private GlossaryXml() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external entities are refused (" + systemId + ")");
        });
        return factory;
    }
}
