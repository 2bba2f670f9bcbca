package app.makegood.export;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;

import java.util.regex.Pattern;

/**
 * User text placed into Markdown exactly as typed: characters that Markdown would read as formatting,
 * links, HTML or entities ("&amp;") are backslash-escaped, so "<b>" or "*sale*" show literally and cannot inject
 * markup.
 */
final class MarkdownText implements Mustache.Escaper {
    private static final Mustache.Escaper INLINE = Escapers.simple(new String[][] {
        {"\\", "\\\\"}, {"&", "\\&"}, {"`", "\\`"}, {"*", "\\*"}, {"_", "\\_"}, {"[", "\\["}, {"]", "\\]"},
        {"<", "\\<"}, {">", "\\>"}, {"#", "\\#"}, {"|", "\\|"}, {"~", "\\~"}, {"{", "\\{"}, {"}", "\\}"}});
    /**
     * A line that would start a list ("- ", "+ "), or that would turn the line above into a heading or draw a rule
     * ("===", "---").
     */
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)([-+=])(?=\\s|[-= \\t]*$)");
    /** A line that would start a numbered list: "1. " or "1) ". */
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\s*)(\\d+)([.)])(?=\\s|$)");
    /** Control characters other than line breaks and tabs cannot be typed meaningfully; they are dropped. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    @Override
    public String escape(String raw) {
        String text = CONTROL.matcher(raw.replace("\r\n", "\n")).replaceAll("");
        String inline = INLINE.escape(text);
        return NUMBERED.matcher(BULLET.matcher(inline).replaceAll("$1\\\\$2")).replaceAll("$1$2\\\\$3");
    }
}
