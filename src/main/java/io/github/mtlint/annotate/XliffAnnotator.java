package io.github.mtlint.annotate;

import io.github.mtlint.text.SafeXml;
import io.github.mtlint.text.XliffReader;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a copy of an XLIFF file (1.2 or 2.x) with findings as W3C ITS 2.0 Localization Quality Issue annotations,
 * which CAT tools show to translators. A finding becomes a {@code <mrk>} around its span in the segment's target
 * ({@code mtype="x-its"} in 1.2, {@code type="its:any"} in 2.x) carrying {@code its:locQualityIssueType}, {@code
 * its:locQualityIssueSeverity} and {@code its:locQualityIssueComment}. Where a span cannot be marked (it would cross
 * the boundary of an inline code, or it is empty, or the segment has no target), the finding goes into a standoff
 * {@code <its:locQualityIssues>} in the unit, referred to by {@code its:locQualityIssuesRef} from the target (or the
 * unit when it has none). Everything else is copied as it was read, event by event; one unit at a time is held.
 */
public final class XliffAnnotator {

    public static final String ITS = "http://www.w3.org/2005/11/its";
    private static final String XLIFF_1 = "urn:oasis:names:tc:xliff:document:1.2";
    /** Codes that hold native markup, whose content is not text of the segment (as the reader takes them). */
    private static final Set<String> NATIVE = Set.of("ph", "bpt", "ept", "it", "ut");

    private final XMLEventFactory events = XMLEventFactory.newDefaultFactory();
    private final Map<String, List<LocQualityIssue>> bySegment;
    /** How segment ids name the document's files when it has several (as the reader names them); empty otherwise. */
    private final List<String> fileKeys;
    private int fileIndex = -1;
    private boolean version1;
    private int segmentsSoFar;
    private int nextId = 1;
    private int marked;
    private int standoff;
    /** XLIFF 2: the standoff annotations of the unit being annotated, which go before its segments. */
    private final List<XMLEvent> unitStandoff = new ArrayList<>();

    /** For a document of one {@code <file>}. */
    public XliffAnnotator(Map<String, List<LocQualityIssue>> bySegment) {
        this(bySegment, List.of());
    }

    /**
     * @param bySegment the findings of each segment id, with offsets into the segment's target text
     * @param fileNames the names of the document's {@code <file>} elements ({@link XliffReader#fileNames}), which the
     *                  segment ids of a document with several files start with
     */
    public XliffAnnotator(Map<String, List<LocQualityIssue>> bySegment, List<String> fileNames) {
        this.bySegment = bySegment;
        this.fileKeys = fileNames.size() < 2 ? List.of() : XliffReader.fileKeys(fileNames);
    }

    /** What was written: findings marked in place, and findings in standoff annotations. */
    public record Outcome(int marked, int standoff) {
    }

    /**
     * @throws XMLStreamException for a file that is not well-formed (it was read before, so that is unlikely)
     */
    public Outcome annotate(InputStream in, OutputStream out) throws XMLStreamException {
        XMLEventReader reader = SafeXml.openEvents(in);
        XMLOutputFactory outputs = XMLOutputFactory.newDefaultFactory();
        XMLEventWriter writer = outputs.createXMLEventWriter(out, "UTF-8");
        boolean root = true;
        int depth = 0; // of the elements copied one event at a time; a unit is copied whole
        try {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) {
                    writer.add(events.createStartDocument("UTF-8", "1.0"));
                    writer.add(events.createSpace("\n")); // the reader reports no white space outside the root
                    continue;
                }
                if (event.isStartElement() && root) {
                    root = false;
                    StartElement start = event.asStartElement();
                    depth = 1;
                    String version = attribute(start, "version");
                    version1 = version != null && version.startsWith("1.");
                    writer.add(withItsNamespace(start));
                    continue;
                }
                // as XliffReader counts them: the root's <file> children, not a <file> deeper down (in a header's metadata)
                if (event.isStartElement() && depth == 1 && event.asStartElement().getName().getLocalPart().equals("file")) {
                    fileIndex++;
                }
                if (event.isStartElement() && isUnit(event.asStartElement())) {
                    List<XMLEvent> unit = new ArrayList<>();
                    unit.add(event);
                    collectElement(reader, unit);
                    for (XMLEvent e : annotateUnit(unit)) {
                        writer.add(e);
                    }
                    continue;
                }
                if (event.isStartElement()) {
                    depth++;
                } else if (event.isEndElement()) {
                    depth--;
                }
                writer.add(event);
            }
            writer.flush();
        } finally {
            writer.close();
            reader.close();
        }
        return new Outcome(marked, standoff);
    }

    private boolean isUnit(StartElement start) {
        String name = start.getName().getLocalPart();
        return version1 ? name.equals("trans-unit") : name.equals("unit");
    }

    /** Reads to the end tag of the element whose start tag is already in {@code into}. */
    private static void collectElement(XMLEventReader reader, List<XMLEvent> into) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            XMLEvent event = reader.nextEvent();
            into.add(event);
            if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            }
        }
    }

    private StartElement withItsNamespace(StartElement start) {
        List<Namespace> namespaces = new ArrayList<>();
        boolean declared = false;
        for (Iterator<Namespace> it = start.getNamespaces(); it.hasNext(); ) {
            Namespace ns = it.next();
            declared |= ns.getPrefix().equals("its") && ns.getNamespaceURI().equals(ITS);
            namespaces.add(ns);
        }
        if (!declared) {
            namespaces.add(events.createNamespace("its", ITS));
        }
        List<Attribute> attributes = new ArrayList<>();
        boolean versioned = false;
        for (Iterator<Attribute> it = start.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            versioned |= a.getName().getNamespaceURI().equals(ITS) && a.getName().getLocalPart().equals("version");
            attributes.add(a);
        }
        if (!versioned) {
            attributes.add(events.createAttribute("its", ITS, "version", "2.0"));
        }
        return events.createStartElement(start.getName(), attributes.iterator(), namespaces.iterator());
    }

    /** The segment's id as the reader gives it: with its file's name when the document has several files. */
    private List<LocQualityIssue> issuesOf(String segmentId) {
        String id = fileKeys.isEmpty() || fileIndex < 0 || fileIndex >= fileKeys.size() ? segmentId
                : XliffReader.inFile(fileKeys.get(fileIndex), segmentId);
        return bySegment.getOrDefault(id, List.of());
    }

    /** A trans-unit (1.2) or unit (2.x), its findings written in. */
    private List<XMLEvent> annotateUnit(List<XMLEvent> unit) {
        StartElement start = unit.get(0).asStartElement();
        String unitId = attribute(start, "id");
        if (version1) {
            String id = unitId != null ? unitId : String.valueOf(segmentsSoFar + 1);
            List<int[]> segSources = children(unit, 0, "seg-source");
            List<int[]> targets = children(unit, 0, "target");
            Map<String, int[]> sourceMarks = segSources.isEmpty() ? Map.of() : segmentMarks(unit, segSources.get(0));
            Map<String, int[]> targetMarks = targets.isEmpty() ? Map.of() : segmentMarks(unit, targets.get(0));
            if (!sourceMarks.isEmpty() && (targets.isEmpty() || !targetMarks.isEmpty())) {
                segmentsSoFar += sourceMarks.size();
                return annotateMarkedSegments(unit, id, sourceMarks, targetMarks);
            }
            segmentsSoFar++;
            List<LocQualityIssue> issues = issuesOf(id);
            if (issues.isEmpty()) {
                return unit;
            }
            return annotateSegment(unit, 0, issues);
        }
        String base = unitId != null ? unitId : String.valueOf(segmentsSoFar + 1);
        List<int[]> segments = children(unit, 0, "segment");
        segmentsSoFar += segments.size();
        List<XMLEvent> result = unit;
        // from the last segment back, so that the earlier segments' indices stay right
        for (int k = segments.size() - 1; k >= 0; k--) {
            int at = segments.get(k)[0];
            String segmentId = attribute(result.get(at).asStartElement(), "id");
            String id = segments.size() == 1 ? base : XliffReader.segmentId(base, segmentId != null ? segmentId : String.valueOf(k + 1));
            List<LocQualityIssue> issues = issuesOf(id);
            if (!issues.isEmpty()) {
                result = annotateSegment(result, at, issues);
            }
        }
        if (!unitStandoff.isEmpty()) {
            // XLIFF 2 takes other namespaces' elements in a unit before its notes and segments only
            result = new ArrayList<>(result);
            result.addAll(1, unitStandoff);
            unitStandoff.clear();
        }
        return result;
    }

    /**
     * A 1.2 trans-unit segmented by {@code <mrk mtype="seg">} in its seg-source and target: each segment's findings
     * marked inside its target mark; a segment the target lacks gets its standoff referred to from its source mark.
     */
    private List<XMLEvent> annotateMarkedSegments(List<XMLEvent> unit, String unitId, Map<String, int[]> sourceMarks,
                                                  Map<String, int[]> targetMarks) {
        List<XMLEvent> result = unit;
        // the target's marks from the last back, then the source's (which come before the target): earlier indices stay right
        List<Map.Entry<String, int[]>> inTarget = new ArrayList<>();
        List<Map.Entry<String, int[]>> inSource = new ArrayList<>();
        for (Map.Entry<String, int[]> mark : sourceMarks.entrySet()) {
            int[] target = targetMarks.get(mark.getKey());
            if (target != null) {
                inTarget.add(Map.entry(mark.getKey(), target));
            } else {
                inSource.add(mark);
            }
        }
        inTarget.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        inSource.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<String, int[]> mark : inTarget) {
            List<LocQualityIssue> issues = issuesOf(XliffReader.segmentId(unitId, mark.getKey()));
            if (!issues.isEmpty()) {
                result = annotateContent(result, mark.getValue(), mark.getValue()[0], issues);
            }
        }
        for (Map.Entry<String, int[]> mark : inSource) {
            List<LocQualityIssue> issues = issuesOf(XliffReader.segmentId(unitId, mark.getKey()));
            if (!issues.isEmpty()) {
                result = annotateContent(result, null, mark.getValue()[0], issues);
            }
        }
        return result;
    }

    /**
     * [start, end] indices of the {@code <mrk mtype="seg">} elements inside an element, by mid (as the reader names a
     * mark without one: its position).
     */
    private static Map<String, int[]> segmentMarks(List<XMLEvent> events, int[] element) {
        Map<String, int[]> marks = new LinkedHashMap<>();
        for (int i = element[0] + 1; i < element[1]; i++) {
            XMLEvent event = events.get(i);
            if (!event.isStartElement() || !event.asStartElement().getName().getLocalPart().equals("mrk")
                    || !"seg".equals(attribute(event.asStartElement(), "mtype"))) {
                continue;
            }
            int depth = 0;
            int end = i;
            do {
                XMLEvent e = events.get(end);
                depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
                end++;
            } while (depth > 0);
            String mid = attribute(event.asStartElement(), "mid");
            marks.putIfAbsent(mid != null ? mid : String.valueOf(marks.size() + 1), new int[] {i, end - 1});
            i = end - 1;
        }
        return marks;
    }

    /**
     * The unit with one segment's findings: marked in its target where they can be, the rest standoff at the unit's
     * end.
     *
     * @param segmentAt index of the segment's start tag in the unit (the trans-unit itself in 1.2)
     */
    private List<XMLEvent> annotateSegment(List<XMLEvent> unit, int segmentAt, List<LocQualityIssue> issues) {
        List<int[]> targets = children(unit, segmentAt, "target");
        return annotateContent(unit, targets.isEmpty() ? null : targets.get(0), segmentAt, issues);
    }

    /**
     * @param target    [start, end] indices of the element whose content is the segment's target, or null for none
     * @param refIfNone index of the start tag that refers to the standoff when there is no target
     */
    private List<XMLEvent> annotateContent(List<XMLEvent> unit, int[] target, int refIfNone, List<LocQualityIssue> issues) {
        List<LocQualityIssue> left = new ArrayList<>();
        List<XMLEvent> result = new ArrayList<>(unit);
        int refAt = refIfNone;
        if (target == null) {
            left.addAll(issues);
        } else {
            int from = target[0];
            int to = target[1];
            refAt = from;
            Content content = new Content(unit.subList(from + 1, to), unit.get(from).asStartElement().getName());
            for (LocQualityIssue issue : issues) {
                if (issue.start() < issue.end() && content.mark(issue)) {
                    marked++;
                } else {
                    left.add(issue);
                }
            }
            result = new ArrayList<>(unit.subList(0, from + 1));
            result.addAll(content.events());
            result.addAll(unit.subList(to, unit.size()));
        }
        if (left.isEmpty()) {
            return result;
        }
        standoff += left.size();
        String ref = "mtlint-lqi-" + nextId++;
        if (version1) {
            result.set(refAt, withAttribute(result.get(refAt).asStartElement(), events.createAttribute("its", ITS,
                    "locQualityIssuesRef", "#" + ref)));
        } else if (target != null) {
            // XLIFF 2's <target> takes no ITS attribute: an annotation around its whole content refers to the standoff
            int targetEnd = result.size() - (unit.size() - target[1]);
            QName mrk = new QName(result.get(refAt).asStartElement().getName().getNamespaceURI(), "mrk");
            result.add(targetEnd, events.createEndElement(mrk, null));
            result.add(refAt + 1, events.createStartElement(mrk, List.of(events.createAttribute("id", ref + "-m"),
                    events.createAttribute("type", "its:any"),
                    events.createAttribute("its", ITS, "locQualityIssuesRef", "#" + ref)).iterator(), null));
        }
        List<XMLEvent> standoffEvents = new ArrayList<>();
        standoffEvents.add(events.createStartElement("its", ITS, "locQualityIssues",
                List.of(events.createAttribute("xml", XMLConstants.XML_NS_URI, "id", ref)).iterator(), null));
        for (LocQualityIssue issue : left) {
            standoffEvents.add(events.createStartElement("its", ITS, "locQualityIssue", List.of(
                    events.createAttribute("locQualityIssueType", issue.type()),
                    events.createAttribute("locQualityIssueSeverity", String.valueOf(issue.severity())),
                    events.createAttribute("locQualityIssueComment", issue.comment())).iterator(), null));
            standoffEvents.add(events.createEndElement("its", ITS, "locQualityIssue"));
        }
        standoffEvents.add(events.createEndElement("its", ITS, "locQualityIssues"));
        if (version1) {
            result.addAll(result.size() - 1, standoffEvents); // 1.2 allows other namespaces' elements last in a trans-unit
        } else {
            unitStandoff.addAll(standoffEvents);
        }
        return result;
    }

    /** [start, end] indices of the direct children of the element starting at {@code parent} with this local name. */
    private static List<int[]> children(List<XMLEvent> events, int parent, String name) {
        List<int[]> found = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = parent; i < events.size(); i++) {
            XMLEvent event = events.get(i);
            if (event.isStartElement()) {
                depth++;
                if (depth == 2 && event.asStartElement().getName().getLocalPart().equals(name)) {
                    start = i;
                }
            } else if (event.isEndElement()) {
                if (depth == 2 && start >= 0) {
                    found.add(new int[] {start, i});
                    start = -1;
                }
                depth--;
                if (depth == 0) {
                    break;
                }
            }
        }
        return found;
    }

    private StartElement withAttribute(StartElement start, Attribute added) {
        List<Attribute> attributes = new ArrayList<>();
        start.getAttributes().forEachRemaining(attributes::add);
        attributes.add(added);
        return events.createStartElement(start.getName(), attributes.iterator(), start.getNamespaces());
    }

    private static String attribute(StartElement start, String name) {
        Attribute a = start.getAttributeByName(new QName(name));
        return a == null ? null : a.getValue();
    }

    /**
     * A target's content as tokens: text (split where marks go), start and end tags, and opaque codes (a native code
     * with its content, a {@code <cp/>}) that count as the characters the reader gave them.
     */
    private final class Content {

        private final List<Token> tokens = new ArrayList<>();
        private final QName target;

        private record Token(List<XMLEvent> events, int length, int depthChange) {
        }

        Content(List<XMLEvent> content, QName target) {
            this.target = target;
            for (int i = 0; i < content.size(); i++) {
                XMLEvent event = content.get(i);
                if (event.isCharacters()) {
                    tokens.add(new Token(List.of(event), event.asCharacters().getData().length(), 0));
                } else if (event.isStartElement() && (NATIVE.contains(local(event)) || local(event).equals("cp"))) {
                    List<XMLEvent> opaque = new ArrayList<>();
                    int depth = 0;
                    int j = i;
                    do {
                        XMLEvent e = content.get(j);
                        opaque.add(e);
                        depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
                        j++;
                    } while (depth > 0);
                    tokens.add(new Token(opaque, local(event).equals("cp") ? codePointLength(event.asStartElement()) : 0, 0));
                    i = j - 1;
                } else if (event.isStartElement()) {
                    tokens.add(new Token(List.of(event), 0, 1));
                } else if (event.isEndElement()) {
                    tokens.add(new Token(List.of(event), 0, -1));
                } else {
                    tokens.add(new Token(List.of(event), 0, 0));
                }
            }
        }

        private static String local(XMLEvent event) {
            return event.asStartElement().getName().getLocalPart();
        }

        private static int codePointLength(StartElement cp) {
            try {
                return Character.charCount(Integer.parseInt(attribute(cp, "hex"), 16));
            } catch (RuntimeException bad) {
                return 1;
            }
        }

        List<XMLEvent> events() {
            List<XMLEvent> all = new ArrayList<>();
            tokens.forEach(t -> all.addAll(t.events()));
            return all;
        }

        /** Puts a mark around the span; false when no well-nested place for it exists. */
        boolean mark(LocQualityIssue issue) {
            if (!splitAt(issue.start()) || !splitAt(issue.end())) {
                return false;
            }
            int n = tokens.size();
            int[] offset = new int[n + 1];
            int[] depth = new int[n + 1];
            for (int p = 0; p < n; p++) {
                offset[p + 1] = offset[p] + tokens.get(p).length();
                depth[p + 1] = depth[p] + tokens.get(p).depthChange();
            }
            for (int start = 0; start <= n; start++) {
                if (offset[start] != issue.start()) {
                    continue;
                }
                for (int end = n; end > start; end--) {
                    if (offset[end] != issue.end() || depth[end] != depth[start]) {
                        continue;
                    }
                    boolean nested = true;
                    for (int p = start; p <= end && nested; p++) {
                        nested = depth[p] >= depth[start];
                    }
                    if (nested) {
                        tokens.add(end, new Token(List.of(events.createEndElement(target.getPrefix(), target.getNamespaceURI(), "mrk")), 0, -1));
                        tokens.add(start, new Token(List.of(markStart(issue)), 0, 1));
                        return true;
                    }
                }
            }
            return false;
        }

        private XMLEvent markStart(LocQualityIssue issue) {
            List<Attribute> attributes = new ArrayList<>();
            if (version1) {
                attributes.add(events.createAttribute("mtype", "x-its"));
            } else {
                attributes.add(events.createAttribute("id", "mtlint-" + nextId++));
                attributes.add(events.createAttribute("type", "its:any"));
            }
            attributes.add(events.createAttribute("its", ITS, "locQualityIssueType", issue.type()));
            attributes.add(events.createAttribute("its", ITS, "locQualityIssueSeverity", String.valueOf(issue.severity())));
            attributes.add(events.createAttribute("its", ITS, "locQualityIssueComment", issue.comment()));
            return events.createStartElement(target.getPrefix(), target.getNamespaceURI(), "mrk", attributes.iterator(), null);
        }

        /** Makes the offset fall between tokens, splitting a text token; false past the end or inside an opaque code. */
        private boolean splitAt(int at) {
            int offset = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (offset == at) {
                    return true;
                }
                if (offset + token.length() > at) {
                    if (token.events().size() != 1 || !token.events().get(0).isCharacters()) {
                        return false;
                    }
                    Characters text = token.events().get(0).asCharacters();
                    String data = text.getData();
                    int cut = at - offset;
                    tokens.set(i, new Token(List.of(events.createCharacters(data.substring(0, cut))), cut, 0));
                    tokens.add(i + 1, new Token(List.of(events.createCharacters(data.substring(cut))), data.length() - cut, 0));
                    return true;
                }
                offset += token.length();
            }
            return offset == at;
        }
    }
}
