// Code generated from the embedseal runtime — do not edit.

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

    /** The vendor's HTTP status, for exchange failures that have one (0 otherwise). */
    private final int status;

    /** The vendor's Retry-After in seconds, for rate-limited answers that sent one. */
    private final Long retryAfter;

    /**
     * Creates an exception with the given reason and detail.
     *
     * @param code the reason
     * @param message what is wrong and where; must not contain a secret
     */
    public EmbedsealException(ErrorCode code, String message) {
        this(code, message, 0, null);
    }

    /**
     * Creates an exception for a vendor's answer: the reason, the detail, the HTTP status and
     * the Retry-After the vendor sent.
     *
     * @param code the reason
     * @param message what is wrong; must not contain a secret or a token
     * @param status the vendor's HTTP status
     * @param retryAfter seconds to wait before trying again, or null
     */
    public EmbedsealException(ErrorCode code, String message, int status, Long retryAfter) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
        this.retryAfter = retryAfter;
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
        this.status = 0;
        this.retryAfter = null;
    }

    /**
     * Returns why the operation failed.
     *
     * @return the machine-readable reason
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * Returns the vendor's HTTP status, for exchange failures that have one.
     *
     * @return the status, or 0
     */
    public int status() {
        return status;
    }

    /**
     * Returns how long the vendor asked to wait, for {@link ErrorCode#RATE_LIMITED} answers that
     * sent a Retry-After header.
     *
     * @return seconds, or null
     */
    public Long retryAfter() {
        return retryAfter;
    }
}
