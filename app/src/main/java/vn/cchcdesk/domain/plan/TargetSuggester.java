package vn.cchcdesk.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Finds targets in a plan's text: a quantity per period ("tối thiểu 02 lần/tháng", "03 tin,
 * bài/quý", "ít nhất 01 cuộc thi mỗi năm") and the publicity form its sentence names ("phát
 * chuyên mục CCHC trên đài truyền thanh", "đăng trên Trang thông tin điện tử"). The form is the
 * one whose words occur nearest before the quantity in the same sentence. Works on folded text, so
 * accents and case do not matter. The clerk accepts or discards each suggestion.
 */
public final class TargetSuggester {

    private static final String PERIOD = "(thang|quy|nam)";
    /** "02 lần/tháng", "03 tin, bài/quý", "2 chương trình / tháng", "01 lần trong 1 quý" is not handled. */
    private static final Pattern PER_SLASH = Pattern.compile("(?<![\\d.,])(\\d{1,4})(?![\\d.,]\\d)\\s*([a-z, ]{0,40}?)\\s*/\\s*(?:1\\s+)?" + PERIOD + "\\b");
    /** "02 tin bài mỗi tháng", "01 cuộc thi hằng năm", "ít nhất 4 buổi trong mỗi quý". */
    private static final Pattern PER_WORD = Pattern.compile("(?<![\\d.,])(\\d{1,4})(?![\\d.,]\\d)\\s*([a-z, ]{0,40}?)\\s+(?:trong\\s+)?(?:moi|hang|mot)\\s+" + PERIOD + "\\b");
    /** "mỗi tháng ít nhất 02 tin bài": the period first. */
    private static final Pattern PERIOD_FIRST = Pattern.compile("\\b(?:moi|hang)\\s+" + PERIOD + "\\s*,?\\s*(?:toi thieu|it nhat|khong it hon)\\s+(\\d{1,4})\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");
    /** A line that opens an item of the plan: "1.", "2.3.", "II.", "a)". */
    private static final Pattern ITEM_START = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.|[IVX]+\\.|[a-zđ]\\))\\s");
    private static final int LOOK_BACK = 6;

    /** Words that name each shipped form (by code) in directives, folded. */
    private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("RADIO", List.of("phat thanh", "truyen thanh", "loa", "dai xa"));
        KEYWORDS.put("WEBSITE", List.of("trang thong tin dien tu", "cong thong tin dien tu", "website", "trang ttdt", "cong ttdt"));
        KEYWORDS.put("SOCIAL", List.of("mang xa hoi", "zalo", "facebook", "fanpage"));
        KEYWORDS.put("VIDEO", List.of("video", "youtube", "tiktok", "phong su"));
        KEYWORDS.put("INFOGRAPHIC", List.of("infographic", "podcast"));
        KEYWORDS.put("EBOARD", List.of("bang dien tu", "man hinh dien tu", "man hinh led", "bang led"));
        KEYWORDS.put("BANNER", List.of("pano", "ap phich", "bang ron", "bang zon", "khau hieu", "bang gon"));
        KEYWORDS.put("CONFERENCE", List.of("hoi nghi", "hoi thao", "tap huan", "boi duong"));
        KEYWORDS.put("MEETING", List.of("sinh hoat chuyen de", "giao ban", "hop thon", "hop to dan pho"));
        KEYWORDS.put("CONTEST", List.of("cuoc thi", "hoi thi"));
        KEYWORDS.put("LEAFLET", List.of("to roi", "to gap", "ban tin", "an pham", "so tay"));
        KEYWORDS.put("DIALOGUE", List.of("doi thoai"));
    }

    private TargetSuggester() {
    }

    public static List<TargetSuggestion> suggest(String planText, List<PublicityForm> forms) {
        if (planText == null || planText.isBlank()) {
            return List.of();
        }
        List<TargetSuggestion> found = new ArrayList<>();
        List<String> lines = List.of(VietnameseText.nfc(planText).split("\\R"));
        for (int i = 0; i < lines.size(); i++) {
            for (String sentence : SENTENCE_END.split(lines.get(i))) {
                String written = VietnameseText.clean(sentence);
                String folded = VietnameseText.fold(written);
                for (Quantity q : quantities(folded)) {
                    Long formId = formNamed(folded, q.at(), forms);
                    String source = written;
                    if (formId == null) {
                        // "1. Tuyên truyền trên hệ thống truyền thanh" … "- Thời gian: tối thiểu 02 lần/tháng"
                        String heading = headingBefore(lines, i, forms);
                        if (heading != null) {
                            formId = formNamed(VietnameseText.fold(heading), Integer.MAX_VALUE, forms);
                            source = heading + " … " + written;
                        }
                    }
                    if (formId != null && q.amount() > 0) {
                        TargetSuggestion s = new TargetSuggestion(formId, q.amount(), q.per(), source);
                        if (found.stream().noneMatch(f -> f.formId() == s.formId() && f.per() == s.per())) {
                            found.add(s);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The nearest line above that names a form, looking back through the item the line belongs
     * to: at most {@value #LOOK_BACK} lines, and not past the line that opens the item ("1. …").
     */
    private static String headingBefore(List<String> lines, int index, List<PublicityForm> forms) {
        for (int j = index - 1; j >= 0 && j >= index - LOOK_BACK; j--) {
            String line = VietnameseText.clean(lines.get(j));
            if (!line.isEmpty() && formNamed(VietnameseText.fold(line), Integer.MAX_VALUE, forms) != null) {
                return line;
            }
            if (ITEM_START.matcher(line).find()) {
                return null;
            }
        }
        return null;
    }

    private record Quantity(int amount, TargetPeriod per, int at) {
    }

    private static List<Quantity> quantities(String folded) {
        List<Quantity> list = new ArrayList<>();
        for (Pattern pattern : List.of(PER_SLASH, PER_WORD)) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                list.add(new Quantity(Integer.parseInt(m.group(1)), period(m.group(3)), m.start()));
            }
        }
        Matcher m = PERIOD_FIRST.matcher(folded);
        while (m.find()) {
            list.add(new Quantity(Integer.parseInt(m.group(2)), period(m.group(1)), m.start()));
        }
        list.sort(java.util.Comparator.comparingInt(Quantity::at));
        return list;
    }

    private static TargetPeriod period(String word) {
        return switch (word) {
            case "thang" -> TargetPeriod.MONTH;
            case "quy" -> TargetPeriod.QUARTER;
            default -> TargetPeriod.YEAR;
        };
    }

    /** The form named nearest before position {@code at} in the sentence, else the one named nearest after it. */
    private static Long formNamed(String folded, int at, List<PublicityForm> forms) {
        Long before = null;
        int beforeAt = -1;
        Long after = null;
        int afterAt = Integer.MAX_VALUE;
        for (PublicityForm form : forms) {
            if (form.id() == null || !form.active()) {
                continue;
            }
            List<String> words = new ArrayList<>(KEYWORDS.getOrDefault(form.code(), List.of()));
            words.add(VietnameseText.fold(form.name()));
            for (String word : words) {
                for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
                    if (!isWordAt(folded, i, word.length())) {
                        continue;
                    }
                    if (i < at && i > beforeAt) {
                        beforeAt = i;
                        before = form.id();
                    } else if (i >= at && i < afterAt) {
                        afterAt = i;
                        after = form.id();
                    }
                }
            }
        }
        return before != null ? before : after;
    }

    /** "loa" in "đài, loa" but not in "các loại". */
    private static boolean isWordAt(String text, int start, int length) {
        int end = start + length;
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
