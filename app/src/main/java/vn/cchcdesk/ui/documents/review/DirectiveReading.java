package vn.cchcdesk.ui.documents.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.intake.DirectiveIntake;
import vn.cchcdesk.intake.ExtractedCitation;
import vn.cchcdesk.intake.UnitMatcher;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.documents.DocumentFormViewModel;

/**
 * Everything the review of a dropped file needs, gathered off the FX thread in one go: the file
 * read and its fields extracted, the catalogue and the commune, the registered documents its
 * citations name, the catalogue units its assignments name, and which register it belongs in.
 */
public final class DirectiveReading {

    private final DirectiveIntake intake;
    private final DocumentService documents;
    private final CatalogService catalog;
    private final SettingsService settings;

    public DirectiveReading(DirectiveIntake intake, DocumentService documents, CatalogService catalog, SettingsService settings) {
        this.intake = intake;
        this.documents = documents;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * A file read for review.
     *
     * @param citedDocuments for each extracted citation, the registered document it names
     * @param unitMatches    for each extracted assignment, the catalogue unit it names
     */
    public record Read(Path file, DirectiveIntake.Result result, DocumentFormViewModel.Context context, Direction direction,
                       List<Optional<DocumentRef>> citedDocuments, List<Optional<UnitMatcher.UnitMatch>> unitMatches) {
    }

    /**
     * @throws vn.cchcdesk.domain.AppException naming the file when it cannot be read
     */
    public Read read(Path file) {
        DirectiveIntake.Result result = intake.read(file);
        List<Unit> units = catalog.units();
        Optional<CommuneSettings> commune = settings.commune();
        DocumentFormViewModel.Context context = new DocumentFormViewModel.Context(units, catalog.bodies(), commune);
        List<Optional<DocumentRef>> cited = result.directive().citations().stream()
                .map(ExtractedCitation::toCitation)
                .map(documents::citedDocument)
                .toList();
        UnitMatcher matcher = new UnitMatcher(units.stream().filter(Unit::active).toList());
        List<Optional<UnitMatcher.UnitMatch>> matches = result.directive().assignments().stream()
                .map(a -> matcher.match(a.unit()))
                .toList();
        return new Read(file, result, context, directionOf(result.directive().issuer(), commune), cited, matches);
    }

    /**
     * A directive the commune's People's Committee (or its chairman) issued is one of its own
     * outgoing documents; anything else, from a higher body or a neighbour, arrives.
     */
    static Direction directionOf(String issuer, Optional<CommuneSettings> commune) {
        if (issuer == null || commune.isEmpty()) {
            return Direction.IN;
        }
        String folded = VietnameseText.fold(issuer).replaceAll("\\bubnd\\b", "uy ban nhan dan").replaceAll("\\s+", " ").strip();
        String ours = "uy ban nhan dan " + VietnameseText.fold(commune.get().communeName());
        return folded.equals(ours) || folded.equals("chu tich " + ours) ? Direction.OUT : Direction.IN;
    }
}
