package vn.cchcdesk.domain.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Who the commune is and who signs: fills the headers, symbols and signature blocks of
 * everything the app writes.
 *
 * @param communeName      with its kind, as headers print it: "xã Định Tân", "phường Ba Đình"
 * @param placeName        the place of the date line, usually the commune's name
 * @param issuerAbbr       issuer group of symbols: UBND in "42/KH-UBND"
 * @param draftingUnitAbbr drafting unit of letters: VHXH in "/UBND-VHXH"
 * @param signerCapacity   "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or empty
 * @param preparerName     the person who prepares tables ("Người lập biểu"), often the clerk
 */
public record CommuneSettings(String communeName, String provinceName, String placeName, String issuerAbbr,
                              String draftingUnitAbbr, String signerCapacity, String signerTitle, String signerName,
                              String preparerName) {

    private static final Pattern KIND_PREFIX = Pattern.compile("^(?iu:xã|phường|thị trấn|đặc khu)\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{Lu}\\p{N}&]+(?:-[\\p{Lu}\\p{N}&]+)*");

    public CommuneSettings {
        communeName = VietnameseText.clean(communeName);
        provinceName = VietnameseText.clean(provinceName);
        placeName = VietnameseText.cleanOrNull(placeName) == null ? placeOf(communeName) : VietnameseText.clean(placeName);
        issuerAbbr = VietnameseText.cleanOrNull(issuerAbbr) == null ? "UBND" : VietnameseText.clean(issuerAbbr);
        draftingUnitAbbr = VietnameseText.cleanOrNull(draftingUnitAbbr) == null ? "VHXH" : VietnameseText.clean(draftingUnitAbbr);
        signerCapacity = VietnameseText.cleanOrNull(signerCapacity);
        signerTitle = VietnameseText.clean(signerTitle);
        signerName = VietnameseText.clean(signerName);
        preparerName = VietnameseText.cleanOrNull(preparerName);
    }

    /** The place of the date line: the commune's name without "xã", "phường" or "thị trấn". */
    public static String placeOf(String communeName) {
        if (communeName == null) {
            return null;
        }
        return KIND_PREFIX.matcher(communeName).replaceFirst("");
    }

    /** What a fresh setup starts from: the usual abbreviations and signer title. */
    public static CommuneSettings blank() {
        return new CommuneSettings("", "", "", "UBND", "VHXH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", null);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        required(problems, "communeName", communeName, 200);
        required(problems, "provinceName", provinceName, 200);
        required(problems, "placeName", placeName, 200);
        required(problems, "signerTitle", signerTitle, 100);
        required(problems, "signerName", signerName, 100);
        abbreviation(problems, "issuerAbbr", issuerAbbr);
        abbreviation(problems, "draftingUnitAbbr", draftingUnitAbbr);
        if (signerCapacity != null && signerCapacity.length() > 100) {
            problems.add(Problem.of("signerCapacity", "validation.tooLong", 100));
        }
        if (preparerName != null && preparerName.length() > 100) {
            problems.add(Problem.of("preparerName", "validation.tooLong", 100));
        }
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(Problem.of(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
        }
    }

    private static void abbreviation(List<Problem> problems, String field, String value) {
        if (value.length() > 30) {
            problems.add(Problem.of(field, "validation.tooLong", 30));
        } else if (!ABBREVIATION.matcher(value).matches()) {
            problems.add(Problem.of(field, "validation.abbreviation"));
        }
    }
}
