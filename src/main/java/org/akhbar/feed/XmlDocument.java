package org.akhbar.feed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written element by element straight to a stream, so a sitemap of tens of
 * thousands of addresses never exists whole in memory. All text goes through {@link XmlText}; the
 * writer escapes it.
 */
final class XmlDocument implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final BufferedOutputStream buffer;

    XmlDocument(OutputStream out) {
        // The writer hands its output on in small pieces; what it writes to (a response, a gzip
        // stream) is far faster fed in large ones.
        this.buffer = new BufferedOutputStream(out, 32 * 1024);
        try {
            xml = FACTORY.createXMLStreamWriter(buffer, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code name} may carry a prefix declared on the root ({@code media:content}). */
    XmlDocument start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlDocument namespace(String prefix, String uri) {
        try {
            if (prefix == null) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlDocument attribute(String name, String value) {
        try {
            xml.writeAttribute(name, XmlText.clean(value));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlDocument text(String text) {
        try {
            xml.writeCharacters(XmlText.clean(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlDocument end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text. */
    XmlDocument element(String name, String text) {
        return start(name).text(text).end();
    }

    /** An element without content ({@code <link href="…"/>}), attributes as name, value, name, value … */
    XmlDocument empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes every open element and flushes; the stream stays open. */
    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
