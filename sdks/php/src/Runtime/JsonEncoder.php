<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * The hand-written encoder behind {@see Json::encode()}.
 *
 * @internal
 */
final class JsonEncoder
{
    /** Characters that must be escaped when non-ASCII may be written raw. */
    private const ESCAPE_SOME = '/[\x00-\x1f"\\\\]/';

    /** Everything but printable ASCII, and `"` and `\`; U+007F is escaped too, as Python does. */
    private const ESCAPE_NON_ASCII = '/[^\x20\x21\x23-\x5b\x5d-\x7e]/u';

    private const SHORT_ESCAPES = [
        '"' => '\\"',
        '\\' => '\\\\',
        "\x08" => '\\b',
        "\f" => '\\f',
        "\n" => '\\n',
        "\r" => '\\r',
        "\t" => '\\t',
    ];

    /** How many arrays and objects enclose the value being encoded. */
    private int $depth = 0;

    public function __construct(private readonly JsonProfile $profile)
    {
    }

    /**
     * @param string $where Path of the value for error messages, e.g. "$.claims[0]".
     *
     * @throws EmbedsealException invalid_input
     */
    public function encode(mixed $value, string $where = '$'): string
    {
        return match (true) {
            $value === null => 'null',
            is_bool($value) => $value ? 'true' : 'false',
            is_int($value) => $this->encodeInteger($value, $where),
            is_string($value) => $this->encodeString($value, $where),
            $value instanceof JsonObject => $this->encodeObject($value, $where),
            is_array($value) && array_is_list($value) => $this->encodeList($value, $where),
            is_array($value) => $this->encodeObject(new JsonObject($value), $where),
            $value instanceof \stdClass => $this->encodeObject(new JsonObject(get_object_vars($value)), $where),
            is_float($value) => throw self::invalid($where, 'floats are not supported, use integers'),
            default => throw self::invalid($where, get_debug_type($value) . ' is not a JSON value'),
        };
    }

    private function encodeInteger(int $value, string $where): string
    {
        if ($value > Json::MAX_SAFE_INTEGER || $value < -Json::MAX_SAFE_INTEGER) {
            throw self::invalid($where, 'integer outside the safe range ±(2^53 - 1)');
        }

        return (string) $value;
    }

    private function encodeString(string $text, string $where): string
    {
        if (!Utf8::isValid($text)) {
            throw self::invalid($where, 'string is not valid UTF-8');
        }
        $pattern = $this->profile->asciiOnly ? self::ESCAPE_NON_ASCII : self::ESCAPE_SOME;
        $escaped = preg_replace_callback($pattern, static fn (array $match): string => self::escape($match[0]), $text);

        return '"' . $escaped . '"';
    }

    /**
     * @param list<mixed> $items
     */
    private function encodeList(array $items, string $where): string
    {
        $this->enter($where);
        $encoded = [];
        foreach ($items as $index => $item) {
            $encoded[] = $this->encode($item, "{$where}[$index]");
        }
        $this->depth--;

        return '[' . implode($this->profile->itemSeparator, $encoded) . ']';
    }

    /**
     * Refuses nesting the parser would refuse: a signer must never write
     * what its verifier cannot read.
     */
    private function enter(string $where): void
    {
        if (++$this->depth > Json::MAX_DEPTH) {
            throw self::invalid($where, 'nesting deeper than ' . Json::MAX_DEPTH);
        }
    }

    private function encodeObject(JsonObject $object, string $where): string
    {
        $this->enter($where);
        $keys = $object->keys();
        if ($this->profile->sortKeys) {
            // UTF-8 byte order is code point order, as the profile requires.
            sort($keys, SORT_STRING);
        }
        $members = [];
        foreach ($keys as $key) {
            $members[] = $this->encodeString($key, $where)
                . $this->profile->keySeparator
                . $this->encode($object->get($key), "$where.$key");
        }
        $this->depth--;

        return '{' . implode($this->profile->itemSeparator, $members) . '}';
    }

    private static function escape(string $char): string
    {
        return self::SHORT_ESCAPES[$char] ?? self::unicodeEscape(Utf8::codePoint($char));
    }

    private static function unicodeEscape(int $codePoint): string
    {
        if ($codePoint < 0x10000) {
            return sprintf('\\u%04x', $codePoint);
        }
        $offset = $codePoint - 0x10000;

        return sprintf('\\u%04x\\u%04x', 0xD800 | ($offset >> 10), 0xDC00 | ($offset & 0x3FF));
    }

    private static function invalid(string $where, string $reason): EmbedsealException
    {
        return new EmbedsealException(ErrorCode::InvalidInput, "cannot encode JSON at $where: $reason");
    }
}
