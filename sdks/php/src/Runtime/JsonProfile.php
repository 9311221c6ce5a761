<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * How {@see Json::encode()} lays out its output.
 *
 * The output is byte-for-byte what Python's
 * `json.dumps(value, separators=(item, key), ensure_ascii=..., sort_keys=...)`
 * produces, which is what every embedseal SDK signs.
 */
final class JsonProfile
{
    /**
     * @param string $itemSeparator Between array items and object members, e.g. "," or ", ".
     * @param string $keySeparator  Between an object key and its value, e.g. ":" or ": ".
     * @param bool   $asciiOnly     Escape every non-ASCII character as \uXXXX.
     * @param bool   $sortKeys      Sort object keys by their UTF-8 bytes, at every depth.
     */
    public function __construct(
        public readonly string $itemSeparator = ',',
        public readonly string $keySeparator = ':',
        public readonly bool $asciiOnly = false,
        public readonly bool $sortKeys = false,
    ) {
    }

    /**
     * No spaces, raw UTF-8, keys in their given order.
     */
    public static function compact(): self
    {
        return new self();
    }
}
