package io.marketpilot.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    @Test
    void markdownIsSplitAtHeadingsButNotInsideCodeFences() {
        List<Section> sections = DocumentReader.read(Fixtures.copy("guide.md", dir));

        assertThat(sections)
                .extracting(Section::heading)
                .containsExactly("", "Opening hours", "Booking a repair", "Spare parts");
        assertThat(sections.get(2).text()).contains("# not a heading");
    }

    @Test
    void htmlKeepsHeadingsParagraphsAndListsAndDropsScriptsAndNavigation() {
        List<Section> sections = DocumentReader.read(Fixtures.copy("guide.html", dir));

        assertThat(sections).extracting(Section::heading).containsExactly("Opening hours", "Workshop");
        assertThat(sections.get(1).text()).contains("Tyre change: 15 minutes").contains("Brake service");
        assertThat(sections.toString())
                .doesNotContain("alert")
                .doesNotContain("Home")
                .doesNotContain("color");
    }

    @Test
    void pdfGivesOneSectionPerPage() throws Exception {
        Path pdf = dir.resolve("leaflet.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String line : List.of("Frames carry a ten-year warranty.", "Batteries charge in four hours.")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    out.newLineAtOffset(72, 700);
                    out.showText(line);
                    out.endText();
                }
            }
            doc.save(pdf.toFile());
        }

        List<Section> sections = DocumentReader.read(pdf);

        assertThat(sections).extracting(Section::heading).containsExactly("leaflet, page 1", "leaflet, page 2");
        assertThat(sections.get(1).text()).contains("Batteries charge in four hours.");
    }

    @Test
    void faqFilesInCsvAndJsonlReadTheSame() {
        List<FaqEntry> csv = FaqFile.read(Fixtures.copy("faq.csv", dir));
        List<FaqEntry> jsonl = FaqFile.read(Fixtures.copy("faq.jsonl", dir));

        assertThat(csv).hasSize(12).isEqualTo(jsonl);
        assertThat(csv.get(9).question()).isEqualTo("车架的保修期是多久？");
        assertThat(FaqFile.sections(csv).getFirst().entryId()).isEqualTo("warranty");
    }

    @Test
    void badFaqFilesAreRefusedWithTheLine() throws Exception {
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "id,question,answer\na,Where?,Here\n,What?,That\n");
        Path duplicate = dir.resolve("duplicate.csv");
        Files.writeString(duplicate, "id,question,answer\na,Where?,Here\na,What?,That\n");

        assertThatThrownBy(() -> FaqFile.read(missing))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("'id' is missing");
        assertThatThrownBy(() -> FaqFile.read(duplicate)).hasMessageContaining("duplicate id 'a'");
        assertThatThrownBy(() -> DocumentReader.kind(Path.of("slides.pptx"))).hasMessageContaining(".md");
    }

    @Test
    void longSectionsAreChunkedUnderTheirHeadingAndFaqEntriesStayWhole() {
        String paragraph = "The workshop checks brakes, gears and wheels. ".repeat(20);
        String longText = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        List<Section> chunks = Chunker.chunk(List.of(
                Section.of("Workshop", longText), new Section("Q?", longText, "faq-1"), Section.of("Short", "Hi.")));

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allMatch(c -> !c.entryId().isEmpty() || c.text().length() <= Chunker.MAX_CHARS);
        assertThat(chunks.stream().filter(c -> c.heading().equals("Workshop")).count())
                .isGreaterThan(1);
        assertThat(chunks).filteredOn(c -> c.entryId().equals("faq-1")).hasSize(1);
        assertThat(chunks.getLast().text()).isEqualTo("Hi.");
    }
}
