package io.github.mtlint.testing;

import java.util.List;

/**
 * Writes a line-aligned pair (source line i translated by target line i) as the bilingual files mtlint reads, for
 * tests that compare formats. Some segments get inline codes on both sides, which must not change what is checked.
 */
public final class BilingualFileWriter {

    private BilingualFileWriter() {
    }

    public static String xliff12(List<String> source, List<String> target, String sourceLanguage) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + " <file source-language=\"" + sourceLanguage + "\" target-language=\"en\" datatype=\"plaintext\" original=\"a.txt\">\n"
                + "  <body>\n");
        for (int i = 0; i < source.size(); i++) {
            // every seventh segment wrapped in a <g> on both sides, every fifth with an <x/> before it
            String open = i % 7 == 3 ? "<g id=\"1\">" : "";
            String close = open.isEmpty() ? "" : "</g>";
            String x = i % 5 == 2 ? "<x id=\"2\"/>" : "";
            xml.append("   <trans-unit id=\"").append(i + 1).append("\">\n")
                    .append("    <source>").append(x).append(open).append(escape(source.get(i))).append(close).append("</source>\n")
                    .append("    <target state=\"translated\">").append(x).append(open).append(escape(target.get(i))).append(close)
                    .append("</target>\n")
                    .append("    <note>a note is not checked</note>\n")
                    .append("   </trans-unit>\n");
        }
        return xml.append("  </body>\n </file>\n</xliff>\n").toString();
    }

    public static String xliff20(List<String> source, List<String> target, String sourceLanguage) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"" + sourceLanguage
                + "\" trgLang=\"en\">\n <file id=\"f1\">\n");
        for (int i = 0; i < source.size(); i++) {
            String ph = i % 4 == 1 ? "<ph id=\"1\"/>" : "";
            String open = i % 6 == 5 ? "<pc id=\"2\">" : "";
            String close = open.isEmpty() ? "" : "</pc>";
            xml.append("  <unit id=\"").append(i + 1).append("\"><segment>")
                    .append("<source>").append(open).append(escape(source.get(i))).append(close).append(ph).append("</source>")
                    .append("<target>").append(open).append(escape(target.get(i))).append(close).append(ph).append("</target>")
                    .append("</segment></unit>\n");
        }
        return xml.append(" </file>\n</xliff>\n").toString();
    }

    public static String tmx(List<String> source, List<String> target, String sourceLanguage) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + " <header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\""
                + " srclang=\"" + sourceLanguage + "\" datatype=\"plaintext\"/>\n <body>\n");
        for (int i = 0; i < source.size(); i++) {
            String ph = i % 3 == 0 ? "<ph x=\"1\">{0}</ph>" : "";
            xml.append("  <tu tuid=\"").append(i + 1).append("\">")
                    .append("<tuv xml:lang=\"en\"><seg>").append(escape(target.get(i))).append(ph).append("</seg></tuv>")
                    .append("<tuv xml:lang=\"").append(sourceLanguage).append("\"><seg>").append(escape(source.get(i))).append(ph)
                    .append("</seg></tuv></tu>\n");
        }
        return xml.append(" </body>\n</tmx>\n").toString();
    }

    public static String tsv(List<String> source, List<String> target, String sourceLanguage) {
        StringBuilder tsv = new StringBuilder(sourceLanguage + "\ten\n");
        for (int i = 0; i < source.size(); i++) {
            tsv.append(source.get(i)).append('\t').append(target.get(i)).append('\n');
        }
        return tsv.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
