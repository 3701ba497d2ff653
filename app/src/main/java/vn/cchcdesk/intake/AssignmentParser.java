package vn.cchcdesk.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Reads who is to do what from the body of a directive (DOMAIN.md §4). The body is an outline:
 * numbered headings and items open sections, bullets are items. A task's units come, in this
 * order, from:
 * <ol>
 * <li>a label before a colon: "Giao X: …", "Đề nghị X: …" (REQUESTED), "Phòng X: …";</li>
 * <li>the item's own subject: "X chủ trì, phối hợp với Y …", "X, Z thường xuyên …";</li>
 * <li>the section it stands in: a heading naming a unit ("2.1. Phòng Văn hóa - Xã hội",
 * "2.6. Đề nghị …"), or the last lead-in of the section: a sentence ending in ":" that orders
 * units ("… yêu cầu các phòng chuyên môn, trung tâm … sau đây:") or has them as subject.</li>
 * </ol>
 * Units named after "phối hợp với" are SUPPORT, with the whole item as task when named in its
 * first sentence, else that sentence alone. "Thời gian thực hiện: …" lines give the time frame of
 * the section's tasks that have none of their own; a time frame inside a task's text wins.
 */
final class AssignmentParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(giao(?:\\s+cho)?|đề\\s+nghị|yêu\\s+cầu)\\s+)?([^:]{3,}?)\\s*:\\s*(.*)$", FLAGS | Pattern.DOTALL);
    private static final Pattern LEAD_IN_VERB = Pattern.compile("(?<![\\p{L}])(yêu\\s+cầu|đề\\s+nghị|giao)\\s+(?:cho\\s+)?", FLAGS);
    /** "yêu cầu Thủ trưởng các cơ quan, đơn vị …": the heads stand for their units. */
    private static final Pattern HEADS_OF = Pattern.compile("^(?:thủ\\s+trưởng|lãnh\\s+đạo|người\\s+đứng\\s+đầu)\\s+(?=các\\s)", FLAGS);
    private static final Pattern SUPPORT = Pattern.compile("(?<![\\p{L}])phối\\s+hợp\\s+(?:chặt\\s+chẽ\\s+)?(?:với|cùng)\\s+", FLAGS);
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^(?:(?:đơn\\s+vị|cơ\\s+quan|bộ\\s+phận)\\s+)?(chủ\\s+trì|thực\\s+hiện|phối\\s+hợp|chịu\\s+trách\\s+nhiệm)(?:\\s+thực\\s+hiện)?\\s*:\\s*(.+)$", FLAGS);
    private static final Pattern INLINE_ROLE = Pattern.compile(
            "(?<![\\p{L}])(?:đơn\\s+vị|cơ\\s+quan)\\s+(chủ\\s+trì|thực\\s+hiện|phối\\s+hợp)\\s*:\\s*([^;.]+)", FLAGS);
    private static final Pattern FORMULA = Pattern.compile("^(?:Trên\\s+đây|Trong\\s+quá\\s+trình\\s+(?:thực\\s+hiện|triển\\s+khai)|Quá\\s+trình\\s+thực\\s+hiện)", FLAGS);
    private static final int MAX_HEADING_WORDS = 20;
    private static final int MAX_LABEL_WORDS = 30;

    private record Context(List<String> units, AssignmentRole role) {
    }

    /** A section of the outline: a heading or a numbered item, and what it says about units. */
    private static final class Frame {
        final int level;
        final String heading;
        final String title;
        final Context units;
        Context leadIn;
        final int firstAssignment;

        Frame(int level, String heading, String title, Context units, int firstAssignment) {
            this.level = level;
            this.heading = heading;
            this.title = title;
            this.units = units;
            this.firstAssignment = firstAssignment;
        }
    }

    private final List<ExtractedAssignment> out = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final int year;

    private AssignmentParser(int year) {
        this.year = year;
        frames.push(new Frame(0, null, null, null, 0));
    }

    static List<ExtractedAssignment> parse(List<Segment> body, int year) {
        AssignmentParser parser = new AssignmentParser(year);
        for (Segment segment : body) {
            parser.accept(segment);
        }
        return parser.out;
    }

    private void accept(Segment segment) {
        if (segment.isTable()) {
            out.addAll(TaskTableParser.parse(segment.table(), year, section()));
            return;
        }
        String text = segment.text();
        if (text.isEmpty() || Lexicon.CLOSING_MARK.matcher(text).find() || FORMULA.matcher(text).lookingAt()) {
            return;
        }
        String bare = Lexicon.withoutMarker(text);
        Matcher timeframe = Lexicon.TIMEFRAME_LABEL.matcher(bare);
        if (timeframe.lookingAt()) {
            applyTimeframe(Lexicon.trimEnd(bare.substring(timeframe.end())));
            return;
        }
        Matcher role = ROLE_LINE.matcher(bare);
        if (role.matches() && UnitPhrases.startsWithUnit(role.group(2).strip())) {
            applyRoleLine(role.group(1), role.group(2));
            return;
        }
        int level = Outline.level(text);
        if (level > 0) {
            while (frames.size() > 1 && frames.peek().level >= level) {
                frames.pop();
            }
            if (isHeading(bare)) {
                String title = Lexicon.trimEnd(bare);
                frames.push(new Frame(level, text, title, headingUnits(title), out.size()));
                return;
            }
            frames.push(new Frame(level, null, bare, null, out.size()));
        } else if (Lexicon.isUpperCaseLine(text)) {
            return; // "QUYẾT ĐỊNH:" above a decision's articles
        }
        item(bare);
    }

    /** A heading is short, has no final full stop, and is a topic or a unit's name, not a sentence with a subject. */
    private static boolean isHeading(String bare) {
        String title = bare.endsWith(":") ? bare.substring(0, bare.length() - 1) : bare;
        if (title.split("\\s+").length > MAX_HEADING_WORDS || title.endsWith(".") || title.endsWith(";")) {
            return false;
        }
        if (bare.endsWith(":") && UnitPhrases.leadingPhrase(title).isPresent()) {
            return false; // "1. Các phòng … căn cứ chức năng, cụ thể:" is a lead-in with a subject
        }
        return Lexicon.isUpperCaseLine(title) || !UnitPhrases.startsWithUnit(title)
                || UnitPhrases.predicateStart(title) == title.length();
    }

    private static Context headingUnits(String title) {
        if (Lexicon.isUpperCaseLine(title)) {
            return null;
        }
        Matcher label = Pattern.compile("^(giao|đề\\s+nghị)\\s+(.+)$", FLAGS).matcher(title);
        if (label.matches()) {
            return new Context(List.of(label.group(2).strip()), roleOf(label.group(1)));
        }
        if (UnitPhrases.startsWithUnit(title) && UnitPhrases.predicateStart(title) == title.length()) {
            return new Context(List.of(title), AssignmentRole.LEAD);
        }
        return null;
    }

    private void item(String bare) {
        Frame frame = frames.peek();
        List<String> leads = new ArrayList<>();
        AssignmentRole role = AssignmentRole.LEAD;
        String task = bare;
        Matcher label = LABEL.matcher(bare);
        Optional<String> subject = UnitPhrases.leadingPhrase(bare).filter(p -> !UnitPhrases.isOrderer(p));
        if (label.matches() && isUnitLabel(label.group(1), label.group(2))) {
            role = label.group(1) == null ? AssignmentRole.LEAD : roleOf(label.group(1));
            if (label.group(3).isBlank()) {
                frame.leadIn = new Context(List.of(label.group(2).strip()), role);
                return;
            }
            leads.add(label.group(2).strip());
            task = label.group(3).strip();
        } else if (subject.isPresent()) {
            leads.addAll(UnitPhrases.split(subject.get()));
            if (bare.endsWith(":")) {
                frame.leadIn = new Context(List.of(subject.get()), AssignmentRole.LEAD);
            }
        } else if (orders(bare, frame, leads)) {
            role = roleOf(orderVerb(bare));
            if (leads.isEmpty()) {
                return;
            }
        } else if (!CitationParser.opensWithCitation(bare) && context() != null) {
            leads.addAll(context().units());
            role = context().role();
        } else {
            inlineRoles(bare);
            return;
        }
        add(leads, role, task);
    }

    /** "Giao X:", "Đề nghị X:", or a label that is a unit's name and nothing more ("Phòng Kinh tế:"). */
    private static boolean isUnitLabel(String verb, String label) {
        String l = label.strip();
        if (l.split("\\s+").length > MAX_LABEL_WORDS || !UnitPhrases.startsWithUnit(l)) {
            return false;
        }
        return verb != null || UnitPhrases.predicateStart(l) == l.length();
    }

    /**
     * "… yêu cầu X …": ending in ":" the sentence is a lead-in whose units the following items
     * take; otherwise it orders X to do what it says.
     */
    private boolean orders(String bare, Frame frame, List<String> leads) {
        Matcher verb = LEAD_IN_VERB.matcher(bare);
        while (verb.find()) {
            String after = HEADS_OF.matcher(bare.substring(verb.end())).replaceFirst("");
            Optional<String> phrase = UnitPhrases.startsClearly(after) ? UnitPhrases.leadingPhrase(after) : Optional.empty();
            if (phrase.isEmpty()) {
                continue;
            }
            if (bare.endsWith(":")) {
                frame.leadIn = new Context(List.of(phrase.get()), roleOf(verb.group(1)));
            } else {
                leads.addAll(UnitPhrases.split(phrase.get()));
            }
            return true;
        }
        return false;
    }

    private static String orderVerb(String bare) {
        Matcher verb = LEAD_IN_VERB.matcher(bare);
        return verb.find() ? verb.group(1) : "giao";
    }

    /** The units the current sections give an unlabelled item: the innermost lead-in or unit heading. */
    private Context context() {
        for (Frame frame : frames) {
            if (frame.leadIn != null) {
                return frame.leadIn;
            }
            if (frame.units != null) {
                return frame.units;
            }
        }
        return null;
    }

    /** "Tổ chức hội nghị …; đơn vị chủ trì: Phòng Văn hóa - Xã hội; đơn vị phối hợp: …". */
    private void inlineRoles(String bare) {
        Matcher m = INLINE_ROLE.matcher(bare);
        if (!m.find()) {
            return;
        }
        String task = Lexicon.trimEnd(bare.substring(0, m.start()));
        if (task.isEmpty()) {
            return;
        }
        int first = out.size();
        do {
            AssignmentRole role = VietnameseText.fold(m.group(1)).startsWith("phoi") ? AssignmentRole.SUPPORT : AssignmentRole.LEAD;
            for (String unit : UnitPhrases.split(Lexicon.trimEnd(m.group(2)))) {
                out.add(new ExtractedAssignment(unit, role, task, Timeframe.none(), section()));
            }
        } while (m.find());
        InlineTimeframes.find(bare).ifPresent(tf -> setTimeframe(first, tf, true));
    }

    private void add(List<String> leads, AssignmentRole role, String task) {
        int first = out.size();
        for (String lead : leads) {
            out.add(new ExtractedAssignment(lead, role, task, Timeframe.none(), section()));
        }
        List<String> sentences = Sentences.split(task);
        for (int i = 0; i < sentences.size(); i++) {
            Matcher support = SUPPORT.matcher(sentences.get(i));
            while (support.find()) {
                Optional<String> phrase = UnitPhrases.leadingPhrase(sentences.get(i).substring(support.end()));
                if (phrase.isEmpty()) {
                    continue;
                }
                for (String unit : UnitPhrases.split(phrase.get())) {
                    if (leads.stream().noneMatch(l -> VietnameseText.fold(l).equals(VietnameseText.fold(unit)))) {
                        out.add(new ExtractedAssignment(unit, AssignmentRole.SUPPORT, i == 0 ? task : sentences.get(i),
                                Timeframe.none(), section()));
                    }
                }
            }
        }
        InlineTimeframes.find(task).ifPresent(tf -> setTimeframe(first, tf, true));
    }

    /** "- Đơn vị chủ trì: X" under a numbered task: the task is the heading or item above. */
    private void applyRoleLine(String roleWord, String units) {
        Frame frame = frames.peek();
        if (frame.title == null) {
            return;
        }
        AssignmentRole role = VietnameseText.fold(roleWord).startsWith("phoi") ? AssignmentRole.SUPPORT : AssignmentRole.LEAD;
        for (String unit : UnitPhrases.split(Lexicon.trimEnd(units))) {
            out.add(new ExtractedAssignment(unit, role, frame.title, Timeframe.none(), section()));
        }
    }

    private void applyTimeframe(String text) {
        if (!text.isEmpty()) {
            setTimeframe(frames.peek().firstAssignment, text, false);
        }
    }

    private void setTimeframe(int from, String text, boolean override) {
        Timeframe timeframe = Timeframe.parse(text, year);
        for (int i = from; i < out.size(); i++) {
            if (override || out.get(i).timeframe().isNone()) {
                out.set(i, out.get(i).withTimeframe(timeframe));
            }
        }
    }

    private String section() {
        for (Frame frame : frames) {
            if (frame.heading != null) {
                return frame.heading;
            }
        }
        return null;
    }

    private static AssignmentRole roleOf(String verb) {
        return verb != null && VietnameseText.fold(verb).startsWith("de nghi") ? AssignmentRole.REQUESTED : AssignmentRole.LEAD;
    }
}
