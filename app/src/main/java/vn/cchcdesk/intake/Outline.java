package vn.cchcdesk.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The depth of an outline number: "I." 1, "1." 2, "2.1." 3, "2.1.1." 4, "a)" 5; 0 for bullets and plain paragraphs. */
final class Outline {

    private static final Pattern ROMAN = Pattern.compile("^[IVXL]{1,5}[.)]\\s");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)]?\\s");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ][).]\\s");

    private Outline() {
    }

    static int level(String text) {
        if (!Lexicon.OUTLINE.matcher(text).lookingAt()) {
            return 0;
        }
        if (ROMAN.matcher(text).lookingAt()) {
            return 1;
        }
        Matcher arabic = ARABIC.matcher(text);
        if (arabic.lookingAt()) {
            return 1 + arabic.group(1).split("\\.").length;
        }
        return LETTER.matcher(text).lookingAt() ? 5 : 0;
    }
}
