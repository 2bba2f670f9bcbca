package app.makegood.export.letter;

import com.samskivert.mustache.Mustache;

import java.util.regex.Pattern;

/**
 * User text placed into XHTML exactly as typed: markup characters become entities, so "<b>" or "&" print
 * literally, and line breaks the owner typed stay line breaks.
 */
final class HtmlText implements Mustache.Escaper {
    /** XML 1.0 forbids most control characters; they cannot be typed meaningfully anyway. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

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
                case '\n' -> out.append("<br />");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
