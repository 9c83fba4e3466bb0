package org.akhbar.transfer;

/** Why one line of an import file was skipped: a message key of the UI bundle and its arguments. */
final class LineProblem extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    LineProblem(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
