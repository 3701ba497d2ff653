package vn.cchcdesk.store.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.store.document.DocumentRepository;

/**
 * Incoming and outgoing CCHC documents over the years: each year the province's plan and the
 * commune's plan that implements it, then letters, guidance, decisions and quarterly reports,
 * numbered as their issuers number them (unique per issuer and year), incoming ones with arrival
 * numbers running through each year, and commune documents citing what they implement.
 */
final class DemoDocuments {

    /** A commune document that gives tasks (its plans, letters and decisions). */
    record Directive(long id, DocumentType type, LocalDate date, boolean yearlyPlan) {
    }

    record Made(int count, Map<Integer, Long> planByYear, List<Directive> directives) {
    }

    private static final String COMMUNE_SERIES = "";
    /** Documents written together; a document cites only those of earlier chunks. */
    private static final int CHUNK = 200;

    /** A document before it gets its numbers. */
    private static final class Draft {
        final Direction direction;
        final DemoIssuers issuer;
        final DocumentType type;
        final LocalDate date;
        final String summary;
        final boolean plan;
        String number;
        Integer arrivalNumber;
        LocalDate arrivalDate;

        Draft(Direction direction, DemoIssuers issuer, DocumentType type, LocalDate date, String summary, boolean plan) {
            this.direction = direction;
            this.issuer = issuer;
            this.type = type;
            this.date = date;
            this.summary = summary;
            this.plan = plan;
        }

        String series() {
            return (issuer == null ? COMMUNE_SERIES : issuer.abbr()) + ":" + date.getYear();
        }
    }

    private final Pick pick;
    private final DocumentRepository documents;
    private final CommuneSettings commune;
    private final Map<String, ExternalBody> bodies = new HashMap<>();
    private final List<Unit> units;
    private final LocalDate from;
    private final LocalDate today;
    private final String province;

    DemoDocuments(Pick pick, DocumentRepository documents, CommuneSettings commune, List<ExternalBody> bodies,
                  List<Unit> units, LocalDate from, LocalDate today) {
        this.pick = pick;
        this.documents = documents;
        this.commune = commune;
        bodies.forEach(b -> this.bodies.putIfAbsent(b.abbreviation() == null ? b.name() : b.abbreviation(), b));
        this.units = units;
        this.from = from;
        this.today = today;
        this.province = commune.provinceName().replaceFirst("^(?iu)tỉnh\\s+|^(?iu)thành phố\\s+", "");
    }

    Made make(int count) {
        List<Draft> drafts = new ArrayList<>(count);
        DemoIssuers provinceIssuer = DemoIssuers.INCOMING.stream().filter(i -> i.abbr().equals("UBND")).findFirst().orElseThrow();
        for (int year = from.getYear(); year <= today.getYear() && drafts.size() + 2 <= count; year++) {
            LocalDate provinceDay = min(LocalDate.of(year, 1, pick.between(3, 9)), today);
            drafts.add(new Draft(Direction.IN, provinceIssuer, DocumentType.KE_HOACH, provinceDay,
                    "Tuyên truyền cải cách hành chính năm " + year, true));
            drafts.add(new Draft(Direction.OUT, null, DocumentType.KE_HOACH, min(provinceDay.plusDays(pick.between(5, 15)), today),
                    DemoSummaries.yearlyPlan(year), true));
        }
        while (drafts.size() < count) {
            LocalDate date = pick.workingDay(from, today);
            if (pick.chance(0.55)) {
                DemoIssuers issuer = DemoIssuers.incoming(pick);
                DocumentType type = issuer.type(pick);
                drafts.add(new Draft(Direction.IN, issuer, type, date, DemoSummaries.incoming(pick, type, date), false));
            } else {
                DocumentType type = DemoIssuers.OUTGOING_TYPES.get(pick.weighted(DemoIssuers.OUTGOING_WEIGHTS));
                drafts.add(new Draft(Direction.OUT, null, type, date, DemoSummaries.outgoing(pick, type, date, commune.placeName()), false));
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.date));
        number(drafts);
        arrive(drafts);
        return insert(drafts);
    }

    /** Numbers run through each issuer's year; the commune sees only some of a department's. */
    private void number(List<Draft> drafts) {
        Map<String, Integer> last = new HashMap<>();
        for (Draft d : drafts) {
            int gap = d.issuer == null ? 2 : d.issuer.numberGap();
            int n = last.getOrDefault(d.series(), 0) + pick.between(1, gap);
            last.put(d.series(), n);
            d.number = n < 10 ? "0" + n : String.valueOf(n);
        }
    }

    /** Incoming documents arrive a few days after they are issued and get the year's next arrival number. */
    private void arrive(List<Draft> drafts) {
        List<Draft> incoming = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.direction == Direction.IN) {
                d.arrivalDate = min(d.date.plusDays(pick.between(0, 5)), today);
                incoming.add(d);
            }
        }
        incoming.sort(Comparator.comparing((Draft d) -> d.arrivalDate));
        Map<Integer, Integer> last = new HashMap<>();
        for (Draft d : incoming) {
            int n = last.getOrDefault(d.arrivalDate.getYear(), 0) + pick.between(1, 3);
            last.put(d.arrivalDate.getYear(), n);
            d.arrivalNumber = n;
        }
    }

    /**
     * Writes the documents in date order, a chunk at a time. A document cites only documents of
     * earlier chunks, whose ids are known; the commune's plan waits for the province's plan it
     * implements to be written first.
     */
    private Made insert(List<Draft> drafts) {
        Written written = new Written();
        List<Draft> pending = new ArrayList<>();
        List<Document> pendingDocuments = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.plan && d.direction == Direction.OUT && pending.stream().anyMatch(p -> p.plan)) {
                written.flush(pending, pendingDocuments);
            }
            int year = d.date.getYear();
            pending.add(d);
            pendingDocuments.add(d.direction == Direction.IN ? incoming(d, written.provincePlans.get(year))
                    : outgoing(d, written.provincePlans.get(year), written.incoming));
            if (pending.size() == CHUNK) {
                written.flush(pending, pendingDocuments);
            }
        }
        written.flush(pending, pendingDocuments);
        return new Made(drafts.size(), written.planByYear, written.directives);
    }

    /** What is already in the database, for later documents to cite and tasks to hang on. */
    private final class Written {
        final Map<Integer, Long> planByYear = new HashMap<>();
        final Map<Integer, Document> provincePlans = new HashMap<>();
        final List<Document> incoming = new ArrayList<>();
        final List<Directive> directives = new ArrayList<>();

        void flush(List<Draft> drafts, List<Document> toWrite) {
            if (drafts.isEmpty()) {
                return;
            }
            for (Document document : toWrite) {
                if (!document.validate().isEmpty()) {
                    throw new IllegalStateException("Demo document breaks a rule: " + document + " " + document.validate());
                }
            }
            List<Long> ids = documents.insertAll(toWrite, drafts.get(drafts.size() - 1).date.atTime(16, 30));
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                Document saved = toWrite.get(i).withId(ids.get(i));
                if (d.direction == Direction.IN) {
                    incoming.add(saved);
                    if (d.plan) {
                        provincePlans.put(d.date.getYear(), saved);
                    }
                } else if (d.type == DocumentType.KE_HOACH || d.type == DocumentType.CONG_VAN || d.type == DocumentType.QUYET_DINH) {
                    directives.add(new Directive(saved.id(), d.type, d.date, d.plan));
                    if (d.plan) {
                        planByYear.put(d.date.getYear(), saved.id());
                    }
                }
            }
            drafts.clear();
            toWrite.clear();
        }
    }

    private Document incoming(Draft d, Document provincePlan) {
        Optional<ExternalBody> body = Optional.ofNullable(bodies.get(d.issuer.abbr()));
        String name = body.map(ExternalBody::name).orElse(d.issuer.fallbackName());
        String issuerText = name.endsWith(" tỉnh") ? name + " " + province : name;
        String place = d.issuer.abbr().equals("BNV") ? "Hà Nội" : d.issuer.abbr().equals("ĐU") ? commune.placeName() : province;
        List<Citation> citations = new ArrayList<>();
        if (provincePlan != null && !d.plan && d.issuer.abbr().equals("SNV") && pick.chance(0.3)) {
            citations.add(implementing(provincePlan));
        }
        List<Recipient> recipients = List.of(
                new Recipient(RecipientKind.ADDRESSEE, null, pick.one("UBND các xã, phường", "Chủ tịch UBND các xã, phường")),
                new Recipient(RecipientKind.COPY, null, "Như trên"),
                new Recipient(RecipientKind.COPY, null, "Lưu: VT, " + d.issuer.field().replace("&", ", ")));
        LocalDate deadline = pick.chance(0.4) ? d.arrivalDate.plusDays(pick.between(7, 30)) : null;
        HandlingStatus status = deadline == null || deadline.isAfter(today) ? pick.one(HandlingStatus.PENDING, HandlingStatus.IN_PROGRESS)
                : pick.chance(0.85) ? HandlingStatus.DONE : HandlingStatus.IN_PROGRESS;
        RegisterEntry entry = new RegisterEntry(d.arrivalNumber, d.arrivalDate,
                pick.chance(0.8) ? "Phòng Văn hóa - Xã hội" : "Văn phòng HĐND và UBND", deadline, status, null,
                min(d.arrivalDate.plusDays(pick.between(0, 2)), today), null, null);
        return new Document(null, Direction.IN, d.type, new DocumentNumber(d.number, d.issuer.symbol(d.type)),
                PartialDate.of(d.date), place, body.map(ExternalBody::id).orElse(null), issuerText, d.summary,
                new Signer(d.issuer.capacity(), d.issuer.title(), DemoTexts.name(pick)), recipients, citations, entry, null, null);
    }

    private Document outgoing(Draft d, Document provincePlan, List<Document> incomingSoFar) {
        List<Citation> citations = new ArrayList<>();
        if (d.plan || d.type == DocumentType.QUYET_DINH) {
            citations.add(new Citation(CitationKind.BASIS, null, null, null, PartialDate.unknown(), "Quốc hội",
                    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025"));
        }
        if (d.plan) {
            citations.add(new Citation(CitationKind.BASIS, null, null, new DocumentNumber("30", "2020/NĐ-CP"),
                    new PartialDate(5, 3, 2020), "Chính phủ", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"));
            if (provincePlan != null) {
                citations.add(implementing(provincePlan));
            }
        } else if (!incomingSoFar.isEmpty() && d.type != DocumentType.GIAY_MOI && pick.chance(0.7)) {
            int recent = Math.min(incomingSoFar.size(), 30);
            citations.add(implementing(incomingSoFar.get(incomingSoFar.size() - 1 - pick.between(0, recent - 1))));
        }
        String issuerAbbr = commune.issuerAbbr();
        return new Document(null, Direction.OUT, d.type,
                new DocumentNumber(d.number, DocumentNumber.symbolFor(d.type, issuerAbbr, commune.draftingUnitAbbr())),
                PartialDate.of(d.date), commune.placeName(), null, "Ủy ban nhân dân " + commune.communeName(), d.summary,
                new Signer(commune.signerCapacity(), commune.signerTitle(), commune.signerName()), outgoingRecipients(d),
                citations, new RegisterEntry(null, null, null, null, HandlingStatus.PENDING, null, d.date, pick.between(3, 20),
                        "VT, " + commune.draftingUnitAbbr()), null, null);
    }

    private List<Recipient> outgoingRecipients(Draft d) {
        List<Recipient> out = new ArrayList<>();
        if (d.type == DocumentType.BAO_CAO) {
            out.add(new Recipient(RecipientKind.ADDRESSEE, null, "Sở Nội vụ tỉnh " + province));
        } else if (d.type == DocumentType.CONG_VAN || d.type == DocumentType.GIAY_MOI) {
            int addressees = pick.between(1, 4);
            List<Unit> picked = new ArrayList<>();
            while (picked.size() < Math.min(addressees, units.size())) {
                Unit unit = pick.one(units);
                if (!picked.contains(unit)) {
                    picked.add(unit);
                    out.add(new Recipient(RecipientKind.ADDRESSEE, unit.id(), unit.name()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Recipient(RecipientKind.COPY, null, "Sở Nội vụ (b/c)"));
            out.add(new Recipient(RecipientKind.COPY, null, "TT Đảng ủy, HĐND xã (b/c)"));
            out.add(new Recipient(RecipientKind.COPY, null, "Chủ tịch, các PCT UBND xã"));
            out.add(new Recipient(RecipientKind.COPY, null, "Các phòng, trung tâm thuộc UBND xã"));
        } else {
            out.add(new Recipient(RecipientKind.COPY, null, "Như trên"));
        }
        out.add(new Recipient(RecipientKind.COPY, null, "Lưu: VT, " + commune.draftingUnitAbbr()));
        return out;
    }

    /** "Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở Nội vụ về việc …", linked to it. */
    private static Citation implementing(Document cited) {
        LocalDate date = cited.issueDate().toLocalDate().orElseThrow();
        String written = "Thực hiện " + cited.type().fullName() + " số " + cited.number().format() + " ngày "
                + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear() + " của " + cited.issuerText()
                + (cited.type() == DocumentType.CONG_VAN ? " về việc " : " về ") + lowerFirst(cited.summary());
        return new Citation(CitationKind.IMPLEMENTS, cited.id(), cited.type(), cited.number(), cited.issueDate(),
                cited.issuerText(), written);
    }

    private static String lowerFirst(String text) {
        // "Tuyên truyền …" reads "về tuyên truyền …"; "UBND …" and "Đề án 06" keep their capitals
        boolean word = text.length() > 1 && Character.isLowerCase(text.charAt(1)) && !text.startsWith("Đề án");
        return word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
