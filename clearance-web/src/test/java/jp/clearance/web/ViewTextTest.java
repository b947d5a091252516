package jp.clearance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No view carries its own words: every text a user reads comes from the bundles (both languages). A text node, or
 * an attribute a user reads (value, label, title, header text, placeholder, ...), must not contain letters outside
 * an EL expression (an output link's value is its address). The language switch shows each language's own name,
 * which is the convention.
 */
class ViewTextTest {
    private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> READ_ATTRIBUTES = Set.of("value", "label", "itemLabel", "title", "headerText",
            "footerText", "placeholder", "header", "message", "emptyMessage", "alt", "ariaLabel", "requiredMessage",
            "validatorMessage", "converterMessage", "yesButtonLabel", "noButtonLabel", "currentPageReportTemplate");
    private static final Set<String> CODE_ELEMENTS = Set.of("script", "style", "h:outputScript", "h:outputStylesheet",
            "f:metadata", "f:viewParam", "f:viewAction", "f:event", "f:attribute", "f:param", "f:passThroughAttribute",
            "ui:param", "f:ajax", "p:ajax", "f:validateRegex", "f:setPropertyActionListener");
    /** Each language's own name in the switch; a technical name that is the same in every language. */
    private static final Set<String> ALLOWED = Set.of("日本語", "English", "SHA-256");

    @Test
    void viewsHaveNoLiteralText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder parser = factory.newDocumentBuilder();
        Set<String> found = new TreeSet<>();
        int views = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                views++;
                Element root = parser.parse(view.toFile()).getDocumentElement();
                walk(root, Path.of("src/main/webapp").relativize(view).toString(), found);
            }
        }
        assertTrue(views > 10, "views found: " + views);
        assertEquals(List.of(), List.copyOf(found), "literal text in views (put it in messages_ja/messages_en)");
    }

    private static void walk(Element e, String view, Set<String> found) {
        if (CODE_ELEMENTS.contains(e.getTagName())) {
            return;
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (READ_ATTRIBUTES.contains(a.getName()) && literal(a.getValue())
                    && !(e.getTagName().startsWith("f:selectItem") && a.getName().equals("itemValue"))) {
                if (e.getTagName().equals("h:inputHidden") || e.getTagName().equals("h:outputLink") || e.getTagName().startsWith("f:") && a.getName().equals("value")) {
                    continue;
                }
                found.add(view + ": <" + e.getTagName() + " " + a.getName() + "=\"" + a.getValue().trim() + "\">");
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element c) {
                walk(c, view, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (literal(child.getNodeValue())) {
                    found.add(view + ": <" + e.getTagName() + ">" + child.getNodeValue().trim());
                }
            }
        }
    }

    private static boolean literal(String text) {
        String outside = EL.matcher(text).replaceAll("").trim();
        return LETTER.matcher(outside).find() && !ALLOWED.contains(outside);
    }
}
