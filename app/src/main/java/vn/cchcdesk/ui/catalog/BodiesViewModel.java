package vn.cchcdesk.ui.catalog;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.ui.common.UiContext;

/** Bodies that issue documents to the commune: name, abbreviation, level, active. */
public final class BodiesViewModel extends CatalogListViewModel<ExternalBody> {

    private final CatalogService catalog;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty abbreviation = new SimpleStringProperty();
    private final ObjectProperty<BodyLevel> level = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty();

    public BodiesViewModel(CatalogService catalog, UiContext ui) {
        super(ui);
        this.catalog = catalog;
        fill(null);
    }

    @Override
    protected List<ExternalBody> loadAll() {
        return catalog.bodies();
    }

    @Override
    protected ExternalBody store(ExternalBody item) {
        return catalog.saveBody(item);
    }

    @Override
    protected void remove(ExternalBody item) {
        catalog.deleteBody(item.id());
    }

    @Override
    protected Long idOf(ExternalBody item) {
        return item == null ? null : item.id();
    }

    @Override
    protected String searchText(ExternalBody item) {
        return item.name() + " " + (item.abbreviation() == null ? "" : item.abbreviation());
    }

    @Override
    protected void fill(ExternalBody item) {
        name.set(item == null ? "" : item.name());
        abbreviation.set(item == null ? "" : item.abbreviation());
        level.set(item == null ? BodyLevel.PROVINCE : item.level());
        active.set(item == null || item.active());
    }

    @Override
    protected ExternalBody fromForm(List<Problem> formProblems) {
        Long id = selectedProperty().get() == null ? null : selectedProperty().get().id();
        return new ExternalBody(id, name.get(), abbreviation.get(), level.get(), active.get());
    }

    @Override
    protected List<Problem> validate(ExternalBody item) {
        return item.validate();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public ObjectProperty<BodyLevel> levelProperty() {
        return level;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
