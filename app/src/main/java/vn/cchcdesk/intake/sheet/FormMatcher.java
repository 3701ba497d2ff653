package vn.cchcdesk.intake.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Matches a publicity form as a unit writes it to the catalogue, accent- and case-free: the full
 * name as the drop-down wrote it, its code ("RADIO"), or any piece of its name: "Pano, áp phích,
 * băng rôn, khẩu hiệu (…)" is also "băng rôn" and "pano"; "Bài đăng mạng xã hội (Zalo OA,
 * Facebook)" is also "Facebook". Failing that, the forms whose name holds every word written
 * ("phát thanh" → the radio programme); two or more such forms make the text ambiguous.
 */
final class FormMatcher {

    /** Either the form found, or the forms it could be (none: unknown). */
    record Match(PublicityForm form, List<PublicityForm> candidates) {
    }

    private record Keyed(PublicityForm form, Set<String> keys, Set<String> words) {
    }

    private final List<Keyed> forms = new ArrayList<>();
    /** A file names the same few forms thousands of times: each text is matched once. */
    private final java.util.Map<String, Match> cache = new java.util.HashMap<>();

    FormMatcher(List<PublicityForm> catalogue) {
        for (PublicityForm form : catalogue) {
            Set<String> keys = new HashSet<>();
            keys.add(compact(form.name()));
            keys.add(compact(form.code()));
            for (String piece : form.name().split("[,;()/]|\\s-\\s|\\svà\\s")) {
                String key = compact(piece);
                if (key.length() >= 3) {
                    keys.add(key);
                }
            }
            forms.add(new Keyed(form, keys, new HashSet<>(words(form.name()))));
        }
    }

    Match match(String written) {
        return cache.computeIfAbsent(written == null ? "" : written, this::find);
    }

    private Match find(String written) {
        String key = compact(written);
        if (key.isEmpty()) {
            return new Match(null, List.of());
        }
        Set<PublicityForm> exact = new LinkedHashSet<>();
        for (Keyed keyed : forms) {
            if (keyed.keys().contains(key)) {
                exact.add(keyed.form());
            }
        }
        if (exact.size() == 1) {
            return new Match(exact.iterator().next(), List.of());
        }
        if (exact.size() > 1) {
            return new Match(null, List.copyOf(exact));
        }
        List<String> words = words(written);
        List<PublicityForm> containing = forms.stream()
                .filter(keyed -> !words.isEmpty() && keyed.words().containsAll(words))
                .map(Keyed::form)
                .toList();
        if (containing.size() == 1) {
            return new Match(containing.get(0), List.of());
        }
        return new Match(null, containing);
    }

    private static String compact(String text) {
        return VietnameseText.fold(text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Headers.key(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
