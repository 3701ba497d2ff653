package vn.cchcdesk.intake.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cchcdesk.domain.collect.ImportProgress;

/**
 * An .xlsx workbook read as a stream: the package is opened from the file (a zip read in place,
 * with POI's zip-bomb limits), the sheet list and the shared strings are read once, and a sheet's
 * rows are parsed with SAX as they come, so a 20 MB sheet never becomes a tree of objects. Every
 * XML part goes through POI's hardened parser: no DOCTYPE, no external entities.
 */
final class XlsxBook implements SheetBook {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;

    private XlsxBook(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = stylesOrNull(reader);
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new WorkbookHandler());
        }
        if (sheets.isEmpty()) {
            // a zip with no workbook in it (a renamed archive): a real workbook has a sheet
            throw new org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException("No sheets in workbook");
        }
    }

    /** Opens the package; the caller maps POI's exceptions to the clerk's messages. */
    static XlsxBook open(Path file) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return new XlsxBook(pkg);
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<SheetRef> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public SheetTable read(SheetRef sheet, int maxRows, ImportProgress progress) throws Exception {
        XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, maxRows, progress);
        try (InputStream in = reader.getSheet(sheet.id())) {
            parse(in, handler);
        } catch (XlsxSheetHandler.Stop stop) {
            // enough rows read (a look at the header), or cancelled
            if (stop.getCause() instanceof RuntimeException e) {
                throw e;
            }
        }
        return new SheetTable(sheet.name(), handler.rows(), handler.merges(), date1904);
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        liftEntitySizeLimits(xml);
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /**
     * JDK 24 and later count the text of the five predefined entities (&amp;amp; &amp;quot; …) against a
     * limit of 100,000 characters for the whole part, so a large sheet whose notes hold quotes or
     * ampersands was refused as unsafe XML. With DOCTYPE refused no other entity can be declared
     * and nothing can expand, so the limits guard nothing here: they are lifted only once the
     * refusal is confirmed.
     */
    private static void liftEntitySizeLimits(XMLReader xml) throws SAXException {
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String limit : new String[] {"maxGeneralEntitySizeLimit", "totalEntitySizeLimit"}) {
            for (String name : new String[] {"jdk.xml." + limit, "http://www.oracle.com/xml/jaxp/properties/" + limit}) {
                try {
                    xml.setProperty(name, "0");
                } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
                    // another parser, or a JDK that knows the limit by its other name
                }
            }
        }
    }

    private static StylesTable stylesOrNull(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception e) {
            // a workbook without styles: no cell is date-formatted
            return null;
        }
    }

    /** workbook.xml: the sheets in tab order with their visibility, and the date system. */
    private final class WorkbookHandler extends DefaultHandler {

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (name.equals("sheet")) {
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if ("id".equals(attributes.getLocalName(i)) || "r:id".equals(attributes.getQName(i))) {
                        id = attributes.getValue(i);
                    }
                }
                String state = attributes.getValue("state");
                sheets.add(new SheetRef(id, attributes.getValue("name"),
                        state == null || state.equals("visible") ? SheetRef.State.VISIBLE
                                : state.equals("veryHidden") ? SheetRef.State.VERY_HIDDEN : SheetRef.State.HIDDEN));
            }
        }
    }
}
