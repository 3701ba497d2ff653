package vn.cchcdesk.report;

import java.util.List;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.i18n.Messages;

/** How reports write a document: "Kế hoạch số 42/KH-UBND ngày 10/01/2026 của UBND xã về …". */
public final class DocumentTexts {

    private DocumentTexts() {
    }

    /** "Kế hoạch số 42/KH-UBND ngày 10/01/2026" (only the parts known). */
    public static String numberAndDate(DocumentRef ref) {
        StringBuilder text = new StringBuilder(ref.type().fullName());
        if (ref.number() != null) {
            text.append(' ').append(Messages.get("reports.document.number", ref.number().format()));
        }
        String date = ref.issueDate().format();
        if (!date.isEmpty()) {
            text.append(' ').append(Messages.get("reports.document.date", date));
        }
        return text.toString();
    }

    /** The whole citation: number and date, issuer, and what it is about. */
    public static String cite(DocumentRef ref) {
        StringBuilder text = new StringBuilder(numberAndDate(ref));
        if (ref.issuer() != null) {
            text.append(' ').append(Messages.get("reports.document.of", ref.issuer()));
        }
        if (!ref.summary().isEmpty()) {
            text.append(' ').append(about(ref));
        }
        return text.toString();
    }

    /** A document of the commune's own in its own report: number, date and subject, without "của Ủy ban nhân dân xã …". */
    public static String citeOwn(DocumentRef ref) {
        return ref.summary().isEmpty() ? numberAndDate(ref) : numberAndDate(ref) + " " + about(ref);
    }

    /** The register's "Tên loại và trích yếu nội dung": "Công văn V/v …", "Kế hoạch tuyên truyền …". */
    public static String typeAndSummary(DocumentRef ref) {
        if (ref.type() == DocumentType.CONG_VAN) {
            return Messages.get("reports.document.letterAbout", withoutAbout(ref.summary()));
        }
        String folded = vn.cchcdesk.domain.text.VietnameseText.fold(ref.summary());
        if (folded.startsWith(vn.cchcdesk.domain.text.VietnameseText.fold(ref.type().fullName()) + " ")) {
            // "Hướng dẫn tuyên truyền …" typed with its type: not "Hướng dẫn hướng dẫn …"
            return ref.summary();
        }
        return ref.type().fullName() + " " + inSentence(ref.summary());
    }

    /**
     * A summary as it reads after "về" or a type's name: "Tuyên truyền …" becomes "tuyên truyền …";
     * an acronym ("CCHC", "PAR INDEX") or a single capital keeps its case.
     */
    public static String inSentence(String summary) {
        if (summary.length() < 2 || !Character.isUpperCase(summary.charAt(0)) || !Character.isLowerCase(summary.charAt(1))) {
            return summary;
        }
        return summary.substring(0, 1).toLowerCase(vn.cchcdesk.domain.text.VietnameseText.VIETNAMESE) + summary.substring(1);
    }

    /** A letter's summary without the "V/v" or "về việc" it may have been stored with. */
    private static String withoutAbout(String summary) {
        String lower = summary.toLowerCase(vn.cchcdesk.domain.text.VietnameseText.VIETNAMESE);
        for (String lead : new String[] {"v/v ", "về việc "}) {
            if (lower.startsWith(lead)) {
                return summary.substring(lead.length()).trim();
            }
        }
        return summary;
    }

    private static String about(DocumentRef ref) {
        String summary = inSentence(ref.summary());
        String lower = summary.toLowerCase(vn.cchcdesk.domain.text.VietnameseText.VIETNAMESE);
        return lower.startsWith("về ") || lower.startsWith("v/v") ? summary : Messages.get("reports.document.about", summary);
    }

    /** "A, B và C". */
    public static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + Messages.get("reports.and") + " "
                + items.get(items.size() - 1);
    }
}
