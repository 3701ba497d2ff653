package vn.cchcdesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.report.print.PageSetup;
import vn.cchcdesk.report.print.PrintDocument;
import vn.cchcdesk.report.print.PrintTable;
import vn.cchcdesk.report.print.TextStyle;

/** The preview's pages, navigation and zoom, without a toolkit. */
class PrintPreviewModelTest {

    private static PrintDocument document(String name, int rows, PageSetup.Orientation orientation) {
        PrintTable.Builder table = PrintTable.builder().column(6, TextStyle.plain()).column(60, TextStyle.plain()).header("STT", "Nội dung");
        for (int i = 1; i <= rows; i++) {
            table.row(String.valueOf(i), "dòng " + i);
        }
        return new PrintDocument(name, orientation, List.of(), table.build(), List.of());
    }

    @Test
    void severalDocumentsArePagedOneAfterAnotherEachNumberedOnItsOwn() {
        PrintPreviewModel model = new PrintPreviewModel(PrintPreviewDialog.paginate(List.of(
                document("Biểu 1", 60, PageSetup.Orientation.LANDSCAPE), document("Biểu 2", 10, PageSetup.Orientation.PORTRAIT))));

        assertThat(model.pageCount()).isEqualTo(4);
        assertThat(model.name()).isEqualTo("Biểu 1, Biểu 2");
        assertThat(model.pageLabel().get()).isEqualTo("Trang 1/4");
        assertThat(model.current().page().lines()).contains("Trang 1/3");
        model.last();
        assertThat(model.pageLabel().get()).isEqualTo("Trang 4/4");
        assertThat(model.current().document()).isEqualTo("Biểu 2");
        assertThat(model.current().setup().orientation()).isEqualTo(PageSetup.Orientation.PORTRAIT);
        assertThat(model.current().page().lines()).contains("Trang 1/1");
        model.next();
        assertThat(model.indexProperty().get()).isEqualTo(3);
        model.previous();
        model.previous();
        assertThat(model.pageLabel().get()).isEqualTo("Trang 2/4");
        model.goTo(99);
        assertThat(model.indexProperty().get()).isEqualTo(3);
        model.goTo(-5);
        assertThat(model.indexProperty().get()).isZero();
        model.previous();
        assertThat(model.indexProperty().get()).isZero();
        assertThat(model.range(2, 9)).containsExactly(1, 2, 3);
    }

    @Test
    void zoomFitsThePageOrItsWidthOrAPercentageOfActualSize() {
        PageSetup landscape = PageSetup.a4(PageSetup.Orientation.LANDSCAPE);
        double fitPage = PrintPreviewModel.Zoom.FIT_PAGE.pixelsPerPoint(landscape, 1200, 500, 20);
        double fitWidth = PrintPreviewModel.Zoom.FIT_WIDTH.pixelsPerPoint(landscape, 1200, 500, 20);
        assertThat(landscape.height() * fitPage).isLessThanOrEqualTo(500 - 40);
        assertThat(landscape.width() * fitWidth).isLessThanOrEqualTo(1200 - 40).isGreaterThan(1200 - 50);
        assertThat(fitPage).isLessThan(fitWidth);
        assertThat(PrintPreviewModel.Zoom.percent(100).pixelsPerPoint(landscape, 1200, 500, 20)).isEqualTo(96.0 / 72);
        assertThat(PrintPreviewModel.Zoom.choices()).extracting(PrintPreviewModel.Zoom::label)
                .containsExactly("Vừa trang", "Vừa chiều rộng", "50%", "75%", "100%", "125%", "150%", "200%");
    }
}
