package vn.cchcdesk.report;

import vn.cchcdesk.i18n.Messages;

/** Enum labels of reports: the key "prefix.CONSTANT" (MessagesTest checks every constant has one). */
public final class Labels {

    private Labels() {
    }

    public static String of(String prefix, Enum<?> constant) {
        return Messages.get(prefix + "." + constant.name());
    }
}
