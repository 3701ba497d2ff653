package vn.cchcdesk.ui.catalog;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.ui.common.UiContext;

/** The commune's units: name, short name, kind, other names used in directives, order, active. */
public final class UnitsViewModel extends CatalogListViewModel<Unit> {

    private final CatalogService catalog;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty shortName = new SimpleStringProperty();
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>();
    private final StringProperty aliases = new SimpleStringProperty();
    private final StringProperty sortOrder = new SimpleStringProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();

    public UnitsViewModel(CatalogService catalog, UiContext ui) {
        super(ui);
        this.catalog = catalog;
        fill(null);
    }

    @Override
    protected List<Unit> loadAll() {
        return catalog.units();
    }

    @Override
    protected Unit store(Unit item) {
        return catalog.saveUnit(item);
    }

    @Override
    protected void remove(Unit item) {
        catalog.deleteUnit(item.id());
    }

    @Override
    protected Long idOf(Unit item) {
        return item == null ? null : item.id();
    }

    @Override
    protected String searchText(Unit item) {
        return item.name() + " " + (item.shortName() == null ? "" : item.shortName()) + " " + String.join(" ", item.aliases());
    }

    @Override
    protected void fill(Unit item) {
        name.set(item == null ? "" : item.name());
        shortName.set(item == null ? "" : item.shortName());
        kind.set(item == null ? UnitKind.OFFICE : item.kind());
        aliases.set(item == null ? "" : String.join("\n", item.aliases()));
        sortOrder.set(item == null ? String.valueOf(nextSortOrder()) : String.valueOf(item.sortOrder()));
        active.set(item == null || item.active());
    }

    private int nextSortOrder() {
        return allItems().stream().mapToInt(Unit::sortOrder).max().orElse(0) + 10;
    }

    @Override
    protected Unit fromForm(List<Problem> formProblems) {
        int order = parseInt(sortOrder.get(), "sortOrder", formProblems);
        Long id = selectedProperty().get() == null ? null : selectedProperty().get().id();
        List<String> aliasList = aliases.get() == null ? List.of() : Arrays.asList(aliases.get().split("[\\n;]"));
        return new Unit(id, name.get(), shortName.get(), kind.get(), aliasList, order, active.get());
    }

    @Override
    protected List<Problem> validate(Unit item) {
        return item.validate();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public StringProperty aliasesProperty() {
        return aliases;
    }

    public StringProperty sortOrderProperty() {
        return sortOrder;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
