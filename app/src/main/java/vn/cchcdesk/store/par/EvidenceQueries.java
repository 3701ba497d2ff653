package vn.cchcdesk.store.par;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.par.ChannelUse;
import vn.cchcdesk.store.task.DocumentRefs;

/** The year's figures and evidence rows the self-assessment reads, aggregated in SQL. */
final class EvidenceQueries {

    /** A stored file as an owner lists it. */
    record FileRow(long attachmentId, String name) {
    }

    record ActivityRow(long id, LocalDate date, ParChannel channel, String form, String unit, String title, int quantity,
                       List<FileRow> files) {
    }

    record DocumentRow(DocumentRef ref, List<FileRow> files) {
    }

    private final DSLContext dsl;

    EvidenceQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition inYear(int year) {
        return ACTIVITY.ACTIVITY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).and(ACTIVITY.DELETED_AT.isNull());
    }

    /** Per channel: live activities of the year, and how many of them have a file attached. */
    Map<ParChannel, ChannelUse> channelUse(int year) {
        Field<Boolean> hasFile = DSL.exists(DSL.selectOne().from(ACTIVITY_ATTACHMENT).where(ACTIVITY_ATTACHMENT.ACTIVITY_ID.eq(ACTIVITY.ID)));
        Field<Integer> withFile = DSL.sum(DSL.when(hasFile, 1).otherwise(0)).cast(Integer.class);
        Map<ParChannel, ChannelUse> use = new EnumMap<>(ParChannel.class);
        dsl.select(PUBLICITY_FORM.PAR_CHANNEL, DSL.count(), withFile)
                .from(ACTIVITY).join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(inYear(year))
                .groupBy(PUBLICITY_FORM.PAR_CHANNEL)
                .forEach(r -> {
                    ParChannel c = ParChannel.valueOf(r.value1());
                    use.put(c, new ChannelUse(c, r.value2(), r.value3() == null ? 0 : r.value3()));
                });
        return use;
    }

    /** The live documents holding the year's plan targets, oldest first, with their files. */
    List<DocumentRow> plans(int year) {
        return documents(DOCUMENT.ID.in(DSL.select(PLAN_TARGET.PLAN_DOCUMENT_ID).from(PLAN_TARGET).where(PLAN_TARGET.TARGET_YEAR.eq(year))));
    }

    /**
     * The commune's reports of the year on publicity or administrative reform (Báo cáo issued by
     * the commune whose summary speaks of CCHC or tuyên truyền), with their files.
     */
    List<DocumentRow> reports(int year) {
        Condition topic = DOCUMENT.SEARCH_FOLDED.contains("cai cach hanh chinh").or(DOCUMENT.SEARCH_FOLDED.contains("cchc"))
                .or(DOCUMENT.SEARCH_FOLDED.contains("tuyen truyen"));
        return documents(DOCUMENT.DOC_TYPE.eq(DocumentType.BAO_CAO.name()).and(DOCUMENT.ISSUE_YEAR.eq(year))
                .and(DOCUMENT.DIRECTION.ne("IN")).and(topic));
    }

    private List<DocumentRow> documents(Condition which) {
        List<DocumentRef> refs = dsl.select(DocumentRefs.FIELDS).from(DOCUMENT)
                .where(DOCUMENT.DELETED_AT.isNull()).and(which)
                .orderBy(DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID)
                .fetch(DocumentRefs::toRef);
        Map<Long, List<FileRow>> files = new LinkedHashMap<>();
        if (!refs.isEmpty()) {
            dsl.select(DOCUMENT_ATTACHMENT.DOCUMENT_ID, DOCUMENT_ATTACHMENT.ATTACHMENT_ID, DOCUMENT_ATTACHMENT.ORIGINAL_NAME)
                    .from(DOCUMENT_ATTACHMENT)
                    .where(DOCUMENT_ATTACHMENT.DOCUMENT_ID.in(refs.stream().map(DocumentRef::id).toList()))
                    .orderBy(DOCUMENT_ATTACHMENT.DOCUMENT_ID, DOCUMENT_ATTACHMENT.POSITION)
                    .forEach(r -> files.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new FileRow(r.value2(), r.value3())));
        }
        return refs.stream().map(ref -> new DocumentRow(ref, files.getOrDefault(ref.id(), List.of()))).toList();
    }

    /** The year's live activities that have files attached, by date, with their files in order. */
    List<ActivityRow> activitiesWithFiles(int year) {
        Map<Long, ActivityRow> rows = new LinkedHashMap<>();
        dsl.select(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, PUBLICITY_FORM.PAR_CHANNEL, PUBLICITY_FORM.NAME,
                        DSL.coalesce(UNIT.SHORT_NAME, UNIT.NAME), ACTIVITY.TITLE, ACTIVITY.QUANTITY,
                        ACTIVITY_ATTACHMENT.ATTACHMENT_ID, ACTIVITY_ATTACHMENT.ORIGINAL_NAME)
                .from(ACTIVITY)
                .join(ACTIVITY_ATTACHMENT).on(ACTIVITY_ATTACHMENT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .where(inYear(year))
                .orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.ID, ACTIVITY_ATTACHMENT.POSITION)
                .forEach(r -> rows.computeIfAbsent(r.value1(), id -> new ActivityRow(id, r.value2(),
                                ParChannel.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(), new ArrayList<>()))
                        .files().add(new FileRow(r.value8(), r.value9())));
        return new ArrayList<>(rows.values());
    }
}
