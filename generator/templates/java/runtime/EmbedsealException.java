package io.embedseal.runtime;

import java.util.Objects;

/**
 * Thrown when a token cannot be signed or verified.
 *
 * <p>Branch on {@link #code()}; the message is meant for humans, names what is wrong and where,
 * and never contains a secret.
 */
public final class EmbedsealException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The reason, from the vocabulary shared by all embedseal SDKs. */
    private final ErrorCode code;

    /**
     * Creates an exception with the given reason and detail.
     *
     * @param code the reason
     * @param message what is wrong and where; must not contain a secret
     */
    public EmbedsealException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with the given reason, detail and underlying cause.
     *
     * @param code the reason
     * @param message what is wrong and where; must not contain a secret
     * @param cause the exception that revealed the problem
     */
    public EmbedsealException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns why the operation failed.
     *
     * @return the machine-readable reason
     */
    public ErrorCode code() {
        return code;
    }
}
