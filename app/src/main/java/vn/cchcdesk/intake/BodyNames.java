package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseSyllables;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Names of issuing bodies as a header prints them (upper case, over two lines, under a parent
 * body) turned into the ordinary capitalisation of running text: "ỦY BAN NHÂN DÂN / XÃ ĐỊNH TÂN"
 * → "Ủy ban nhân dân xã Định Tân", "UBND TỈNH THANH HÓA / SỞ NỘI VỤ" → "Sở Nội vụ". The rules are
 * those of Vietnamese orthography for names of bodies: the first word and the first word of the
 * specific part are capitalised ("Sở Văn hóa, Thể thao và Du lịch"), place names are capitalised
 * word by word after their level ("xã Định Tân"), and acronyms stay as they are ("UBND").
 */
final class BodyNames {

    private static final List<String> BODY_HEADS = List.of(
            "ỦY BAN", "UỶ BAN", "UBND", "HĐND", "HỘI ĐỒNG", "SỞ", "BỘ", "PHÒNG", "VĂN PHÒNG", "BAN", "TRUNG TÂM",
            "ĐẢNG ỦY", "ĐẢNG UỶ", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "CHI CỤC", "CỤC", "TỔNG CỤC", "CHÍNH PHỦ",
            "THỦ TƯỚNG", "MẶT TRẬN", "HỘI", "ĐOÀN", "CÔNG AN", "TRƯỜNG", "VIỆN", "ĐÀI", "BỘ CHỈ HUY", "BAN CHỈ HUY");
    /** Heads after which the next word starts the body's specific name ("Sở | Nội vụ"). */
    private static final List<String> NAMED_HEADS = List.of(
            "văn phòng", "phòng", "sở", "bộ", "ban", "trung tâm", "chi cục", "tổng cục", "cục", "hội", "đoàn",
            "viện", "đài", "trường", "bộ chỉ huy", "ban chỉ huy");
    private static final Set<String> LEVELS = Set.of("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh");
    private static final Pattern SPACE = Pattern.compile(" ");

    private BodyNames() {
    }

    /** The issuing body from the header's upper-case lines: the last body named (the parent comes first). */
    static String issuer(List<String> headerLines) {
        List<String> names = new ArrayList<>();
        for (String line : headerLines) {
            String l = VietnameseText.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            if (names.isEmpty() || startsWithBodyHead(l) && !continuesName(names.get(names.size() - 1))) {
                names.add(l);
            } else {
                names.set(names.size() - 1, names.get(names.size() - 1) + " " + l);
            }
        }
        return names.isEmpty() ? null : ordinaryCase(names.get(names.size() - 1));
    }

    /** "ỦY BAN NHÂN DÂN" alone waits for its place ("XÃ ĐỊNH TÂN") on the next line. */
    private static boolean continuesName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("ỦY BAN NHÂN DÂN") || upper.equals("UỶ BAN NHÂN DÂN") || upper.equals("HỘI ĐỒNG NHÂN DÂN")
                || upper.endsWith(" VÀ") || upper.endsWith(",");
    }

    private static boolean startsWithBodyHead(String line) {
        String upper = line.toUpperCase(Locale.ROOT);
        for (String head : BODY_HEADS) {
            if (upper.startsWith(head + " ") || upper.equals(head)) {
                return true;
            }
        }
        return false;
    }

    /** Ordinary capitalisation of an upper-case name; a name already in mixed case is kept. */
    static String ordinaryCase(String name) {
        String cleaned = VietnameseText.clean(name);
        if (!Lexicon.isUpperCaseLine(cleaned)) {
            return cleaned;
        }
        String[] words = SPACE.split(cleaned);
        StringBuilder out = new StringBuilder();
        boolean capitaliseNext = true;
        boolean inPlace = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String two = i + 1 < words.length ? lower + " " + words[i + 1].toLowerCase(Locale.ROOT) : "";
            String written;
            if (VietnameseSyllables.isAcronym(word)) {
                written = word;
            } else if (!inPlace && i > 0 && (LEVELS.contains(two) || LEVELS.contains(lower)) && !two.equals("xã hội")) {
                boolean pair = LEVELS.contains(two);
                written = pair ? two : lower;
                if (pair) {
                    i++;
                }
                inPlace = true;
                out.append(out.length() == 0 ? "" : " ").append(written);
                capitaliseNext = false;
                continue;
            } else if (inPlace || capitaliseNext) {
                written = capitalise(lower);
            } else {
                written = lower;
            }
            out.append(out.length() == 0 ? "" : " ").append(written);
            capitaliseNext = startsSpecificName(out.toString(), word);
        }
        return out.toString();
    }

    /** After a head such as "Sở", after ", " and after "và" or "-" between name parts, a new part starts. */
    private static boolean startsSpecificName(String soFar, String lastWord) {
        String lower = soFar.toLowerCase(Locale.ROOT);
        for (String head : NAMED_HEADS) {
            if (lower.equals(head)) {
                return true;
            }
        }
        return lastWord.endsWith(",") || lastWord.equals("-") || lastWord.equals("–")
                || (lastWord.equalsIgnoreCase("VÀ") && soFar.contains(","));
    }

    private static String capitalise(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        int first = lower.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + lower.substring(Character.charCount(first));
    }
}
