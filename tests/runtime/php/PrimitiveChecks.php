<?php

declare(strict_types=1);

namespace Embedseal\Tests;

use Embedseal\Runtime\Bytes;
use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Hmac;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;
use Embedseal\Runtime\PercentEncoding;
use Embedseal\Runtime\Secret;

/**
 * One check per section of conformance/vectors/primitives.json.
 *
 * Each check returns null when the case passes, or what went wrong.
 */
final class PrimitiveChecks
{
    public static function check(string $section, JsonObject $case): ?string
    {
        try {
            return match ($section) {
                'json_encode' => self::jsonEncode($case),
                'json_parse' => self::jsonParse($case),
                'bytes_encode' => self::bytesEncode($case),
                'bytes_decode_invalid' => self::bytesDecodeInvalid($case),
                'secrets' => self::secret($case),
                'hmac' => self::hmac($case),
                'percent_encode' => self::percentEncode($case),
                'percent_decode' => self::percentDecode($case),
                'compare' => self::compare($case),
                default => "no check for section \"$section\"",
            };
        } catch (\Throwable $error) {
            return 'unexpected ' . get_class($error) . ': ' . $error->getMessage();
        }
    }

    private static function jsonEncode(JsonObject $case): ?string
    {
        $profile = $case->get('profile');
        $value = Json::parse($case->get('value_json'));
        $actual = Json::encode($value, new JsonProfile(
            itemSeparator: $profile->get('item_separator'),
            keySeparator: $profile->get('key_separator'),
            asciiOnly: $profile->get('ascii_only'),
            sortKeys: $profile->get('sort_keys'),
        ));

        return self::mismatch($case->get('expected'), $actual);
    }

    private static function jsonParse(JsonObject $case): ?string
    {
        $parse = static fn (): mixed => Json::parse($case->get('text'));
        if ($case->get('valid') === false) {
            return self::expectError(ErrorCode::Malformed, $parse);
        }

        return self::mismatch($case->get('reencoded'), Json::encode($parse(), JsonProfile::compact()));
    }

    private static function bytesEncode(JsonObject $case): ?string
    {
        $encoding = $case->get('encoding');
        $text = $case->get('text');
        $bytesHex = $case->get('bytes_hex');

        return self::mismatch($text, Bytes::encode(hex2bin($bytesHex), $encoding))
            ?? self::mismatch($bytesHex, bin2hex(Bytes::decode($text, $encoding)));
    }

    private static function bytesDecodeInvalid(JsonObject $case): ?string
    {
        return self::expectError(
            ErrorCode::Malformed,
            static fn (): string => Bytes::decode($case->get('text'), $case->get('encoding')),
        );
    }

    private static function secret(JsonObject $case): ?string
    {
        $text = $case->get('text');
        $decode = static fn (): string => Secret::decode($text, $case->get('encoding'));
        if (!$case->has('error')) {
            return self::mismatch($case->get('bytes_hex'), bin2hex($decode()));
        }
        try {
            $decode();
        } catch (EmbedsealException $error) {
            // Very short secrets can appear in any message by chance.
            if (strlen($text) >= 4 && str_contains($error->getMessage(), $text)) {
                return 'the error message repeats the secret';
            }
        }

        return self::expectError(ErrorCode::from($case->get('error')), $decode);
    }

    private static function hmac(JsonObject $case): ?string
    {
        $mac = Hmac::compute(
            $case->get('alg'),
            hex2bin($case->get('key_hex')),
            hex2bin($case->get('message_hex')),
        );

        return self::mismatch($case->get('mac_hex'), bin2hex($mac));
    }

    private static function percentEncode(JsonObject $case): ?string
    {
        $actual = PercentEncoding::encode($case->get('text'), $case->get('safe'), $case->get('space'));

        return self::mismatch($case->get('expected'), $actual);
    }

    private static function percentDecode(JsonObject $case): ?string
    {
        $decode = static fn (): string => PercentEncoding::decode($case->get('text'), $case->get('plus_is_space'));
        if ($case->has('error')) {
            return self::expectError(ErrorCode::from($case->get('error')), $decode);
        }

        return self::mismatch($case->get('expected'), $decode());
    }

    private static function compare(JsonObject $case): ?string
    {
        $expected = $case->get('equal');
        $actual = Hmac::equals(hex2bin($case->get('a_hex')), hex2bin($case->get('b_hex')));

        return $actual === $expected ? null : 'expected equal = ' . var_export($expected, true);
    }

    /**
     * @param \Closure(): mixed $action
     */
    private static function expectError(ErrorCode $code, \Closure $action): ?string
    {
        try {
            $action();
        } catch (EmbedsealException $error) {
            return $error->is($code)
                ? null
                : "expected error {$code->value}, got {$error->getErrorCode()} ({$error->getMessage()})";
        }

        return "expected error {$code->value}, got none";
    }

    private static function mismatch(string $expected, string $actual): ?string
    {
        return $expected === $actual ? null : 'expected ' . self::show($expected) . ', got ' . self::show($actual);
    }

    /**
     * The text as an ASCII JSON string literal, or as hex when it is not UTF-8.
     */
    private static function show(string $text): string
    {
        try {
            return Json::encode($text, new JsonProfile(asciiOnly: true));
        } catch (EmbedsealException) {
            return 'hex:' . bin2hex($text);
        }
    }
}
