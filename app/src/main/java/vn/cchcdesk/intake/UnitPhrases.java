package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Finds the names of units in a directive's sentences (DOMAIN.md §4). A unit phrase starts with
 * a unit's head word ("Phòng", "Trung tâm", "các cơ quan" …) and runs until the predicate starts:
 * a verb in lower case from a list of the verbs directives use ("thường xuyên", "chủ trì",
 * "phối hợp", "tuyên truyền" …) or punctuation that ends a clause. Capitalised words never stop a
 * phrase: they belong to names ("Phòng Văn hóa và Thông tin").
 */
final class UnitPhrases {

    /** Longest phrase taken for a unit list; longer means no predicate was recognised. */
    private static final int MAX_WORDS = 24;

    private static final List<String> HEADS = List.of(
            "ủy ban", "uỷ ban", "ubnd", "mttq", "ub mttq", "mặt trận", "phòng", "văn phòng", "trung tâm", "ban",
            "hội", "đoàn", "công an", "sở", "bộ", "trường", "thôn", "tổ dân phố", "khu dân cư", "đảng ủy",
            "đảng uỷ", "hội đồng", "chi cục", "cục", "đài", "bưu điện", "trạm", "chi hội", "chi đoàn",
            "cơ quan", "đơn vị", "bộ phận", "tổ công nghệ", "ngân hàng", "hợp tác xã", "xóm", "ấp");
    /** Heads that name bodies only in the plural: "các tổ chức", "các ngành" (but "Tổ chức hội nghị" is a verb). */
    private static final List<String> PLURAL_HEADS = List.of("tổ chức", "ngành", "đoàn thể", "cấp", "xã", "phường", "tổ", "trường học");
    /** Words that begin like a unit but are not one: "Ban hành …", "Hội nghị …", "Phòng, chống …". */
    private static final List<String> NOT_UNITS = List.of(
            "ban hành", "hội nghị", "hội thi", "hội thảo", "hội diễn", "trường hợp", "phòng chống", "phòng, chống",
            "phòng ngừa", "bộ thủ tục", "bộ máy", "bộ tiêu chí", "đoàn kết", "đài truyền hình việt nam");

    /** Lower-case words that start the predicate after a list of units. */
    private static final List<String> STOPS = List.of(
            "thường xuyên", "chủ động", "tập trung", "tiếp tục", "triển khai", "thực hiện", "tuyên truyền",
            "thông tin", "xây dựng", "tiếp nhận", "cung cấp", "căn cứ", "tham mưu", "theo dõi", "đôn đốc",
            "hướng dẫn", "kiểm tra", "giám sát", "báo cáo", "tổng hợp", "phổ biến", "vận động", "đăng tải",
            "đăng", "viết", "cập nhật", "nghiên cứu", "khai thác", "sử dụng", "đẩy mạnh", "tăng cường",
            "bố trí", "duy trì", "đề xuất", "tham gia", "ban hành", "biên tập", "kịp thời", "nâng cao",
            "chịu trách nhiệm", "có trách nhiệm", "chủ trì", "phối hợp", "là", "làm", "để", "nhằm", "rà soát",
            "lồng ghép", "phát huy", "quán triệt", "chỉ đạo", "đảm bảo", "bảo đảm", "phát động", "phát sóng",
            "phát", "treo", "lắp đặt", "sản xuất", "phát hành", "giới thiệu", "hỗ trợ", "khẩn trương",
            "nghiêm túc", "được", "cần", "phải", "sẽ", "đã", "đang", "trong", "theo", "về", "với", "cho",
            "khi", "nếu", "lập", "gửi", "nộp", "đề nghị", "yêu cầu", "giao", "hoàn thành", "trình",
            "tiến hành", "mở", "đổi mới", "quản lý", "chuẩn bị", "thống kê", "in", "ứng dụng", "vận hành",
            "thu thập", "lựa chọn", "tích cực", "hưởng ứng", "động viên", "tạo", "đưa", "kết hợp",
            "truyền thông", "tổ chức", "định kỳ", "hằng", "hàng", "trước", "chậm nhất", "căn", "có");

    /** Bodies that give orders in a directive, never units that carry them out. */
    private static final Pattern ORDERER = Pattern.compile(
            "^(?:uy ban nhan dan|ubnd|chu tich|hoi dong nhan dan|hdnd|thuong truc)(?: (?:xa|phuong|thi tran|huyen|quan|tinh|thanh pho))?(?: .*)?$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|;\\s+|\\s+và\\s+|\\s+cùng\\s+");
    /** "Mặt trận Tổ quốc … và các tổ chức chính trị - xã hội": the political system named as one. */
    private static final Pattern FRONT_PAIR = Pattern.compile(
            "(mặt trận|mttq)[^,;]*?(\\s+(?:và|cùng)\\s+)(?:các\\s+)?(?:tổ chức chính trị|đoàn thể)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private UnitPhrases() {
    }

    /** True when the text opens with a unit's head word: "Phòng …", "các thôn", "Trung tâm …". */
    static boolean startsWithUnit(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("các ") || lower.startsWith("những ")) {
            String noun = lower.substring(lower.indexOf(' ') + 1);
            return startsWithHead(noun) || startsWithAny(noun, PLURAL_HEADS);
        }
        return startsWithHead(lower);
    }

    private static boolean startsWithHead(String lower) {
        return startsWithAny(lower, HEADS) && !startsWithAny(lower, NOT_UNITS);
    }

    private static boolean startsWithAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.startsWith(word) && (lower.length() == word.length() || !Character.isLetter(lower.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit phrase at the start of text, up to the predicate: "Trung tâm cung ứng dịch vụ công
     * phối hợp với …" gives "Trung tâm cung ứng dịch vụ công". Empty when the text does not start
     * with a unit or no predicate follows within reach.
     */
    static Optional<String> leadingPhrase(String text) {
        if (!startsWithUnit(text)) {
            return Optional.empty();
        }
        int end = predicateStart(text);
        if (end <= 0) {
            return Optional.empty();
        }
        String phrase = trimJoiners(text.substring(0, end));
        return phrase.isEmpty() || wordCount(phrase) > MAX_WORDS ? Optional.empty() : Optional.of(phrase);
    }

    /** True for the body giving orders ("Ủy ban nhân dân xã Tân Minh", "Chủ tịch UBND xã"). */
    static boolean isOrderer(String phrase) {
        return ORDERER.matcher(VietnameseText.fold(phrase)).matches();
    }

    /**
     * Where the predicate begins: the first lower-case stop word, or a clause-ending mark
     * (".", ";", ":", "("). -1 when neither comes.
     */
    static int predicateStart(String text) {
        int i = 0;
        int words = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '(' || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
            boolean wordStart = Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart) {
                words++;
                if (words > 1 && Character.isLowerCase(c) && isStopAt(text, i)) {
                    return i;
                }
            }
            i++;
        }
        return text.length();
    }

    private static boolean isStopAt(String text, int i) {
        for (String stop : STOPS) {
            if (text.startsWith(stop, i) && (i + stop.length() == text.length() || !Character.isLetter(text.charAt(i + stop.length())))) {
                return !nounUse(text, i, stop);
            }
        }
        return false;
    }

    /** "tổ chức" is a noun in "các tổ chức chính trị - xã hội", a verb in "tổ chức tuyên truyền". */
    private static boolean nounUse(String text, int i, String stop) {
        if (!stop.equals("tổ chức")) {
            return false;
        }
        String after = text.substring(i + stop.length()).stripLeading();
        String before = text.substring(0, i).stripTrailing();
        return after.startsWith("chính trị") || after.startsWith("đoàn thể") || after.startsWith("xã hội")
                || after.startsWith("hội") || before.endsWith("các") || before.endsWith(",");
    }

    /**
     * The units of a list: "phòng Văn hóa - Xã hội, Trung tâm phục vụ hành chính công của xã" is
     * two; "các cơ quan, đơn vị" and "Sở Văn hóa, Thể thao và Du lịch" are one each. A piece after
     * a comma or "và" starts a new unit only when it starts like one ("các …", a capitalised head,
     * or a head followed by a capitalised name); otherwise it belongs to the piece before.
     */
    static List<String> split(String phrase) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher pair = FRONT_PAIR.matcher(phrase);
        int[] kept = pair.find() ? new int[] {pair.start(2), pair.end(2)} : new int[] {-1, -1};
        Matcher m = LIST_SEPARATOR.matcher(phrase);
        int from = 0;
        while (m.find()) {
            if (m.start() <= kept[1] && m.end() >= kept[0]) {
                continue;
            }
            pieces.add(phrase.substring(from, m.start()));
            separators.add(m.group());
            from = m.end();
        }
        pieces.add(phrase.substring(from));
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder(pieces.get(0).strip());
        for (int i = 1; i < pieces.size(); i++) {
            String piece = pieces.get(i).strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && startsNewUnit(piece) && !officeOfBoth(current, piece)) {
                units.add(current.toString());
                current.setLength(0);
                current.append(piece);
            } else {
                current.append(current.length() == 0 ? "" : separators.get(i - 1)).append(piece);
            }
        }
        units.add(current.toString());
        return units.stream().map(UnitPhrases::trimJoiners).filter(u -> !u.isEmpty()).toList();
    }

    /** "Văn phòng HĐND và UBND": the office of both councils is one unit. */
    private static boolean officeOfBoth(CharSequence before, String piece) {
        String b = VietnameseText.fold(before.toString());
        return isOrderer(piece) && (b.startsWith("van phong") || b.endsWith("hdnd") || b.endsWith("hoi dong nhan dan"));
    }

    /**
     * A unit named with no doubt: "các …", a capitalised head, or a head followed by a name
     * ("phòng Văn hóa - Xã hội"). "giao ban" (a briefing) or "ban hành" never are.
     */
    static boolean startsClearly(String text) {
        return startsWithUnit(text) && startsNewUnit(text);
    }

    private static boolean startsNewUnit(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        if (lower.startsWith("các ") || lower.startsWith("những ")) {
            return true;
        }
        if (!startsWithHead(lower)) {
            return false;
        }
        if (Character.isUpperCase(piece.codePointAt(0))) {
            return true;
        }
        String[] words = piece.split("\\s+");
        for (int i = 1; i < words.length && i <= 3; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String trimJoiners(String phrase) {
        String p = phrase.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String tail : List.of(",", ";", "và", "cùng", "-", "với")) {
                if (p.endsWith(" " + tail) || (tail.length() == 1 && p.endsWith(tail))) {
                    p = p.substring(0, p.length() - tail.length()).strip();
                    changed = true;
                }
            }
        }
        return p;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
