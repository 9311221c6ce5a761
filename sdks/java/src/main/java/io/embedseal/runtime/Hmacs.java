// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC computation and constant-time comparison of MACs. */
public final class Hmacs {
    /**
     * Stands in for an empty key, which {@link SecretKeySpec} refuses. HMAC pads every key with
     * zero bytes to the hash's block size, so the two keys give identical MACs.
     */
    private static final byte[] EMPTY_KEY_EQUIVALENT = {0};

    private Hmacs() {}

    /**
     * Computes the HMAC of {@code message} under {@code key}.
     *
     * @param algorithm the hash function
     * @param key the key bytes
     * @param message the bytes to authenticate
     * @return the MAC
     */
    public static byte[] hmac(HmacAlgorithm algorithm, byte[] key, byte[] message) {
        byte[] keyBytes = key.length == 0 ? EMPTY_KEY_EQUIVALENT : key;
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(keyBytes, algorithm.jcaName()));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every Java SE implementation must provide these algorithms.
            throw new IllegalStateException(algorithm.jcaName() + " is unavailable", e);
        }
    }

    /**
     * Compares two MACs in time that does not depend on where they differ.
     *
     * @param expected the MAC computed locally
     * @param received the MAC taken from the token
     * @return {@code true} if both hold the same bytes
     */
    public static boolean constantTimeEquals(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }
}
