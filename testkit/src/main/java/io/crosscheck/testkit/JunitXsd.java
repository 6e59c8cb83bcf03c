package io.crosscheck.testkit;

import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Validation against {@code junit-10.xsd}, the schema Jenkins' xUnit plugin checks reports with. A suite file
 * ({@code junit/TEST-*.xml}) must keep to it exactly; {@code junit.xml} may add only what the scenario format
 * documents on top ({@code file}, {@code line}, {@code timestamp} on a testcase; {@code skipped},
 * {@code timestamp} on the root), and must otherwise be valid.
 */
public final class JunitXsd {
    private JunitXsd() {
    }

    /** @throws Exception (a SAXException naming the line) when the file does not keep to the schema */
    public static void validateSuiteFile(Path file) throws Exception {
        schema().newValidator().validate(new StreamSource(file.toFile()));
    }

    public static void validateJunitXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        root.removeAttribute("skipped");
        root.removeAttribute("timestamp");
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            for (String extra : new String[] {"file", "line", "timestamp"}) c.removeAttribute(extra);
        }
        schema().newValidator().validate(new DOMSource(doc));
    }

    private static Schema schema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(JunitXsd.class.getResource("/junit-10.xsd"));
    }
}
