package org.briefingengine.report.pdf;

import java.util.Locale;

/**
 * A tiny SVG writer for the briefing's charts. Every text and attribute value is XML-escaped, so labels taken
 * from data can never become markup. Sizes are in user units (1 unit = 1 CSS px).
 */
final class SvgCanvas {

    /** Font families of chart text: declared by {@code @font-face} in the template's CSS. */
    static final String FONT = "Chart Sans, Droid Sans Fallback";

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(FONT).append("\" font-size=\"11\" font-style=\"normal\">");
    }

    SvgCanvas rect(double x, double y, double w, double h, String fill, String stroke) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(escape(fill))
                .append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"0.8\"/>");
        return this;
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(num(width)).append('"');
        dash(dash);
        svg.append("/>");
        return this;
    }

    SvgCanvas polyline(double[] xs, double[] ys, String stroke, double width, String dash) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"")
                .append(num(width)).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        svg.append('"');
        dash(dash);
        svg.append("/>");
        return this;
    }

    /** A marker: shape 0 circle, 1 square, 2 diamond, 3 triangle, 4 cross; filled unless {@code hollow}. */
    SvgCanvas marker(double x, double y, int shape, String colour, boolean hollow) {
        String fill = hollow ? "#ffffff" : escape(colour);
        String style = "\" fill=\"" + fill + "\" stroke=\"" + escape(colour) + "\" stroke-width=\"1.2\"/>";
        switch (shape % 5) {
            case 0 -> svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"3.2").append(style);
            case 1 -> svg.append("<rect x=\"").append(num(x - 3)).append("\" y=\"").append(num(y - 3))
                    .append("\" width=\"6\" height=\"6").append(style);
            case 2 -> svg.append("<polygon points=\"").append(num(x)).append(',').append(num(y - 4)).append(' ')
                    .append(num(x + 4)).append(',').append(num(y)).append(' ').append(num(x)).append(',')
                    .append(num(y + 4)).append(' ').append(num(x - 4)).append(',').append(num(y)).append(style);
            case 3 -> svg.append("<polygon points=\"").append(num(x)).append(',').append(num(y - 4)).append(' ')
                    .append(num(x + 4)).append(',').append(num(y + 3)).append(' ').append(num(x - 4)).append(',')
                    .append(num(y + 3)).append(style);
            default -> {
                line(x - 3.5, y - 3.5, x + 3.5, y + 3.5, colour, 1.6, "");
                line(x - 3.5, y + 3.5, x + 3.5, y - 3.5, colour, 1.6, "");
            }
        }
        return this;
    }

    /** @param anchor start, middle or end */
    SvgCanvas text(double x, double y, String text, String anchor, String fill) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(escape(anchor)).append("\" fill=\"").append(escape(fill)).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    String toSvg() {
        return svg + "</svg>";
    }

    private void dash(String dash) {
        if (!dash.isEmpty()) {
            svg.append(" stroke-dasharray=\"").append(escape(dash)).append('"');
        }
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
