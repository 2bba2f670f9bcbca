package app.makegood.export.letter;

import app.makegood.export.HtmlText;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one Mustache set-up shared by letters and the postmortem, and its errors in plain words. */
final class Templates {
    static final String ROOT = "/assets/templates/";
    private static final Pattern AT_LINE = Pattern.compile("\\s*@ line (\\d+)\\s*$");
    private static final Pattern MISSING_CLOSE = Pattern.compile("Section missing close tag '(.*)'");
    private static final Pattern MISMATCHED = Pattern.compile("Section close tag with mismatched open tag '(.*)' != '(.*)'");
    private static final Pattern NO_OPEN = Pattern.compile("Section close tag with no open tag '(.*)'");

    private Templates() {
    }

    /** HTML output: every value escaped; partials such as {{> letterhead}} come from the bundled defaults. */
    static Mustache.Compiler html() {
        return base().withEscaper(HtmlText.xhtml());
    }

    /** Plain text and subject lines: values go in as typed, there is no markup to protect. */
    static Mustache.Compiler text() {
        return base().withEscaper(Escapers.NONE);
    }

    private static Mustache.Compiler base() {
        return Mustache.compiler().defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(Templates::partial);
    }

    static Mustache.Compiler compilerFor(TemplateName name) {
        return name.part() == TemplateName.Part.HTML ? html() : text();
    }

    /** Compiles and runs once on an empty view, so a missing partial shows up now rather than in a letter. */
    static Template compile(Mustache.Compiler compiler, String source) throws TemplateException {
        try {
            Template template = compiler.compile(source);
            template.execute(Map.of());
            return template;
        } catch (MustacheException e) {
            throw explain(e);
        }
    }

    /**
     * Compiled templates by part and source, shared by every letter and thread (a compiled template only reads its
     * view, so threads can run one at once): a batch compiled the same three templates for each letter. Keyed by the
     * source, so an edited template is compiled afresh; emptied when an owner's edits pile up.
     */
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();
    private static final int MOST_COMPILED = 64;

    /** As {@link #compile} for this template's part, compiled once per source. */
    static Template compiled(TemplateName name, String source) throws TemplateException {
        String key = name.part() + "\0" + source;
        Template template = COMPILED.get(key);
        if (template == null) {
            template = compile(compilerFor(name), source);
            if (COMPILED.size() >= MOST_COMPILED) {
                COMPILED.clear();
            }
            COMPILED.put(key, template);
        }
        return template;
    }

    static String execute(Template template, Object view) throws TemplateException {
        try {
            return template.execute(view);
        } catch (MustacheException e) {
            throw explain(e);
        }
    }

    /** A missing partial is the template's mistake (a typo in {{> name}}), reported like any other. */
    private static Reader partial(String name) throws FileNotFoundException {
        InputStream in = Templates.class.getResourceAsStream(ROOT + "partials/" + name + ".mustache");
        if (in == null) {
            throw new FileNotFoundException(name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Bundled files already read: they never change while MakeGood runs. */
    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    /** A bundled file, read once; its absence means a broken installation, not a user mistake. */
    static String resource(String path) {
        return RESOURCES.computeIfAbsent(path, Templates::read);
    }

    private static String read(String path) {
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IOException(ROOT + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("A bundled template is missing from this copy of MakeGood", e);
        }
    }

    static TemplateException explain(MustacheException e) {
        String message = String.valueOf(e.getMessage());
        Matcher at = AT_LINE.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
        String what = at.replaceFirst("");
        Matcher m;
        if ((m = MISSING_CLOSE.matcher(what)).matches()) {
            what = "the section '" + m.group(1) + "' is opened but never closed";
        } else if ((m = MISMATCHED.matcher(what)).matches()) {
            what = "the section '" + m.group(2) + "' is still open where {{/" + m.group(1) + "}} closes another one";
        } else if ((m = NO_OPEN.matcher(what)).matches()) {
            what = "{{/" + m.group(1) + "}} closes a section that was never opened";
        } else if (e.getCause() instanceof FileNotFoundException missing) {
            what = "{{> " + missing.getMessage() + "}} includes a part that does not exist";
        }
        return new TemplateException(line, what);
    }
}
