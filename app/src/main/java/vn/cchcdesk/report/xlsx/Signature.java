package vn.cchcdesk.report.xlsx;

import java.util.List;

/**
 * A signature block: titles in bold ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), a note in italics
 * ("(Ký, ghi rõ họ tên)"), room to sign, the name in bold. Empty parts print nothing.
 */
public record Signature(List<String> titles, String note, String name) {

    /** Rows left empty between the titles and the name: about 2.5 cm to sign and stamp. */
    static final int SPACE_ROWS = 4;

    public Signature {
        titles = titles == null ? List.of() : List.copyOf(titles);
        note = note == null ? "" : note;
        name = name == null ? "" : name;
    }

    public static Signature none() {
        return new Signature(List.of(), "", "");
    }
}
