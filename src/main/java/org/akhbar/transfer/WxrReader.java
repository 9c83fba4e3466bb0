package org.akhbar.transfer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR export as a stream of {@link Wxr.Entry entries}, one item in memory at a time, so a
 * file of any size reads in the same small heap. The parser is hardened: a document with a DTD is
 * refused outright (no external entities, no entity expansion, no billion laughs), before any of
 * it is used.
 */
final class WxrReader implements AutoCloseable {

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private final XMLStreamReader xml;
    /** Whether items come without their content and comments (read, checked, not kept). */
    private final boolean skim;
    private boolean inChannel;
    private boolean sawRss;
    private boolean siteSent;
    private String title = "";
    private String link = "";
    private String baseSiteUrl = "";
    private String baseBlogUrl = "";
    private Wxr.Entry pending;

    WxrReader(InputStream in) throws WxrException {
        this(in, false);
    }

    private WxrReader(InputStream in, boolean skim) throws WxrException {
        this.skim = skim;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /**
     * A reader whose items come without their content and comments, which are still read through
     * (a malformed or hostile file fails the same) but not kept: for a pass that needs the rest.
     */
    static WxrReader skimming(InputStream in) throws WxrException {
        return new WxrReader(in, true);
    }

    static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not read: " + systemId);
        });
        return factory;
    }

    /** The next entry, or null at the end of the export. */
    Wxr.Entry next() throws WxrException {
        if (pending != null) {
            Wxr.Entry entry = pending;
            pending = null;
            return entry;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WxrException(line(), "A DTD is not allowed in a WordPress export (entities are refused)");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new WxrException(line(), "Entity reference &" + xml.getLocalName() + "; is not allowed");
                }
                if (event == XMLStreamConstants.END_ELEMENT && "channel".equals(xml.getLocalName())) {
                    inChannel = false;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = name();
                if (!sawRss) {
                    if (!name.equals("rss")) {
                        throw new WxrException(line(), "Not a WordPress export: the document starts with <" + name + ">, not <rss>");
                    }
                    sawRss = true;
                    continue;
                }
                if (!inChannel) {
                    if (name.equals("channel")) {
                        inChannel = true;
                    } else {
                        skip();
                    }
                    continue;
                }
                long line = line();
                Wxr.Entry entry = switch (name) {
                    case "title" -> { title = text(); yield null; }
                    case "link" -> { link = text(); yield null; }
                    case "wp:base_site_url" -> { baseSiteUrl = text(); yield null; }
                    case "wp:base_blog_url" -> { baseBlogUrl = text(); yield null; }
                    case "wp:author" -> author(line);
                    case "wp:category" -> category(line);
                    case "wp:tag" -> tag(line);
                    case "item" -> item(line);
                    default -> { skip(); yield null; }
                };
                if (entry != null) {
                    if (!siteSent) {
                        siteSent = true;
                        pending = entry;
                        return site(line);
                    }
                    return entry;
                }
            }
            if (!sawRss) {
                throw new WxrException(line(), "Not a WordPress export: the file is empty");
            }
            if (!siteSent) {
                siteSent = true;
                return site(line());
            }
            return null;
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    private Wxr.Site site(long line) {
        return new Wxr.Site(line, title, link, baseSiteUrl, baseBlogUrl);
    }

    private Wxr.Author author(long line) throws XMLStreamException {
        Map<String, String> fields = fields();
        return new Wxr.Author(line, get(fields, "wp:author_id"), get(fields, "wp:author_login"),
                get(fields, "wp:author_email"), get(fields, "wp:author_display_name"));
    }

    private Wxr.Category category(long line) throws XMLStreamException {
        Map<String, String> fields = fields();
        return new Wxr.Category(line, get(fields, "wp:term_id"), get(fields, "wp:category_nicename"),
                get(fields, "wp:category_parent"), get(fields, "wp:cat_name"));
    }

    private Wxr.Tag tag(long line) throws XMLStreamException {
        Map<String, String> fields = fields();
        return new Wxr.Tag(line, get(fields, "wp:term_id"), get(fields, "wp:tag_slug"), get(fields, "wp:tag_name"));
    }

    private Wxr.Item item(long line) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        List<Wxr.Term> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        List<Wxr.Comment> comments = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = name();
            switch (name) {
                case "category" -> {
                    String domain = attribute("domain");
                    String nicename = attribute("nicename");
                    terms.add(new Wxr.Term(domain, nicename, text()));
                }
                case "wp:postmeta" -> {
                    Map<String, String> pair = fields();
                    meta.put(get(pair, "wp:meta_key"), get(pair, "wp:meta_value"));
                }
                case "wp:comment" -> {
                    if (skim) {
                        skip();
                        continue;
                    }
                    Map<String, String> c = fields();
                    comments.add(new Wxr.Comment(get(c, "wp:comment_id"), get(c, "wp:comment_parent"),
                            get(c, "wp:comment_author"), get(c, "wp:comment_author_email"),
                            get(c, "wp:comment_author_url"), get(c, "wp:comment_author_IP"),
                            get(c, "wp:comment_date"), get(c, "wp:comment_date_gmt"), get(c, "wp:comment_content"),
                            get(c, "wp:comment_approved"), get(c, "wp:comment_type"), get(c, "wp:comment_user_id")));
                }
                case "content:encoded" -> fields.put(name, skim ? skip() : textOrSkip());
                default -> fields.put(name, textOrSkip());
            }
        }
        return new Wxr.Item(line, get(fields, "wp:post_id"), get(fields, "title"), get(fields, "link"),
                get(fields, "guid"), get(fields, "pubDate"), get(fields, "dc:creator"), get(fields, "content:encoded"),
                get(fields, "excerpt:encoded"), get(fields, "wp:post_date"), get(fields, "wp:post_date_gmt"),
                get(fields, "wp:post_name"), get(fields, "wp:status"), get(fields, "wp:post_type"),
                get(fields, "wp:post_parent"), get(fields, "wp:attachment_url"), get(fields, "wp:comment_status"),
                List.copyOf(terms), Map.copyOf(meta),
                List.copyOf(comments));
    }

    /** The text children of the current element, by name; nested elements are skipped. */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            fields.put(name(), textOrSkip());
        }
        return fields;
    }

    private static String get(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private String text() throws XMLStreamException {
        return xml.getElementText();
    }

    /** The element's text; an element with children of its own (not expected here) counts as empty. */
    private String textOrSkip() throws XMLStreamException {
        return read(new StringBuilder()).toString();
    }

    /** Reads past the element, keeping nothing of it; answers "". */
    private String skip() throws XMLStreamException {
        read(null);
        return "";
    }

    /** Reads to the end of the element, adding its own text to {@code text} when there is one. */
    private StringBuilder read(StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1 && text != null) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("Entity reference &" + xml.getLocalName() + "; is not allowed",
                                xml.getLocation());
                default -> {
                }
            }
        }
        return text;
    }

    /** The element's name with the prefix WordPress uses for its namespace, whatever the document calls it. */
    private String name() {
        String namespace = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            return local;
        }
        if (namespace.startsWith("http://wordpress.org/export/")) {
            return (namespace.endsWith("/excerpt/") ? "excerpt:" : "wp:") + local;
        }
        if (namespace.startsWith("http://purl.org/rss/1.0/modules/content")) {
            return "content:" + local;
        }
        if (namespace.startsWith("http://purl.org/dc/elements/")) {
            return "dc:" + local;
        }
        return "other:" + local;
    }

    private long line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private static WxrException problem(XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        return new WxrException(line, (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader of a file already read or broken: nothing left to release
        }
    }
}
