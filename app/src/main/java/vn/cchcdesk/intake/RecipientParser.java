package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two recipient lists: "Kính gửi:" (addressees) and "Nơi nhận:" (copies). Items are written
 * one per line with "-" (or run on after the colon), end with ";" or "."; an item wrapped onto a
 * second line goes on in lower case.
 */
final class RecipientParser {

    /** An item of a flattened closing followed by the signer's upper-case title: "- Như trên; PHÓ CHỦ TỊCH". */
    private static final Pattern TRAILING_TITLE = Pattern.compile("^(.*?[;.,)])\\s+(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+)$");
    private static final Pattern INLINE_ITEMS = Pattern.compile("\\s*;\\s*(?:[-+•]\\s*)?|^\\s*[-+•]\\s*");

    /** A list and where it ends in the segments. */
    record Items(List<String> items, int end) {
    }

    private RecipientParser() {
    }

    /**
     * The items of the list opening at {@code start} ("Kính gửi: …" or "Nơi nhận: …").
     *
     * @param label KINH_GUI or NOI_NHAN
     */
    static Items list(List<Segment> segments, int start, Pattern label) {
        List<String> items = new ArrayList<>();
        Segment opening = segments.get(start);
        Matcher m = label.matcher(opening.text());
        if (!m.lookingAt()) {
            return new Items(items, start);
        }
        String inline = opening.text().substring(m.end()).strip();
        boolean lastClosed = true;
        if (Lexicon.CAPACITY.matcher(inline).lookingAt() || Lexicon.isUpperCaseLine(inline)) {
            inline = ""; // "Nơi nhận: KT. CHỦ TỊCH": the signature column flattened beside the label
        }
        if (!inline.isEmpty()) {
            for (String item : INLINE_ITEMS.split(inline)) {
                addItem(items, item);
            }
            lastClosed = Lexicon.endsSentence(inline);
        }
        int i = start + 1;
        for (; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String text = segment.text();
            if (segment.isTable() || text.isEmpty()) {
                break;
            }
            if (label == Lexicon.NOI_NHAN && (Lexicon.CAPACITY.matcher(text).lookingAt() || Lexicon.isUpperCaseLine(text))) {
                continue; // the signature column, read between the lines of the list
            }
            if (Lexicon.BULLET.matcher(text).lookingAt()) {
                addItem(items, withoutTitle(text));
                lastClosed = Lexicon.endsSentence(text);
            } else if (!lastClosed && Lexicon.startsWithLowerCase(text) && !items.isEmpty()) {
                // the second line of a wrapped item
                items.set(items.size() - 1, Lexicon.trimEnd(items.get(items.size() - 1) + " " + text));
                lastClosed = Lexicon.endsSentence(text);
            } else if (label == Lexicon.KINH_GUI && items.isEmpty() && !Lexicon.BODY_START.matcher(text).lookingAt()
                    && text.split("\\s+").length <= 20 && !Lexicon.isUpperCaseLine(text)) {
                // "Kính gửi:" with the addressee on the next line and no dash
                addItem(items, text);
                lastClosed = Lexicon.endsSentence(text);
            } else {
                break;
            }
        }
        return new Items(items, i);
    }

    private static String withoutTitle(String text) {
        Matcher m = TRAILING_TITLE.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    private static void addItem(List<String> items, String raw) {
        String item = Lexicon.trimEnd(Lexicon.BULLET.matcher(raw.strip()).replaceFirst(""));
        if (!item.isEmpty()) {
            items.add(item);
        }
    }
}
