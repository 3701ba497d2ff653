package vn.cchcdesk.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.ExtractCommand;
import vn.cchcdesk.intake.DirectiveIntake;
import vn.cchcdesk.intake.ExtractionJson;

/**
 * Directive files as they come (dropped on the window, Đọc văn bản từ tệp…, and {@code extract}:
 * all go through {@link DirectiveIntake#read}): broken ones are refused by name, in the review's
 * message and in extract's JSON error; text files in the encodings offices still use read the same
 * as their UTF-8 original.
 */
class BadDirectiveFilesTest extends BadInputFixture {

    /** Stands for the 200 MB of spaces a zip bomb's part is padded with. */
    private static final String PADDING = "\u0000PADDING\u0000";
    private static final String SAMPLE = "xa-dinh-tan_cong-van_day-manh-tuyen-truyen-cchc_2026";

    private static Path sample(String relative) throws URISyntaxException {
        return Path.of(BadDirectiveFilesTest.class.getResource("/samples/directives/" + relative).toURI());
    }

    /** Refused by the intake with a clear message, and by extract with a JSON error naming the file. */
    private void refused(Path file) throws Exception {
        String name = file.getFileName().toString();
        assertClear(catchThrowable(() -> app.intake().read(file)), name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ExtractCommand(app.intake()).run(List.of(file.toString()),
                new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream())));
        assertThat(code).isEqualTo(1);
        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(line.get("file").asText()).isEqualTo(name);
        assertThat(line.get("error").asText()).contains(name).containsPattern("[ạảãàáâậầấẩẫăặằắẳẵệềếểễđọỏõòóôộồốổỗơợờớởỡ]");
        assertUnchanged();
    }

    @Test
    void truncatedAndFakeFiles() throws Exception {
        byte[] docx = Files.readAllBytes(sample("docx/" + SAMPLE + ".docx"));
        refused(Files.write(in.resolve("cut-ngang.docx"), Arrays.copyOf(docx, docx.length / 2)));
        refused(Files.write(in.resolve("anh.docx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        refused(Files.write(in.resolve("anh.doc"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
        try (var pdfs = Files.list(sample("pdf"))) {
            byte[] pdf = Files.readAllBytes(pdfs.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
            refused(Files.write(in.resolve("cut-ngang.pdf"), Arrays.copyOf(pdf, pdf.length / 3)));
        }
        refused(Files.writeString(in.resolve("gia.pdf"), "%PDF-1.7\nkhông phải PDF thật"));
    }

    @Test
    void aZipBombAndExternalEntities() throws Exception {
        Path docx = sample("docx/" + SAMPLE + ".docx");
        Path bomb = rewrite(docx, in.resolve("bom.docx"), xml -> xml.replace("</w:body>", PADDING + "</w:body>"));
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        refused(bomb);

        Path secret = Files.writeString(in.resolve("bi-mat.txt"), "MAT-KHAU-BI-MAT");
        Path evil = rewrite(docx, in.resolve("xxe.docx"), xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<w:t>", "<w:t>&xxe;"));
        Throwable thrown = catchThrowable(() -> assertThat(app.intake().read(evil).text().plainText()).doesNotContain("MAT-KHAU"));
        if (thrown != null) {
            assertClear(thrown, "xxe.docx");
        }
    }

    @Test
    void aHugeTextFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = in.resolve("rat-lon.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "Tuyên truyền cải cách hành chính năm 2026.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 26L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        refused(huge);
    }

    @Test
    void oldEncodingsReadAsTheirUtf8Original() throws Exception {
        String original = Files.readString(sample(SAMPLE + ".txt"));
        String expected = json(app.intake().read(sample(SAMPLE + ".txt")).directive());
        Map<String, byte[]> copies = Map.of(
                "utf16.txt", original.getBytes(StandardCharsets.UTF_16),
                "windows-1258.txt", windows1258(original),
                "tcvn3.txt", tcvn3(original),
                "nfd.txt", Normalizer.normalize(original, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> copy : copies.entrySet()) {
            Path file = Files.write(in.resolve(copy.getKey()), copy.getValue());
            var read = app.intake().read(file);
            assertThat(read.text().plainText()).as(copy.getKey()).contains("ỦY BAN NHÂN DÂN").contains("XÃ ĐỊNH TÂN").contains("cải cách hành chính");
            assertThat(Normalizer.isNormalized(read.text().plainText(), Normalizer.Form.NFC)).as(copy.getKey()).isTrue();
            assertThat(json(read.directive())).as(copy.getKey()).isEqualTo(expected);
        }
    }

    private static String json(vn.cchcdesk.intake.ExtractedDirective directive) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(ExtractionJson.line(directive));
        node.remove("file");
        return node.toString();
    }

    /** windows-1258: precomposed base letters (â, ơ, đ…) followed by a combining tone mark. */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char d : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
                    tone = String.valueOf(d);
                } else {
                    base.append(d);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }

    /** TCVN3 (ABC) as .VnTime typed it: one byte a letter, capitals with tones as the small letter's code. */
    static byte[] tcvn3(String text) {
        String pairs = "A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ "
                + "C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị DFò E1ỏ E2õ E3ó "
                + "E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ";
        Map<Character, Integer> codes = new HashMap<>();
        for (String pair : pairs.split(" ")) {
            codes.put(pair.charAt(2), Integer.parseInt(pair.substring(0, 2), 16));
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        byte[] out = new byte[nfc.length()];
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            Integer code = codes.get(c);
            if (code == null && Character.isUpperCase(c)) {
                code = codes.get(Character.toLowerCase(c));
            }
            if (code == null && c >= 0x80) {
                throw new IllegalArgumentException("No TCVN3 code for " + c);
            }
            out[i] = (byte) (code == null ? c : code);
        }
        return out;
    }

    private static Path rewrite(Path from, Path to, java.util.function.UnaryOperator<String> change) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                String written = new String(content, StandardCharsets.UTF_8);
                int pad = written.indexOf(PADDING);
                if (pad < 0) {
                    out.write(content);
                } else {
                    // 200 MB of spaces, deflated to a few hundred KB, written a megabyte at a time
                    out.write(written.substring(0, pad).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write(written.substring(pad + PADDING.length()).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return to;
    }
}
