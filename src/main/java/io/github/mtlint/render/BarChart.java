package io.github.mtlint.render;

import java.util.Map;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

/** A horizontal bar chart as inline SVG: readable without script, printable, and with a text label per bar. */
final class BarChart {

    private static final int ROW = 22;
    private static final int BAR = 240;
    /** Room for the label, at about eight units a character (seven clipped "Fluency/Grammar" in DejaVu Sans). */
    private static final int CHAR_WIDTH = 8;

    private BarChart() {
    }

    static String svg(Map<String, Integer> counts, Map<String, String> colours, String title) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int height = Math.max(1, counts.size()) * ROW + 4;
        int label = 12 + CHAR_WIDTH * counts.keySet().stream().mapToInt(String::length).max().orElse(8);
        int width = label + BAR + 50;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escapeXml11(title)).append("\">");
        if (counts.isEmpty() || max == 0) {
            sb.append("<text x=\"0\" y=\"16\" font-size=\"13\" fill=\"#5b6475\">no findings</text></svg>");
            return sb.toString();
        }
        int y = 2;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int bar = max == 0 ? 0 : (int) Math.round((double) e.getValue() / max * BAR);
            String colour = colours.getOrDefault(e.getKey(), "#3b6ee8");
            sb.append("<g><title>").append(escapeXml11(e.getKey() + ": " + e.getValue())).append("</title>")
                    .append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" text-anchor=\"end\" fill=\"#1d2433\">").append(escapeXml11(e.getKey())).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(ROW - 8).append("\" rx=\"2\" style=\"fill:").append(colour).append("\"/>")
                    .append("<text x=\"").append(label + bar + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" fill=\"#1d2433\">").append(e.getValue()).append("</text></g>");
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

}
