package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Matches a unit as a directive writes it to the catalogue's units, tolerant of accents, case,
 * punctuation and abbreviations: "VHXH", "Phòng VH-XH", "Phòng Văn hóa - Xã hội" and "phòng Văn
 * hóa xã hội" all find Phòng Văn hóa - Xã hội; "Trung tâm Dịch vụ Sự nghiệp công xã" finds
 * Trung tâm Dịch vụ sự nghiệp công. A group ("các phòng chuyên môn, trung tâm") is no one unit
 * and matches nothing.
 *
 * <p>Each unit is known by its keys: name, short name, aliases, and the abbreviation of its name
 * (head word + initials: "Phòng VHXH", "TTDVSNC"). A written unit is compared by its key (folded,
 * punctuation and spaces removed), also without a trailing locality ("xã Tân Minh", "của xã");
 * failing that, by the share of words it has in common with a name.
 */
public final class UnitMatcher {

    /** Below this a match is not worth suggesting. */
    public static final double MIN_CONFIDENCE = 0.6;

    private static final Pattern LOCALITY = Pattern.compile(
            "\\s+(?:(?:cua|thuoc|tren dia ban)\\s+)?(?:(?:ubnd|uy ban nhan dan)\\s+)?(?:xa(?! hoi)|phuong|thi tran)(?:\\s+\\S+){0,3}$");
    private static final Pattern GROUP = Pattern.compile("^(?:cac|nhung)\\s.*|.*(?:,|\\s(?:va|cung))\\s+(?:cac|nhung)\\s.*");
    private static final Set<String> HEAD_WORDS = Set.of("phong", "trung tam", "van phong", "ban", "hoi", "doan", "uy ban");

    private final List<Keyed> units;

    /** A unit matched, how sure the match is (0–1), and which key matched. */
    public record UnitMatch(Unit unit, double confidence, String matchedKey) {
    }

    private record Keyed(Unit unit, Set<String> keys, List<Set<String>> nameWords) {
    }

    public UnitMatcher(List<Unit> catalogue) {
        List<Keyed> keyed = new ArrayList<>();
        for (Unit unit : catalogue) {
            Set<String> keys = new HashSet<>();
            List<Set<String>> nameWords = new ArrayList<>();
            for (String name : names(unit)) {
                String folded = fold(name);
                keys.add(compact(folded));
                keys.add(compact(withoutLocality(folded)));
                nameWords.add(new HashSet<>(List.of(withoutLocality(folded).split(" "))));
                abbreviation(folded).ifPresent(keys::add);
            }
            keys.remove("");
            keyed.add(new Keyed(unit, keys, nameWords));
        }
        this.units = List.copyOf(keyed);
    }

    /** The best catalogue unit for a unit as written, if one is close enough. */
    public Optional<UnitMatch> match(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(written);
        if (GROUP.matcher(folded).matches()) {
            return Optional.empty();
        }
        String key = compact(folded);
        String keyWithoutLocality = compact(withoutLocality(folded));
        for (Keyed unit : units) {
            if (unit.keys().contains(key)) {
                return Optional.of(new UnitMatch(unit.unit(), 1.0, key));
            }
        }
        for (Keyed unit : units) {
            if (unit.keys().contains(keyWithoutLocality)) {
                return Optional.of(new UnitMatch(unit.unit(), 0.95, keyWithoutLocality));
            }
        }
        Set<String> words = new HashSet<>(List.of(withoutLocality(folded).split(" ")));
        return units.stream()
                .map(unit -> new UnitMatch(unit.unit(),
                        0.9 * unit.nameWords().stream().mapToDouble(name -> dice(words, name)).max().orElse(0),
                        String.join(" ", words)))
                .filter(m -> m.confidence() >= MIN_CONFIDENCE)
                .max(Comparator.comparingDouble(UnitMatch::confidence));
    }

    private static List<String> names(Unit unit) {
        List<String> names = new ArrayList<>();
        names.add(unit.name());
        if (unit.shortName() != null) {
            names.add(unit.shortName());
        }
        names.addAll(unit.aliases());
        return names;
    }

    /** Folded, lower case, punctuation as spaces: "Phòng VH-XH" → "phong vh xh". */
    private static String fold(String text) {
        return VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String compact(String folded) {
        return folded.replace(" ", "");
    }

    private static String withoutLocality(String folded) {
        String stripped = LOCALITY.matcher(folded).replaceFirst("").strip();
        return stripped.isEmpty() ? folded : stripped;
    }

    /** "phong van hoa xa hoi" → "phongvhxh"; "trung tam dich vu su nghiep cong" → "ttdvsnc". */
    private static Optional<String> abbreviation(String folded) {
        String name = withoutLocality(folded);
        for (String head : HEAD_WORDS) {
            if (name.startsWith(head + " ")) {
                String initials = initials(name.substring(head.length() + 1));
                if (initials.length() < 2) {
                    return Optional.empty();
                }
                return Optional.of(head.equals("phong") ? "phong" + initials : initials(head) + initials);
            }
        }
        return Optional.empty();
    }

    private static String initials(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!word.isEmpty() && !word.equals("va")) {
                out.append(word.charAt(0));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }
}
