package vn.cchcdesk.store.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * The register searched as the clerk types, with 5,000 documents of about 10 KB of full text
 * each (a few years of a commune's register). Prints "bench: register-search-5000 N ms" (median
 * of the queries, each word searched across number, summary, issuer and full text),
 * "bench: register-list-5000 N ms" (the unfiltered list) and the time to register them.
 */
@Tag("benchmark")
class DocumentSearchBenchmarkTest {

    static final int DOCUMENTS = 5_000;

    @TempDir
    Path dir;

    @Test
    void searchFiveThousandDocuments() {
        List<String> texts = sampleTexts();
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            long start = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                app.documents().save(document(i, texts.get(i % texts.size())));
            }
            System.out.printf("bench: register-seed-%d %d ms%n", DOCUMENTS, (System.nanoTime() - start) / 1_000_000);

            String[] queries = {"cai cach", "dinh tan", "1478 snv", "tuyen truyen cchc", "zzz khong co", "bao cao quy",
                    "49", "ke hoach 2026 van hoa"};
            for (int i = 0; i < 3; i++) {
                for (String q : queries) {
                    app.documents().list(new DocumentQuery(null, null, null, null, null, q), 2_000);
                }
            }
            long[] times = new long[queries.length];
            for (int i = 0; i < queries.length; i++) {
                long t = System.nanoTime();
                int found = app.documents().list(new DocumentQuery(null, null, null, null, null, queries[i]), 2_000).size();
                times[i] = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("bench: register-search-5000-'%s' %d ms (%d found)%n", queries[i], times[i], found);
            }
            Arrays.sort(times);
            System.out.printf("bench: register-search-5000 %d ms%n", times[times.length / 2]);
            long t = System.nanoTime();
            app.documents().list(DocumentQuery.all(), 2_000);
            System.out.printf("bench: register-list-5000 %d ms%n", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            app.documents().facets();
            System.out.printf("bench: register-facets-5000 %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }
    }

    static Document document(int i, String text) {
        boolean incoming = i % 3 != 0;
        int year = 2022 + i % 5;
        LocalDate arrived = LocalDate.of(year, 1 + i % 12, 1 + i % 27);
        RegisterEntry entry = incoming ? RegisterEntry.arrived(i / 5 + 1 + (i % 5) * 10_000, arrived) : RegisterEntry.empty();
        String symbol = incoming ? (i % 2 == 0 ? "SNV-CCHC&VTTLT" : "UBND-VX") : "KH-UBND";
        return new Document(null, incoming ? Direction.IN : Direction.OUT, incoming ? DocumentType.CONG_VAN : DocumentType.KE_HOACH,
                new DocumentNumber(String.valueOf(1 + i % 1500), symbol),
                new PartialDate(arrived.getDayOfMonth(), arrived.getMonthValue(), year), null, null,
                incoming ? "Sở Nội vụ tỉnh Thanh Hóa" : "Ủy ban nhân dân xã Định Tân",
                "Về việc triển khai nhiệm vụ số " + i + " năm " + year, Signer.unknown(), List.of(), List.of(), entry,
                text + "\nVăn bản thứ " + i, null);
    }

    /** About 10 KB each: the sample directives and fixtures, joined two by two. */
    static List<String> sampleTexts() {
        try {
            List<String> parts = new ArrayList<>();
            for (String dirName : List.of("src/test/resources/samples/directives", "src/test/resources/fixtures")) {
                try (var files = Files.list(Path.of(dirName))) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        parts.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String joined = parts.get(i) + "\n" + parts.get((i + 1) % parts.size());
                while (joined.length() < 9_000) {
                    joined = joined + "\n" + parts.get((i + 2) % parts.size());
                }
                texts.add(joined);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
