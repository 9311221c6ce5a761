// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

/** A text form for binary data such as signatures. */
public enum ByteEncoding {
    /** Lowercase hexadecimal. */
    HEX("hex"),
    /** Base64 with the standard alphabet, padded (RFC 4648 section 4). */
    BASE64("base64"),
    /** Base64 with the URL-safe alphabet, padded (RFC 4648 section 5). */
    BASE64URL("base64url"),
    /** Base64 with the URL-safe alphabet and no padding, as in JWTs. */
    BASE64URL_NOPAD("base64url-nopad");

    private final String wireName;

    ByteEncoding(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name token format descriptions use for this encoding.
     *
     * @return the name, such as {@code "base64url-nopad"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the encoding with the given name.
     *
     * @param wireName a name as returned by {@link #wireName()}
     * @return the matching encoding
     * @throws IllegalArgumentException if no encoding has that name
     */
    public static ByteEncoding fromWireName(String wireName) {
        for (ByteEncoding encoding : values()) {
            if (encoding.wireName.equals(wireName)) {
                return encoding;
            }
        }
        throw new IllegalArgumentException("unknown byte encoding: " + wireName);
    }
}
