package vn.cchcdesk.report.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Signature;

/**
 * The blocks every printed form shares, with the words of {@link OfficialBlocks} and the styles
 * of the workbooks: the official header, titles, notes, and the date line with the signatures.
 */
public final class PrintFrames {

    /** Share of the width of the header's and the signatures' left block. */
    public static final double LEFT_BLOCK = 0.4;
    /** Lines left empty between a signer's title and name: about 2.5 cm to sign and stamp. */
    static final int SIGN_LINES = 4;

    private PrintFrames() {
    }

    /**
     * "ỦY BAN NHÂN DÂN / XÃ ĐỊNH TÂN" left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
     * Hạnh phúc" right, bold, with the short rule under the issuing body and the full one under the motto.
     */
    public static Block officialHeader(CommuneSettings commune) {
        TextStyle bold = TextStyle.centre().inBold();
        List<String> issuer = OfficialBlocks.issuer(commune);
        List<String> motto = OfficialBlocks.motto();
        List<BlockLine> left = new ArrayList<>();
        for (int i = 0; i < issuer.size(); i++) {
            left.add(new BlockLine(issuer.get(i), bold, i == issuer.size() - 1 ? 0.4 : 0));
        }
        List<BlockLine> right = List.of(BlockLine.of(motto.get(0), bold), new BlockLine(motto.get(1), bold.sized(13), 1));
        return Block.two(0, LEFT_BLOCK, left, right);
    }

    /** A title, bold 14, centred; space above it. */
    public static Block title(String text, double spaceBefore) {
        return Block.of(spaceBefore, BlockLine.of(text, TextStyle.centre().inBold().sized(TextStyle.TITLE)));
    }

    /** Lines under a title: italic 12, centred. */
    public static Block subtitles(String... lines) {
        List<BlockLine> out = new ArrayList<>();
        for (String line : lines) {
            out.add(BlockLine.of(line, TextStyle.centre().inItalic()));
        }
        return new Block(List.of(new Block.Column(1, out)), 0);
    }

    /** A line in bold, centred ("Biểu số 1"). */
    public static Block centredBold(String text, double spaceBefore) {
        return Block.of(spaceBefore, BlockLine.of(text, TextStyle.centre().inBold()));
    }

    /** A note under the table: italic, left, wrapped. */
    public static Block note(String text, double spaceBefore) {
        return Block.of(spaceBefore, BlockLine.of(text, TextStyle.plain().inItalic()));
    }

    /**
     * The date line over the right block, then two signatures side by side: titles in bold, the
     * note in italics, room to sign, the names. One block, so it is never cut from its date.
     */
    public static Block signatures(CommuneSettings commune, LocalDate date, Signature left, Signature right) {
        List<BlockLine> l = new ArrayList<>();
        l.add(BlockLine.blank());
        signature(l, left);
        List<BlockLine> r = new ArrayList<>();
        r.add(BlockLine.of(OfficialBlocks.placeAndDate(commune, date), TextStyle.centre().inItalic()));
        signature(r, right);
        // the names on one line whatever the number of titles of each side
        int pad = Math.max(l.size(), r.size());
        while (l.size() < pad) {
            l.add(l.size() - 1 - SIGN_LINES, BlockLine.blank());
        }
        while (r.size() < pad) {
            r.add(r.size() - 1 - SIGN_LINES, BlockLine.blank());
        }
        return Block.two(12, LEFT_BLOCK, l, r);
    }

    /** The preparer (left) and the commune's signer (right), as the report's tables sign. */
    public static Block signatures(CommuneSettings commune, LocalDate date) {
        return signatures(commune, date, OfficialBlocks.preparer(commune), OfficialBlocks.signer(commune));
    }

    private static void signature(List<BlockLine> lines, Signature signature) {
        TextStyle bold = TextStyle.centre().inBold();
        for (String title : signature.titles()) {
            lines.add(BlockLine.of(title, bold));
        }
        if (!signature.note().isEmpty()) {
            lines.add(BlockLine.of(signature.note(), TextStyle.centre().inItalic()));
        }
        for (int i = 0; i < SIGN_LINES; i++) {
            lines.add(BlockLine.blank());
        }
        lines.add(BlockLine.of(signature.name(), bold));
    }
}
