<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Turns a configured secret into HMAC key bytes.
 *
 * Error messages say what is wrong with a secret but never repeat it.
 */
final class Secret
{
    private const PATTERNS = [
        'hex' => '/\A(?:[0-9A-Fa-f]{2})+\z/',
        'base64' => '/\A(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}==|[A-Za-z0-9+\/]{3}=)?\z/',
        'base64url' => '/\A(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?\z/',
    ];

    /**
     * Decodes a secret written as "utf8", "hex" (either case), "base64"
     * (standard alphabet, padded) or "base64url" (padding optional).
     *
     * @param string $text     The secret as configured.
     * @param string $encoding How the secret is written.
     * @param int    $minBytes The shortest key, in bytes, the format accepts.
     *
     * @throws EmbedsealException invalid_key when the secret cannot be
     *                            decoded or is empty, weak_key when it is
     *                            shorter than $minBytes
     */
    public static function decode(
        #[\SensitiveParameter] string $text,
        string $encoding,
        int $minBytes = 1,
    ): string {
        $key = self::decodeText($text, $encoding);
        if ($key === '') {
            throw new EmbedsealException(ErrorCode::InvalidKey, 'the secret is empty');
        }
        if (strlen($key) < $minBytes) {
            throw new EmbedsealException(
                ErrorCode::WeakKey,
                sprintf('the secret is %d bytes long, at least %d are required', strlen($key), $minBytes),
            );
        }

        return $key;
    }

    private static function decodeText(#[\SensitiveParameter] string $text, string $encoding): string
    {
        if ($encoding === 'utf8') {
            if (!Utf8::isValid($text)) {
                throw self::invalid('the utf8 secret is not valid UTF-8');
            }

            return $text;
        }
        $pattern = self::PATTERNS[$encoding] ?? throw self::invalid("unknown secret encoding \"$encoding\"");
        if (preg_match($pattern, $text) !== 1) {
            throw self::invalid("the secret is not valid $encoding");
        }

        // The pattern has vetted alphabet and padding; base64url padding is optional.
        $key = $encoding === 'hex'
            ? hex2bin($text)
            : base64_decode(strtr(rtrim($text, '='), '-_', '+/'), true);
        if ($key === false) {
            throw self::invalid("the secret is not valid $encoding");
        }

        return $key;
    }

    private static function invalid(string $message): EmbedsealException
    {
        return new EmbedsealException(ErrorCode::InvalidKey, $message);
    }
}
