package vn.cchcdesk.ui.print;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import vn.cchcdesk.report.print.TextStyle;

/**
 * Times New Roman for printed pages, or its metric twins where Windows' font is missing (Linux
 * machines, the CI): the pages are laid out with Times New Roman's widths, so a twin prints the
 * same lines; any other serif is squeezed to the measured widths by {@link PageNodes}.
 */
final class PrintFonts {

    private static final List<String> FAMILIES = List.of("Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman",
            "Nimbus Roman No9 L", "DejaVu Serif", "Serif");
    private static String family;

    private PrintFonts() {
    }

    static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = FAMILIES.stream().filter(installed::contains).findFirst().orElse("Serif");
        }
        return family;
    }

    static Font of(TextStyle style) {
        return Font.font(family(), style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, style.size());
    }
}
