package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;

/** Splits a task's text into sentences: after ".", "!" or "?" followed by a capital, but not after "TP." or "v.v.". */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.codePointAt(i + 2)) && !abbreviationBefore(text, i)) {
                sentences.add(text.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        String last = text.substring(start).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        return sentences;
    }

    /** "TP. Hải Phòng", "Q. Chủ tịch": a short upper-case word before the full stop is an abbreviation. */
    private static boolean abbreviationBefore(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return !word.isEmpty() && word.length() <= 3 && word.equals(word.toUpperCase()) || word.equals("v.v") || text.startsWith("v.v", Math.max(0, dot - 3));
    }
}
