// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

/** A hash function for HMAC. */
public enum HmacAlgorithm {
    /** HMAC-SHA-1, for legacy formats only. */
    SHA1("sha1", "HmacSHA1"),
    /** HMAC-SHA-256. */
    SHA256("sha256", "HmacSHA256"),
    /** HMAC-SHA-384. */
    SHA384("sha384", "HmacSHA384"),
    /** HMAC-SHA-512. */
    SHA512("sha512", "HmacSHA512");

    private final String wireName;
    private final String jcaName;

    HmacAlgorithm(String wireName, String jcaName) {
        this.wireName = wireName;
        this.jcaName = jcaName;
    }

    /**
     * Returns the name token format descriptions use for this algorithm.
     *
     * @return the name, such as {@code "sha256"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the standard Java Cryptography Architecture name of this algorithm.
     *
     * @return the name, such as {@code "HmacSHA256"}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * Returns the algorithm with the given name.
     *
     * @param wireName a name as returned by {@link #wireName()}
     * @return the matching algorithm
     * @throws IllegalArgumentException if no algorithm has that name
     */
    public static HmacAlgorithm fromWireName(String wireName) {
        for (HmacAlgorithm algorithm : values()) {
            if (algorithm.wireName.equals(wireName)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown HMAC algorithm: " + wireName);
    }
}
