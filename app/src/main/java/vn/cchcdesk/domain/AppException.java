package vn.cchcdesk.domain;

import java.util.Arrays;

/**
 * A failure the clerk can understand and act on. It carries a message key (resolved to Vietnamese
 * by the UI or the command line) and the values that make the message precise: the file, row,
 * column or field at fault.
 */
public class AppException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public AppException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public AppException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
