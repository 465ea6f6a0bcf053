package io.marketpilot.assistant.kb;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one document into sections along its headings: Markdown ({@code #} headings), HTML ({@code h1}–{@code h6},
 * via jsoup; scripts, styles and navigation dropped), PDF (one section per page, via PDFBox), plain text (blank-line
 * paragraphs under the file name), and FAQ files (one section per entry, see {@link FaqFile}).
 */
public final class DocumentReader {
    private DocumentReader() {}

    /** The kind of a file by its name: {@code faq}, {@code markdown}, {@code html}, {@code pdf} or {@code text}. */
    public static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (FaqFile.isFaq(file)) {
            return "faq";
        } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "markdown";
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        } else if (name.endsWith(".pdf")) {
            return "pdf";
        } else if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text";
        }
        throw MarketPilotException.invalid(
                "Cannot ingest " + file.getFileName()
                        + ": supported are .md, .html, .htm, .txt, .pdf and FAQ files (.csv, .jsonl with id, question, answer)");
    }

    public static List<Section> read(Path file) {
        String kind = kind(file);
        try {
            return switch (kind) {
                case "faq" -> FaqFile.sections(FaqFile.read(file));
                case "markdown" -> markdown(Files.readString(file, StandardCharsets.UTF_8));
                case "html" -> html(Jsoup.parse(file.toFile(), "UTF-8"));
                case "pdf" -> pdf(file);
                default -> text(fileTitle(file), Files.readString(file, StandardCharsets.UTF_8));
            };
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Markdown split at ATX headings; text before the first heading sits under an empty heading. */
    public static List<Section> markdown(String content) {
        List<Section> out = new ArrayList<>();
        String heading = "";
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : content.split("\r?\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.matches("^#{1,6}\\s+.*")) {
                add(out, heading, body);
                heading = line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s*#*\\s*$", "");
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(out, heading, body);
        return out;
    }

    static List<Section> html(Document doc) {
        doc.select("script, style, nav, header, footer, noscript").remove();
        List<Section> out = new ArrayList<>();
        String heading = doc.title();
        StringBuilder body = new StringBuilder();
        for (Element e : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, td, pre, blockquote, dt, dd")) {
            if (e.tagName().matches("h[1-6]")) {
                add(out, heading, body);
                heading = e.text();
                body.setLength(0);
            } else if (e.parents().stream().noneMatch(p -> p.tagName().matches("li|td|blockquote|dd"))) {
                body.append(e.text()).append('\n');
            }
        }
        add(out, heading, body);
        return out;
    }

    private static List<Section> pdf(Path file) throws IOException {
        List<Section> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String title = fileTitle(file);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                StringBuilder text = new StringBuilder(stripper.getText(doc));
                add(out, title + ", page " + page, text);
            }
        }
        return out;
    }

    static List<Section> text(String title, String content) {
        List<Section> out = new ArrayList<>();
        add(out, title, new StringBuilder(content));
        return out;
    }

    private static void add(List<Section> out, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (!text.isEmpty()) {
            out.add(Section.of(heading.strip(), text));
        }
    }

    private static String fileTitle(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
