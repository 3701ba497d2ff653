package vn.cchcdesk.intake.sheet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * The identity of an imported row: SHA-256 of its normalised content (date, unit, form, title and
 * link folded, the counts). The same row in a re-sent file, however its cells were typed ("Hội
 * ND" or the full name, 05/03/2026 as text or as a date), has the same key, so it is never
 * imported twice. Notes are left out: a note added later does not make a new activity.
 */
final class RowKeys {

    private RowKeys() {
    }

    static String of(Activity a) {
        String normalised = String.join("|", a.date().toString(), String.valueOf(a.unitId()), String.valueOf(a.formId()),
                VietnameseText.fold(a.title()), Integer.toString(a.quantity()), String.valueOf(a.durationMinutes()),
                String.valueOf(a.participants()), VietnameseText.fold(a.link() == null ? "" : a.link()));
        MessageDigest digest = DIGEST.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
}
