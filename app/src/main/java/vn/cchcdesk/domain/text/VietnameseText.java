package vn.cchcdesk.domain.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules (DOMAIN.md §9): everything stored is NFC; search compares folded text;
 * lists sort with a Vietnamese collator.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private VietnameseText() {
    }

    /** Unicode NFC: text typed with some keyboards arrives decomposed (NFD) and would never match. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, whitespace runs collapsed to one space, trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(nfc(text)).replaceAll(" ").trim();
    }

    /** {@link #clean}, with blank turned into null: for optional fields. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * The search key: lower case, accents and tone marks removed (also stacked ones such as ắ, ự),
     * đ folded to d, whitespace collapsed. "Định Tân" and "dinh tan" fold alike.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /** True when every word of the folded query occurs in the folded text (word order free). */
    public static boolean matchesAllWords(String foldedText, String query) {
        for (String word : fold(query).split(" ")) {
            if (!word.isEmpty() && !foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A new collator each call: Collator instances are not thread-safe. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** Vietnamese order: Đ after D, Ư after U, tones after the plain letter; nulls last. */
    public static Comparator<String> order() {
        Collator collator = collator();
        return Comparator.nullsLast((a, b) -> collator.compare(a, b));
    }
}
