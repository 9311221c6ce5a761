// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

/**
 * Why an embed token could not be signed, verified or obtained from the vendor.
 *
 * <p>The same vocabulary is used by every embedseal SDK, whatever its language; {@link
 * #wireName()} gives the shared spelling, suitable for logs and metrics.
 */
public enum ErrorCode {
    /** The token or one of its parts is not well formed. */
    MALFORMED("malformed"),
    /** The signature does not match the content. */
    BAD_SIGNATURE("bad_signature"),
    /** The token names an algorithm this format does not accept. */
    ALG_NOT_ALLOWED("alg_not_allowed"),
    /** The token's expiry time has passed. */
    EXPIRED("expired"),
    /** The token is not valid yet. */
    NOT_YET_VALID("not_yet_valid"),
    /** The token is valid for longer than the format allows. */
    LIFETIME_TOO_LONG("lifetime_too_long"),
    /** A required claim is absent. */
    MISSING_CLAIM("missing_claim"),
    /** A claim has the wrong type or value. */
    INVALID_CLAIM("invalid_claim"),
    /** The caller passed a value that cannot be signed. */
    INVALID_INPUT("invalid_input"),
    /** The secret is empty or cannot be decoded. */
    INVALID_KEY("invalid_key"),
    /** The secret is shorter than the format requires. */
    WEAK_KEY("weak_key"),
    /** The vendor refused the request as malformed (HTTP 400, and other 4xx). */
    INVALID_REQUEST("invalid_request"),
    /** The vendor did not accept the credential (HTTP 401). */
    UNAUTHORIZED("unauthorized"),
    /** The vendor refused access (HTTP 403). */
    FORBIDDEN("forbidden"),
    /** The vendor does not know what was asked for (HTTP 404). */
    NOT_FOUND("not_found"),
    /** Too many requests (HTTP 429); see {@link EmbedsealException#retryAfter()}. */
    RATE_LIMITED("rate_limited"),
    /** The vendor failed (HTTP 5xx) or could not be reached. */
    UPSTREAM_ERROR("upstream_error"),
    /** No complete answer within the timeout. */
    TIMEOUT("timeout"),
    /** The vendor's answer is not as the format describes. */
    BAD_RESPONSE("bad_response");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the language-neutral name of this code, such as {@code "bad_signature"}.
     *
     * @return the shared spelling of this code
     */
    public String wireName() {
        return wireName;
    }
}
