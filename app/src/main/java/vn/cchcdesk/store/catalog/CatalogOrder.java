package vn.cchcdesk.store.catalog;

import java.util.Comparator;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.VietnameseText;

/** Catalogue lists sort in Java: the database cannot collate Vietnamese. */
final class CatalogOrder {

    private CatalogOrder() {
    }

    static Comparator<Unit> units() {
        return Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::name, VietnameseText.order());
    }

    static Comparator<ExternalBody> bodies() {
        return Comparator.comparing(ExternalBody::level).thenComparing(ExternalBody::name, VietnameseText.order());
    }

    static Comparator<PublicityForm> forms() {
        return Comparator.comparingInt(PublicityForm::sortOrder).thenComparing(PublicityForm::name, VietnameseText.order());
    }
}
