package vn.cchcdesk.ui.catalog;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.ui.common.UiContext;

/** Publicity forms: code, name, PAR channel (and so online or traditional), unit of measure, order, active. */
public final class FormsViewModel extends CatalogListViewModel<PublicityForm> {

    private final CatalogService catalog;
    private final StringProperty code = new SimpleStringProperty();
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<ParChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty measureUnit = new SimpleStringProperty();
    private final StringProperty sortOrder = new SimpleStringProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();

    public FormsViewModel(CatalogService catalog, UiContext ui) {
        super(ui);
        this.catalog = catalog;
        fill(null);
    }

    @Override
    protected List<PublicityForm> loadAll() {
        return catalog.forms();
    }

    @Override
    protected PublicityForm store(PublicityForm item) {
        return catalog.saveForm(item);
    }

    @Override
    protected void remove(PublicityForm item) {
        catalog.deleteForm(item.id());
    }

    @Override
    protected Long idOf(PublicityForm item) {
        return item == null ? null : item.id();
    }

    @Override
    protected String searchText(PublicityForm item) {
        return item.code() + " " + item.name() + " " + item.measureUnit();
    }

    @Override
    protected void fill(PublicityForm item) {
        code.set(item == null ? "" : item.code());
        name.set(item == null ? "" : item.name());
        channel.set(item == null ? ParChannel.WEB_SOCIAL : item.channel());
        measureUnit.set(item == null ? "" : item.measureUnit());
        sortOrder.set(item == null ? String.valueOf(nextSortOrder()) : String.valueOf(item.sortOrder()));
        active.set(item == null || item.active());
    }

    private int nextSortOrder() {
        return allItems().stream().mapToInt(PublicityForm::sortOrder).max().orElse(0) + 10;
    }

    @Override
    protected PublicityForm fromForm(List<Problem> formProblems) {
        int order = parseInt(sortOrder.get(), "sortOrder", formProblems);
        Long id = selectedProperty().get() == null ? null : selectedProperty().get().id();
        return new PublicityForm(id, code.get(), name.get(), channel.get(), measureUnit.get(), order, active.get());
    }

    @Override
    protected List<Problem> validate(PublicityForm item) {
        return item.validate();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ParChannel> channelProperty() {
        return channel;
    }

    public StringProperty measureUnitProperty() {
        return measureUnit;
    }

    public StringProperty sortOrderProperty() {
        return sortOrder;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
