package dev.moat.report.junit;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes suites as JUnit XML. XMLStreamWriter does the escaping; this class adds the newlines and
 * two-space indentation by hand (StAX has no pretty printer) and writes attributes in a fixed order.
 */
final class JunitXml {

  // The JDK's own implementation, not whichever StAX provider happens to be on the classpath:
  // another provider could quote or escape differently and break byte-stable output.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter xml;

  JunitXml(Writer out) throws XMLStreamException {
    this.xml = FACTORY.createXMLStreamWriter(out);
  }

  void write(List<JunitSuite> suites) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    newline(0);
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "moat");
    writeCounts(suites.stream().mapToInt(JunitSuite::tests).sum(),
        suites.stream().mapToInt(JunitSuite::failures).sum(),
        suites.stream().mapToInt(JunitSuite::errors).sum(),
        suites.stream().mapToInt(JunitSuite::skipped).sum());
    for (JunitSuite suite : suites) {
      writeSuite(suite);
    }
    newline(0);
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private void writeSuite(JunitSuite suite) throws XMLStreamException {
    // Suites are only made for files with cases and for a non-empty list of errors: never empty.
    newline(1);
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", attribute(suite.name()));
    writeCounts(suite.tests(), suite.failures(), suite.errors(), suite.skipped());
    for (JunitCase c : suite.cases()) {
      writeCase(c);
    }
    newline(1);
    xml.writeEndElement();
  }

  private void writeCounts(int tests, int failures, int errors, int skipped) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", Integer.toString(errors));
    xml.writeAttribute("skipped", Integer.toString(skipped));
  }

  private void writeCase(JunitCase c) throws XMLStreamException {
    newline(2);
    if (c.outcome() instanceof JunitCase.Passed) {
      xml.writeEmptyElement("testcase");
      writeCaseNames(c);
      return;
    }
    xml.writeStartElement("testcase");
    writeCaseNames(c);
    newline(3);
    if (c.outcome() instanceof JunitCase.Failed f) {
      writeProblem("failure", f.message(), f.type(), f.body());
    } else if (c.outcome() instanceof JunitCase.Errored e) {
      writeProblem("error", e.message(), e.type(), e.body());
    } else if (c.outcome() instanceof JunitCase.Skipped s) {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", attribute(s.message()));
    }
    newline(2);
    xml.writeEndElement();
  }

  private void writeCaseNames(JunitCase c) throws XMLStreamException {
    xml.writeAttribute("classname", attribute(c.classname()));
    xml.writeAttribute("name", attribute(c.name()));
  }

  private void writeProblem(String element, String message, String type, String body) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("message", attribute(message));
    xml.writeAttribute("type", attribute(type));
    xml.writeCharacters(XmlText.clean(body));
    xml.writeEndElement();
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Attribute values lose their line breaks when parsed anyway; spaces keep them readable. */
  private static String attribute(String value) {
    return XmlText.clean(value).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
