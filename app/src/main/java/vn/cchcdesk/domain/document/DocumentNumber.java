package vn.cchcdesk.domain.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * The number and symbol of a document (Nghị định 30: "Số: 1069/UBND-VHTT").
 *
 * @param number digits as printed ("049" stays "049"), or null when left blank in a draft
 * @param symbol the part after the number in standard form, groups joined by '-' ("QĐ-BNV");
 *               a legal document's year stays in front ("2020/NĐ-CP")
 */
public record DocumentNumber(String number, String symbol) {

    private static final String GROUP = "[\\p{L}\\p{N}&.]+";
    private static final String SYMBOL = GROUP + "(?:-" + GROUP + ")*";
    private static final Pattern PREFIX = Pattern.compile("^(?iu:s[ốoô]\\s*(?:hiệu|hieu)?)\\s*[:.]?\\s*");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([/\\-–])\\s*");
    /** 1069/UBND-VHTT, /UBND-VHXH (blank number), 30/2020/NĐ-CP */
    private static final Pattern STANDARD = Pattern.compile("^(\\d*)/((?:\\d{4}/)?" + SYMBOL + ")$");
    /** 132-KH/UBND: a hyphen after the number and a slash before the issuer */
    private static final Pattern HYPHENATED = Pattern.compile("^(\\d+)-(" + GROUP + ")/(" + SYMBOL + ")$");

    public DocumentNumber {
        number = number == null || number.isBlank() ? null : number.trim();
        if (number != null && !number.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A document number is digits: " + number);
        }
        symbol = VietnameseText.cleanOrNull(symbol);
    }

    /**
     * Reads "Số: 15/QĐ-BNV", "132-KH/UBND", "Số:      /UBND-VHXH" or "1478/SNV-CCHC&VTTLT".
     * Empty when the text is not a number and symbol.
     */
    public static Optional<DocumentNumber> parse(String text) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.empty();
        }
        String compact = SPACED_SEPARATOR.matcher(PREFIX.matcher(cleaned).replaceFirst(""))
                .replaceAll("$1")
                .replace('–', '-');
        Matcher standard = STANDARD.matcher(compact);
        if (standard.matches()) {
            return Optional.of(new DocumentNumber(standard.group(1), standard.group(2)));
        }
        Matcher hyphenated = HYPHENATED.matcher(compact);
        if (hyphenated.matches()) {
            return Optional.of(new DocumentNumber(hyphenated.group(1), hyphenated.group(2) + "-" + hyphenated.group(3)));
        }
        return Optional.empty();
    }

    /** The number as an integer (049 → 49), empty when blank. */
    public Optional<Integer> numberValue() {
        return number == null ? Optional.empty() : Optional.of(Integer.parseInt(number.length() > 9 ? number.substring(number.length() - 9) : number));
    }

    /** The type named by the symbol's first group ("KH-UBND" → Kế hoạch); empty for a công văn. */
    public Optional<DocumentType> typeFromSymbol() {
        if (symbol == null) {
            return Optional.empty();
        }
        String groups = symbol.contains("/") ? symbol.substring(symbol.lastIndexOf('/') + 1) : symbol;
        return DocumentType.ofAbbreviation(groups.split("-")[0]);
    }

    /** "1069/UBND-VHTT"; a blank number prints as nothing before the slash ("/UBND-VHXH"). */
    public String format() {
        return (number == null ? "" : number) + "/" + (symbol == null ? "" : symbol);
    }

    /**
     * The symbol of a document this commune issues: type abbreviation then issuer ("KH-UBND"),
     * or for a công văn the issuer then the drafting unit ("UBND-VHXH").
     */
    public static String symbolFor(DocumentType type, String issuerAbbr, String draftingUnitAbbr) {
        return type.abbreviation()
                .map(abbr -> abbr + "-" + issuerAbbr)
                .orElse(issuerAbbr + "-" + draftingUnitAbbr);
    }

    @Override
    public String toString() {
        return format();
    }
}
