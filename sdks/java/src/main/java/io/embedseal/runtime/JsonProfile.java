// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.Objects;

/**
 * How one token format writes JSON: separators, escaping and key order.
 *
 * <p>A profile reproduces Python's {@code json.dumps(value, separators=(itemSeparator,
 * keySeparator), ensure_ascii=asciiOnly, sort_keys=sortKeys)} byte for byte.
 *
 * @param itemSeparator written between array items and between object members, such as {@code ","}
 * @param keySeparator written between an object key and its value, such as {@code ":"}
 * @param asciiOnly whether every character above U+007E is written as an ASCII Unicode escape
 * @param sortKeys whether object keys are sorted by code point at every depth
 */
public record JsonProfile(
        String itemSeparator, String keySeparator, boolean asciiOnly, boolean sortKeys) {

    /** No spaces, raw UTF-8, keys in their given order. */
    public static final JsonProfile COMPACT = new JsonProfile(",", ":", false, false);

    /**
     * Creates a profile.
     *
     * @param itemSeparator written between array items and between object members
     * @param keySeparator written between an object key and its value
     * @param asciiOnly whether every character above U+007E is written as an ASCII Unicode escape
     * @param sortKeys whether object keys are sorted by code point at every depth
     * @throws NullPointerException if a separator is {@code null}
     */
    public JsonProfile {
        Objects.requireNonNull(itemSeparator, "itemSeparator");
        Objects.requireNonNull(keySeparator, "keySeparator");
    }
}
