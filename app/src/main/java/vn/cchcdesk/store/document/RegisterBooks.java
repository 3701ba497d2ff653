package vn.cchcdesk.store.document;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_RECIPIENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.settings.SettingsService;

/**
 * The registers of Phụ lục IV read from the database. The Sổ đến holds the documents that arrived
 * in the span, by arrival number; the Sổ đi those the commune issued in it, by number (drafts
 * without one after them), a date written without its day or month counted from its first day.
 * Documents in the trash are left out. Reads only, in two queries whatever the size.
 */
public final class RegisterBooks {

    private static final Field<Integer> EARLIEST_ISSUE_KEY = DOCUMENT.ISSUE_YEAR.mul(10000)
            .plus(DSL.coalesce(DOCUMENT.ISSUE_MONTH, DSL.inline(1)).mul(100))
            .plus(DSL.coalesce(DOCUMENT.ISSUE_DAY, DSL.inline(1)));

    private static final java.util.regex.Pattern FILING = java.util.regex.Pattern.compile("luu\\s*[:.]?(\\s|$)");

    private final DSLContext dsl;
    private final SettingsService settings;

    public RegisterBooks(DSLContext dsl, SettingsService settings) {
        this.dsl = dsl;
        this.settings = settings;
    }

    /** A calendar year's register. */
    public DocumentRegister ofYear(Direction direction, int year) {
        return book(direction, new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), true);
    }

    /** The register of a span of days, both ends included. */
    public DocumentRegister between(Direction direction, DateRange range) {
        boolean wholeYear = range.from().getYear() == range.to().getYear() && range.from().getDayOfYear() == 1
                && range.to().equals(range.from().withDayOfYear(range.from().lengthOfYear()));
        return book(direction, range, wholeYear);
    }

    private DocumentRegister book(Direction direction, DateRange range, boolean wholeYear) {
        CommuneSettings commune = settings.commune().orElseThrow(() -> new AppException("reports.noCommune"));
        Condition live = DOCUMENT.DELETED_AT.isNull().and(DOCUMENT.DIRECTION.eq(direction.name()));
        Condition inSpan;
        List<org.jooq.SortField<?>> order;
        if (direction == Direction.IN) {
            inSpan = DOCUMENT.ARRIVAL_DATE.between(range.from(), range.to());
            order = List.of(DOCUMENT.ARRIVAL_YEAR.asc(), DOCUMENT.ARRIVAL_NUMBER.asc(), DOCUMENT.ID.asc());
        } else {
            inSpan = DOCUMENT.ISSUE_YEAR.isNotNull().and(EARLIEST_ISSUE_KEY.between(DateRange.sortKey(range.from()), DateRange.sortKey(range.to())));
            order = List.of(DOCUMENT.ISSUE_YEAR.asc(), DOCUMENT.NUMBER_INT.asc().nullsLast(), DOCUMENT.ISSUE_SORT_KEY.asc(), DOCUMENT.ID.asc());
        }
        List<Record> rows = dsl.select(DocumentRows.REF_FIELDS)
                .select(DOCUMENT.ARRIVAL_NUMBER, DOCUMENT.ARRIVAL_DATE, DOCUMENT.HANDLER_TEXT, DOCUMENT.TRANSFERRED_ON,
                        DOCUMENT.SIGNER_NAME, DOCUMENT.ARCHIVE_HOLDER, DOCUMENT.COPIES_COUNT, DOCUMENT.NOTES, DOCUMENT.REPLY_DOCUMENT_ID)
                .from(DOCUMENT)
                .where(live.and(inSpan))
                .orderBy(order)
                .fetch();
        Map<Long, List<String>> recipients = recipients(rows.stream().map(r -> r.get(DOCUMENT.ID)).toList());
        Map<Long, DocumentRef> replies = replies(rows.stream().map(r -> r.get(DOCUMENT.REPLY_DOCUMENT_ID)).filter(id -> id != null).toList());
        List<RegisterLine> lines = new ArrayList<>(rows.size());
        for (Record r : rows) {
            List<String> to = recipients.getOrDefault(r.get(DOCUMENT.ID), List.of());
            String archive = r.get(DOCUMENT.ARCHIVE_HOLDER);
            if (archive == null) {
                // "Lưu: VT, VHXH" of Nơi nhận names who keeps the filed copy
                archive = to.stream().filter(RegisterBooks::isFiling).map(RegisterBooks::filedWith).findFirst().orElse(null);
            }
            lines.add(new RegisterLine(DocumentRows.toRef(r), r.get(DOCUMENT.ARRIVAL_NUMBER), r.get(DOCUMENT.ARRIVAL_DATE),
                    r.get(DOCUMENT.HANDLER_TEXT), r.get(DOCUMENT.TRANSFERRED_ON), r.get(DOCUMENT.SIGNER_NAME),
                    to.stream().filter(t -> !isFiling(t)).toList(), archive, r.get(DOCUMENT.COPIES_COUNT),
                    Optional.ofNullable(r.get(DOCUMENT.REPLY_DOCUMENT_ID)).map(replies::get).orElse(null), r.get(DOCUMENT.NOTES)));
        }
        return new DocumentRegister(direction, commune, range, wholeYear, lines);
    }

    /**
     * Nơi nhận of each document: its copies ("Nơi nhận") as listed, or its addressees when it lists
     * no copies; "Như trên" stands for the addressees and is replaced by them. "Lưu: …" goes to the
     * column of the filed copy.
     */
    private Map<Long, List<String>> recipients(List<Long> ids) {
        Map<Long, List<String>> addressees = new HashMap<>();
        Map<Long, List<String>> copies = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            dsl.select(DOCUMENT_RECIPIENT.DOCUMENT_ID, DOCUMENT_RECIPIENT.KIND, DOCUMENT_RECIPIENT.TEXT).from(DOCUMENT_RECIPIENT)
                    .where(DOCUMENT_RECIPIENT.DOCUMENT_ID.in(chunk))
                    .orderBy(DOCUMENT_RECIPIENT.DOCUMENT_ID, DOCUMENT_RECIPIENT.POSITION)
                    .forEach(r -> (RecipientKind.valueOf(r.get(DOCUMENT_RECIPIENT.KIND)) == RecipientKind.ADDRESSEE ? addressees : copies)
                            .computeIfAbsent(r.get(DOCUMENT_RECIPIENT.DOCUMENT_ID), id -> new ArrayList<>())
                            .add(r.get(DOCUMENT_RECIPIENT.TEXT)));
        }
        Map<Long, List<String>> result = new HashMap<>();
        for (Long id : ids) {
            List<String> to = addressees.getOrDefault(id, List.of());
            List<String> listed = copies.get(id);
            if (listed == null) {
                result.put(id, to);
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (String copy : listed) {
                if (VietnameseText.fold(copy).startsWith("nhu tren") && !to.isEmpty()) {
                    lines.addAll(to);
                } else {
                    lines.add(copy);
                }
            }
            result.put(id, lines);
        }
        return result;
    }

    private static boolean isFiling(String recipient) {
        return FILING.matcher(VietnameseText.fold(recipient)).lookingAt();
    }

    /** "Lưu: VT, VHXH" → "VT, VHXH". */
    private static String filedWith(String recipient) {
        String rest = recipient.replaceFirst("^\\S+\\s*:?\\s*", "").strip();
        return rest.isEmpty() ? null : rest;
    }

    private Map<Long, DocumentRef> replies(List<Long> ids) {
        Map<Long, DocumentRef> refs = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            dsl.select(DocumentRows.REF_FIELDS).from(DOCUMENT).where(DOCUMENT.ID.in(chunk))
                    .forEach(r -> refs.put(r.get(DOCUMENT.ID), DocumentRows.toRef(r)));
        }
        return refs;
    }

    /** IN lists of a few thousand ids at most per statement. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 2_000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 2_000)));
        }
        return chunks;
    }
}
