package app.makegood.export;

import com.samskivert.mustache.Mustache;

import java.util.regex.Pattern;

/**
 * User text placed into (X)HTML exactly as typed: markup characters become entities, so "<b>" or "&" print
 * literally, and line breaks the owner typed stay line breaks.
 */
public final class HtmlText implements Mustache.Escaper {
    /** XML 1.0 forbids most control characters; they cannot be typed meaningfully anyway. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private final String lineBreak;

    private HtmlText(String lineBreak) {
        this.lineBreak = lineBreak;
    }

    /** For the letters, which the PDF engine reads as XML. */
    public static HtmlText xhtml() {
        return new HtmlText("<br />");
    }

    /** For web pages. */
    public static HtmlText html() {
        return new HtmlText("<br>");
    }

    @Override
    public String escape(String raw) {
        String text = CONTROL.matcher(raw.replace("\r\n", "\n")).replaceAll("");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(lineBreak);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
