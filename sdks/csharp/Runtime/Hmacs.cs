// Code generated from the embedseal runtime — do not edit.

using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Embedseal.Runtime
{
    /// <summary>
    /// HMAC computation and constant-time comparison of MACs.
    /// </summary>
    public static class Hmacs
    {
        /// <summary>Computes the HMAC of a message.</summary>
        /// <param name="algorithm">The hash function.</param>
        /// <param name="key">The key bytes.</param>
        /// <param name="message">The message bytes.</param>
        /// <returns>The MAC.</returns>
        public static byte[] Compute(HmacAlgorithm algorithm, byte[] key, byte[] message)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            using (var hmac = Create(algorithm, key))
            {
                return hmac.ComputeHash(message);
            }
        }

        /// <summary>
        /// Compares two byte arrays in time that depends only on their length, never on
        /// where they differ. Use it for every MAC comparison.
        /// </summary>
        /// <param name="left">The first array.</param>
        /// <param name="right">The second array.</param>
        /// <returns><see langword="true"/> when both arrays hold the same bytes.</returns>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        public static bool FixedTimeEquals(byte[] left, byte[] right)
        {
            if (left == null)
            {
                throw new ArgumentNullException(nameof(left));
            }

            if (right == null)
            {
                throw new ArgumentNullException(nameof(right));
            }

#if NETCOREAPP2_1_OR_GREATER
            return CryptographicOperations.FixedTimeEquals(left, right);
#else
            if (left.Length != right.Length)
            {
                return false;
            }

            var difference = 0;
            for (var i = 0; i < left.Length; i++)
            {
                difference |= left[i] ^ right[i];
            }

            return difference == 0;
#endif
        }

        private static HMAC Create(HmacAlgorithm algorithm, byte[] key)
        {
            switch (algorithm)
            {
                case HmacAlgorithm.Sha1:
                    return new HMACSHA1(key);
                case HmacAlgorithm.Sha256:
                    return new HMACSHA256(key);
                case HmacAlgorithm.Sha384:
                    return new HMACSHA384(key);
                case HmacAlgorithm.Sha512:
                    return new HMACSHA512(key);
                default:
                    throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown HMAC algorithm.");
            }
        }
    }
}
