// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

/** How a configured secret's text turns into key bytes. */
public enum SecretEncoding {
    /** The UTF-8 bytes of the text itself. */
    UTF8("utf8"),
    /** Hexadecimal of either case, even length. */
    HEX("hex"),
    /** Base64 with the standard alphabet; padding required. */
    BASE64("base64"),
    /** Base64 with the URL-safe alphabet; padding optional. */
    BASE64URL("base64url");

    private final String wireName;

    SecretEncoding(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name token format descriptions use for this encoding.
     *
     * @return the name, such as {@code "base64url"}
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
    public static SecretEncoding fromWireName(String wireName) {
        for (SecretEncoding encoding : values()) {
            if (encoding.wireName.equals(wireName)) {
                return encoding;
            }
        }
        throw new IllegalArgumentException("unknown secret encoding: " + wireName);
    }
}
