package app.makegood.export.letter;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/** Strict XML reading of a rendered document, as the PDF engine needs it; nothing is fetched from the network. */
final class Xhtml {
    private Xhtml() {
    }

    /** The document, or the line and reason it is not well-formed XHTML. */
    static Document parse(String xhtml) throws TemplateException {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateException(e.getLineNumber(), "the letter it makes is not valid XHTML (" + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            throw new TemplateException(0, "the letter it makes is not valid XHTML (" + e.getMessage() + ")");
        }
    }

    /** One parser per thread (a parser is not thread-safe): making one cost more than parsing a letter. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(Xhtml::builder);

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This Java has no usable XML parser", e);
        }
    }
}
