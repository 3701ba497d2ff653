package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the lines it prints on within a width: at line breaks, then greedily at
 * spaces; a word wider than the line (an address, a long symbol) is broken where the line ends.
 */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> lines(String text, double width, TextStyle style, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            paragraph(paragraph.strip(), width, style, measure, lines);
        }
        return lines;
    }

    private static void paragraph(String paragraph, double width, TextStyle style, TextMeasure measure, List<String> out) {
        if (measure.width(paragraph, style) <= width) {
            out.add(paragraph);
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.width(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the line: as many characters as fit, then the rest
            String rest = word;
            while (measure.width(rest, style) > width && rest.length() > 1) {
                int fit = fitting(rest, width, style, measure);
                out.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        out.add(line.toString());
    }

    /**
     * How many leading characters fit (at least one, so the text always advances): up to the last
     * slash, hyphen or ampersand that fits when there is one ("1478/SNV-" | "CCHC&VTTLT"), as
     * LibreOffice breaks symbols and addresses.
     */
    private static int fitting(String word, double width, TextStyle style, TextMeasure measure) {
        int fit = 1;
        while (fit < word.length() && measure.width(word.substring(0, fit + 1), style) <= width) {
            fit++;
        }
        for (int i = fit; i > 1; i--) {
            if (BREAKS.indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fit;
    }

    private static final String BREAKS = "/-&.,;:_";
}
