package vn.cchcdesk.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.cchcdesk.domain.text.Formats;

/** Controls configured the Vietnamese way. */
public final class Controls {

    private Controls() {
    }

    /** A date picker that shows and reads dd/MM/yyyy (also 5/3/2026, 05-03-2026). */
    public static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return Formats.parseDate(text).orElse(null);
            }
        });
        return picker;
    }
}
