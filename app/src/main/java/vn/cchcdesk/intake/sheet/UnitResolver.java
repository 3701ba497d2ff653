package vn.cchcdesk.intake.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.intake.UnitMatcher;

/**
 * Matches the unit a row names to the catalogue: the directive {@link UnitMatcher} first (names,
 * short names, aliases, the abbreviation of a name), then abbreviations people type in forms:
 * leading words in full and the rest as initials ("Hội ND" for Hội Nông dân xã, "Phòng VHXH",
 * "TT PVHCC"). A match the matcher is not sure of is taken with a warning.
 */
final class UnitResolver {

    /** A unit found and whether to warn that it was a guess. */
    record Resolved(Unit unit, boolean guessed) {
    }

    private final UnitMatcher matcher;
    private final Map<String, Unit> abbreviations = new HashMap<>();
    private final Map<String, Optional<Resolved>> cache = new HashMap<>();

    UnitResolver(List<Unit> catalogue) {
        this.matcher = new UnitMatcher(catalogue);
        for (Unit unit : catalogue) {
            List<String> names = new ArrayList<>(unit.aliases());
            names.add(unit.name());
            for (String name : names) {
                List<String> words = List.of(stripLocality(Headers.key(name)).split(" "));
                for (int full = 0; full < words.size(); full++) {
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        String word = words.get(i);
                        if (i < full) {
                            key.append(word);
                        } else if (!word.equals("va") && !word.isEmpty()) {
                            key.append(word.charAt(0));
                        }
                    }
                    abbreviations.putIfAbsent(key.toString(), unit);
                }
            }
        }
    }

    Optional<Resolved> resolve(String written) {
        return cache.computeIfAbsent(VietnameseText.fold(written), k -> find(written));
    }

    private Optional<Resolved> find(String written) {
        Optional<UnitMatcher.UnitMatch> match = matcher.match(written);
        if (match.isPresent() && match.get().confidence() >= 0.95) {
            return Optional.of(new Resolved(match.get().unit(), false));
        }
        String key = stripLocality(Headers.key(written)).replace(" ", "");
        Unit abbreviated = abbreviations.get(key);
        if (abbreviated != null) {
            return Optional.of(new Resolved(abbreviated, false));
        }
        return match.map(m -> new Resolved(m.unit(), true));
    }

    /** "hoi nong dan xa" → "hoi nong dan": forms name the commune's units with or without "xã". */
    private static String stripLocality(String key) {
        return key.replaceAll("\\s+(xa|phuong|thi tran)$", "").strip();
    }
}
