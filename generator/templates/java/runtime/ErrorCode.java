package io.embedseal.runtime;

/**
 * Why an embed token could not be signed or verified.
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
    WEAK_KEY("weak_key");

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
