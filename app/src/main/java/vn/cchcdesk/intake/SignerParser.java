package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.document.Signer;

/**
 * The signature block: capacity lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the title
 * ("PHÓ CHỦ TỊCH") and the signer's name. Lines are told apart by their shape (capacity prefix,
 * upper case, a name in title case), so the block may come before, after or beside "Nơi nhận".
 */
final class SignerParser {

    private static final Pattern CAPACITY_SPLIT = Pattern.compile("(?=(?<![\\p{L}])(?:TM|KT|Q|TL|TUQ)\\s*\\.\\s)");
    /** Where the title starts when a flattened line runs capacity and title together. */
    private static final Pattern TITLE_START = Pattern.compile(
            "\\s(?=(?:PHÓ|CHÁNH|TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|THƯ KÝ|CHỦ NHIỆM)(?:\\s|$))");
    private static final Pattern TRAILING_TITLE = Pattern.compile("^[-+•].*?[;.,)]\\s+(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+)$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){1,5}$");
    private static final Pattern SIGNED_NOTE = Pattern.compile(
            "^\\(?\\s*(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký và đóng dấu|ký tên, đóng dấu)[^)]*\\)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SignerParser() {
    }

    static Signer parse(List<Segment> closing) {
        List<String> capacity = new ArrayList<>();
        List<String> title = new ArrayList<>();
        String name = null;
        for (String line : lines(closing)) {
            if (name != null) {
                break;
            }
            if (Lexicon.CAPACITY.matcher(line).lookingAt() && title.isEmpty()) {
                for (String part : CAPACITY_SPLIT.split(line)) {
                    if (!part.isBlank()) {
                        capacity.add(part.strip());
                    }
                }
            } else if (Lexicon.isUpperCaseLine(line) && !line.startsWith("-")) {
                title.add(line);
            } else if ((!title.isEmpty() || !capacity.isEmpty()) && NAME.matcher(line).matches() && !SIGNED_NOTE.matcher(line).matches()) {
                name = line;
            }
        }
        if (title.isEmpty() && !capacity.isEmpty()) {
            splitTitleFromCapacity(capacity, title);
        }
        return new Signer(
                capacity.isEmpty() ? null : String.join(" ", capacity),
                title.isEmpty() ? null : String.join(" ", title),
                name);
    }

    /** Lines of the closing that can be part of the signature: not "Nơi nhận" and its items. */
    private static List<String> lines(List<Segment> closing) {
        List<String> lines = new ArrayList<>();
        for (Segment segment : closing) {
            if (segment.isTable()) {
                continue;
            }
            for (String line : segment.lines()) {
                Matcher tail = TRAILING_TITLE.matcher(line);
                if (tail.matches()) {
                    lines.add(tail.group(1));
                } else if (!Lexicon.NOI_NHAN.matcher(line).lookingAt() && !Lexicon.BULLET.matcher(line).lookingAt()) {
                    lines.add(line);
                } else if (Lexicon.NOI_NHAN.matcher(line).lookingAt()) {
                    // "Nơi nhận: KT. CHỦ TỊCH" flattened onto one line
                    String rest = Lexicon.NOI_NHAN.matcher(line).replaceFirst("").strip();
                    if (Lexicon.CAPACITY.matcher(rest).lookingAt()) {
                        lines.add(rest);
                    }
                }
            }
        }
        return lines;
    }

    /** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: the title is what follows the capacity's own name. */
    private static void splitTitleFromCapacity(List<String> capacity, List<String> title) {
        String last = capacity.get(capacity.size() - 1);
        int prefixEnd = last.indexOf('.') + 1;
        String afterPrefix = last.substring(prefixEnd).strip();
        Matcher m = TITLE_START.matcher(afterPrefix);
        if (m.find() && m.start() > 0) {
            capacity.set(capacity.size() - 1, last.substring(0, prefixEnd) + " " + afterPrefix.substring(0, m.start()).strip());
            title.add(afterPrefix.substring(m.end()).strip());
        }
    }
}
