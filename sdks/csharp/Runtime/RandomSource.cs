// Code generated from the embedseal runtime — do not edit.

using System;
using System.Security.Cryptography;
using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Where random values (nonces, token IDs) come from: a secure generator, or fixed bytes in tests.
    /// </summary>
    public abstract class RandomSource
    {
        /// <summary>Gets a source backed by the operating system's secure random generator.</summary>
        public static RandomSource Secure { get; } = new SecureSource();

        /// <summary>Returns a source that hands out the given bytes in order, then fails.</summary>
        /// <param name="data">The bytes to hand out.</param>
        /// <returns>The deterministic source.</returns>
        public static RandomSource FromBytes(byte[] data)
        {
            return new FixedSource(data ?? throw new ArgumentNullException(nameof(data)));
        }

        /// <summary>
        /// Formats 16 bytes as an RFC 9562 version 4 UUID (version and variant bits set, lowercase).
        /// </summary>
        /// <param name="data">At least 16 bytes; the first 16 are used.</param>
        /// <returns>The UUID text, 8-4-4-4-12.</returns>
        public static string Uuid(byte[] data)
        {
            var bytes = new byte[16];
            Array.Copy(data, bytes, 16);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var hex = Bytes.Encode(bytes, ByteEncoding.Hex);
            return new StringBuilder(36)
                .Append(hex, 0, 8).Append('-')
                .Append(hex, 8, 4).Append('-')
                .Append(hex, 12, 4).Append('-')
                .Append(hex, 16, 4).Append('-')
                .Append(hex, 20, 12)
                .ToString();
        }

        /// <summary>Takes the next <paramref name="count"/> random bytes.</summary>
        /// <param name="count">How many bytes.</param>
        /// <returns>The bytes.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> when a fixed source has run out.
        /// </exception>
        public abstract byte[] Take(int count);

        private sealed class SecureSource : RandomSource
        {
            public override byte[] Take(int count)
            {
                var data = new byte[count];
                using (var generator = RandomNumberGenerator.Create())
                {
                    generator.GetBytes(data);
                }

                return data;
            }
        }

        private sealed class FixedSource : RandomSource
        {
            private readonly byte[] data;
            private int offset;

            public FixedSource(byte[] data)
            {
                this.data = data;
            }

            public override byte[] Take(int count)
            {
                if (data.Length - offset < count)
                {
                    throw new EmbedsealException(ErrorCode.InvalidInput, "The random source has run out of bytes.");
                }

                var chunk = new byte[count];
                Array.Copy(data, offset, chunk, 0, count);
                offset += count;
                return chunk;
            }
        }
    }
}
