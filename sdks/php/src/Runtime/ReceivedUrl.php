<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * A signed URL read back: each field's received text, the signature and
 * the query as received (the MAC is computed over received text, never
 * over a re-serialization).
 */
final class ReceivedUrl
{
    /**
     * Received fields by wire name: raw text, decoded text and how the field
     * was encoded ("text", "json", or "percent" for a %-encoded placeholder).
     *
     * @var array<string, array{raw: string, text: string, encode: string}>
     */
    public array $fields = [];

    /** The signature parameter, percent-decoded. */
    public string $signature = '';

    /** The query string as received (without "?" and fragment). */
    public string $rawQuery = '';

    /**
     * Splits a URL by its template and query parameters.
     *
     * @param string                    $pattern      A PCRE matching the whole base URL,
     *                                                one group per placeholder.
     * @param list<array{string, bool}> $placeholders The template's fields in order:
     *                                                [wire name, %-encoded].
     * @param list<array{name: string, field: ?string, value: ?string, encode: string}> $query
     *        The declared query parameters, in order.
     *
     * @throws EmbedsealException malformed for anything unexpected
     */
    public static function parse(string $url, string $pattern, array $placeholders, array $query): self
    {
        $received = new self();
        [$base, $rawQuery] = array_pad(explode('?', explode('#', $url, 2)[0], 2), 2, '');
        if (preg_match($pattern, $base, $match) !== 1) {
            throw self::malformed("the URL does not match the format's base URL");
        }
        foreach ($placeholders as $index => [$name, $percent]) {
            $raw = $match[$index + 1] ?? '';
            $text = $percent ? PercentEncoding::decode($raw, false) : $raw;
            $received->fields[$name] = ['raw' => $raw, 'text' => $text, 'encode' => $percent ? 'percent' : 'text'];
        }
        $received->readQuery($rawQuery, $query);

        return $received;
    }

    /**
     * The query as received without its last (signature) parameter.
     */
    public function queryWithoutSignature(): string
    {
        $last = strrpos($this->rawQuery, '&');

        return $last === false ? '' : substr($this->rawQuery, 0, $last);
    }

    /**
     * A received field as it is written into the signed message.
     */
    public function partText(string $name, string $encode, string $safe, string $space): string
    {
        $got = $this->fields[$name];
        if ($encode === 'percent') {
            return $got['encode'] === 'percent' ? $got['raw'] : PercentEncoding::encode($got['text'], $safe, $space);
        }

        return $got['text'];
    }

    /**
     * Typed values of the received fields: JSON parsed, integers and booleans read.
     *
     * @param array<string, string> $types The type of each field by wire name.
     *
     * @throws EmbedsealException malformed or invalid_claim
     */
    public function claims(array $types): JsonObject
    {
        $claims = new JsonObject();
        foreach ($this->fields as $name => $got) {
            $claims->set($name, self::typed($name, $got, $types[$name] ?? 'string'));
        }

        return $claims;
    }

    /**
     * @param array{raw: string, text: string, encode: string} $got
     */
    private static function typed(string $name, array $got, string $type): mixed
    {
        $text = $got['text'];
        if ($got['encode'] === 'json') {
            return Json::parse($text);
        }
        if ($type === 'integer' || $type === 'unix-time') {
            if (preg_match('/\A-?(?:0|[1-9][0-9]*)\z/', $text) !== 1 || $text === '-0') {
                throw new EmbedsealException(ErrorCode::InvalidClaim, "$name is not an integer");
            }

            // Too long for a safe integer: kept as a float, which the claim checks refuse.
            return strlen(ltrim($text, '-')) > 16 ? (float) $text : (int) $text;
        }
        if ($type === 'boolean') {
            if ($text !== 'true' && $text !== 'false') {
                throw new EmbedsealException(ErrorCode::InvalidClaim, "$name is not true/false");
            }

            return $text === 'true';
        }

        return $text;
    }

    /**
     * @param list<array{name: string, field: ?string, value: ?string, encode: string}> $expected
     */
    private function readQuery(string $query, array $expected): void
    {
        $pairs = $query === '' ? [] : array_map(self::pair(...), explode('&', $query));
        $position = 0;
        foreach ($pairs as [$name, $raw]) {
            while ($position < count($expected) && $expected[$position]['name'] !== $name) {
                $position++;
            }
            if ($position === count($expected)) {
                throw self::malformed('unexpected, repeated or out-of-order query parameter');
            }
            $param = $expected[$position++];
            if ($param['value'] === 'signature') {
                $this->signature = PercentEncoding::decode($raw, false);
            } elseif ($param['field'] !== null) {
                $text = PercentEncoding::decode($raw, false);
                $this->fields[$param['field']] = ['raw' => $raw, 'text' => $text, 'encode' => $param['encode']];
            }
        }
        if ($pairs === [] || $expected[count($expected) - 1]['name'] !== $pairs[count($pairs) - 1][0]) {
            throw self::malformed('the URL does not end with its signature parameter');
        }
        $this->rawQuery = $query;
    }

    /**
     * @return array{string, string}
     */
    private static function pair(string $item): array
    {
        $parts = explode('=', $item, 2);
        if (count($parts) !== 2) {
            throw self::malformed('a query item has no "="');
        }

        return [PercentEncoding::decode($parts[0], false), $parts[1]];
    }

    private static function malformed(string $reason): EmbedsealException
    {
        return new EmbedsealException(ErrorCode::Malformed, $reason);
    }
}
