package org.crp.supplier.dossier;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The few things a dossier section writes into the PDF: headings, labelled values and lines. Lines are
 * kept short and whole so that ids stay searchable in the document's text.
 */
public final class DossierPdf implements AutoCloseable {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font ALERT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.RED.darker());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);

    DossierPdf(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("CRP supplier-service");
        document.open();
        add(new Paragraph(title, TITLE), 8);
    }

    public void heading(String text) {
        add(new Paragraph(text, HEADING), 4).setSpacingBefore(12);
    }

    public void subheading(String text) {
        add(new Paragraph(text, SUBHEADING), 2).setSpacingBefore(6);
    }

    public void field(String label, Object value) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(label + ": ", LABEL));
        line.add(new Chunk(value == null ? "-" : text(value), TEXT));
        add(line, 1);
    }

    public void line(String text) {
        add(new Paragraph(text(text), TEXT), 1);
    }

    public void alert(String text) {
        add(new Paragraph(text(text), ALERT), 1);
    }

    /** An indented line, for entries under an item (custody entries under their evidence item). */
    public void indented(String text) {
        Paragraph line = new Paragraph(text(text), TEXT);
        line.setIndentationLeft(14);
        add(line, 1);
    }

    public void empty(String what) {
        add(new Paragraph("No " + what + ".", TEXT), 1);
    }

    byte[] finish() {
        close();
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }

    private Paragraph add(Paragraph paragraph, float spacingAfter) {
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
        return paragraph;
    }

    /** The standard PDF fonts cover Latin-1; anything else would print as nothing, so it is shown as '?'. */
    private static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(c == '\n' || c == '\t' || (c >= 0x20 && c <= 0xFF) ? Character.toString(c) : "?"));
        return out.toString();
    }
}
