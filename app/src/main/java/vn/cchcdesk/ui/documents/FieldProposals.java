package vn.cchcdesk.ui.documents;

import java.time.LocalDate;
import java.util.function.Supplier;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.UiContext;

/**
 * What the document form proposes as the clerk fills it: the arrival date and number of an incoming
 * document, the commune as issuer and its symbol pattern for its own documents, and the number and
 * symbol of a full number pasted into the number field.
 */
final class FieldProposals {

    private final DocumentFields fields;
    private final DocumentFormViewModel.Context context;
    private final UiContext ui;
    private final ArrivalNumbering arrivals;
    private final Supplier<Document> original;

    FieldProposals(DocumentFields fields, DocumentFormViewModel.Context context, UiContext ui, ArrivalNumbering arrivals,
                   Supplier<Document> original) {
        this.fields = fields;
        this.context = context;
        this.ui = ui;
        this.arrivals = arrivals;
        this.original = original;
    }

    /** An incoming document arrives (today unless said otherwise); the commune's own are issued by it. */
    void directionChosen(Direction d) {
        if (d == Direction.IN) {
            if (fields.issuer.get().equals(communeIssuer())) {
                fields.issuer.set("");
            }
            if (fields.arrivalDate.get() == null) {
                fields.arrivalDate.set(LocalDate.now(ui.clock()));
            } else {
                arrivals.propose();
            }
        } else {
            fields.arrivalDate.set(null);
            arrivals.clear();
            if (fields.issuer.get().isBlank()) {
                fields.issuer.set(communeIssuer());
            }
        }
        proposeSymbol();
    }

    /** The commune's own documents get its symbol pattern ("KH-UBND", "UBND-VHXH") while the symbol is empty. */
    void proposeSymbol() {
        if (original.get() != null || fields.direction.get() == Direction.IN || fields.type.get() == null || context.commune().isEmpty()) {
            return;
        }
        String current = fields.symbol.get();
        CommuneSettings commune = context.commune().get();
        boolean ours = current.isBlank() || DocumentType.byNameLengthDescending().stream()
                .anyMatch(t -> current.equals(DocumentNumber.symbolFor(t, commune.issuerAbbr(), commune.draftingUnitAbbr())));
        if (ours) {
            fields.symbol.set(DocumentNumber.symbolFor(fields.type.get(), commune.issuerAbbr(), commune.draftingUnitAbbr()));
        }
    }

    private String communeIssuer() {
        return context.commune().map(c -> Messages.get("documents.form.communeIssuer", c.communeName())).orElse("");
    }

    /** "1478/SNV-CCHC&VTTLT" pasted into the number field is split into number and symbol. */
    void splitPastedNumber(String text) {
        if (text == null || text.chars().allMatch(Character::isDigit)) {
            return;
        }
        DocumentNumber.parse(text).ifPresent(parsed -> {
            fields.symbol.set(parsed.symbol() == null ? "" : parsed.symbol());
            fields.number.set(parsed.number() == null ? "" : parsed.number());
            parsed.typeFromSymbol().ifPresent(fields.type::set);
        });
    }
}
