package org.w3id.normgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JDK's streaming XML writer, with line breaks and indentation so that a diff of two exports is readable. */
final class Xml {

    private final XMLStreamWriter writer;
    private int depth;

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Xml(XMLStreamWriter writer) {
        this.writer = writer;
    }

    static Xml open(OutputStream out) throws XMLStreamException {
        Xml xml = new Xml(XMLOutputFactory.newDefaultFactory()
                .createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
        xml.writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return xml;
    }

    XMLStreamWriter writer() {
        return writer;
    }

    /** Starts the root element in {@code namespace}, with the schema that validates it. */
    Xml root(String name, String namespace, String schemaLocation) throws XMLStreamException {
        start(name);
        writer.writeDefaultNamespace(namespace);
        writer.writeNamespace("xsi", XSI);
        writer.writeAttribute(XSI, "schemaLocation", namespace + " " + schemaLocation);
        return this;
    }

    /** Starts an element on a new line; attributes follow with {@link #attribute}. */
    Xml start(String name) throws XMLStreamException {
        newLine();
        writer.writeStartElement(name);
        depth++;
        return this;
    }

    Xml empty(String name) throws XMLStreamException {
        newLine();
        writer.writeEmptyElement(name);
        return this;
    }

    Xml attribute(String name, String value) throws XMLStreamException {
        writer.writeAttribute(name, value);
        return this;
    }

    /** An element that holds only text, on one line. */
    Xml textElement(String name, String text) throws XMLStreamException {
        newLine();
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
        return this;
    }

    /** Ends the element started last; {@code inline} when it holds only attributes or text written inline. */
    Xml end(boolean inline) throws XMLStreamException {
        depth--;
        if (!inline) {
            newLine();
        }
        writer.writeEndElement();
        return this;
    }

    void close() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    private void newLine() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }
}
