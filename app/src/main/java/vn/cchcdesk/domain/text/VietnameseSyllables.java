package vn.cchcdesk.domain.text;

import java.util.regex.Pattern;

/**
 * Vietnamese is written one syllable per word, and a syllable has a fixed shape: an optional
 * initial consonant (b, ch, ngh, qu …), one to three vowels, an optional final consonant (c, ch,
 * m, n, ng, nh, p, t). A word of letters that does not have that shape is an acronym ("UBND",
 * "HĐND", "VHXH", "CCHC") and keeps its capitals when a name is written in ordinary case.
 */
public final class VietnameseSyllables {

    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$");

    private VietnameseSyllables() {
    }

    /** True for a word of letters (hyphenated parts checked one by one) that no syllable can spell. */
    public static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}\\-]", "");
        if (letters.isEmpty()) {
            return false;
        }
        for (String part : letters.split("-")) {
            if (part.length() >= 2 && !isSyllable(part)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word (any case, with or without marks) has the shape of one Vietnamese syllable. */
    public static boolean isSyllable(String word) {
        return SYLLABLE.matcher(VietnameseText.fold(word)).matches();
    }
}
