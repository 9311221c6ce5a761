<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * The strict recursive-descent parser behind {@see Json::parse()}.
 *
 * Refuses everything two parsers could read differently: floats, big or
 * negative-zero integers, duplicate keys, lone surrogates, a BOM, and
 * nesting deeper than {@see Json::MAX_DEPTH}.
 *
 * @internal
 */
final class JsonParser
{
    private const WHITESPACE = " \t\n\r";

    /** Bytes that end the plain run of a string: quote, backslash, controls. */
    private const STRING_STOPS = "\"\\\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
        . "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f";

    private const SHORT_ESCAPES = [
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'b' => "\x08",
        'f' => "\f",
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
    ];

    private int $offset = 0;

    public function __construct(private readonly string $text)
    {
    }

    /**
     * @throws EmbedsealException malformed
     */
    public function parseDocument(): mixed
    {
        if (!Utf8::isValid($this->text)) {
            throw $this->error('text is not valid UTF-8');
        }
        $value = $this->parseValue(0);
        $this->skipWhitespace();
        if ($this->offset !== strlen($this->text)) {
            throw $this->error('unexpected data after the document');
        }

        return $value;
    }

    private function parseValue(int $depth): mixed
    {
        $this->skipWhitespace();

        return match ($this->peek()) {
            '{' => $this->parseObject($depth + 1),
            '[' => $this->parseArray($depth + 1),
            '"' => $this->parseString(),
            't' => $this->parseLiteral('true', true),
            'f' => $this->parseLiteral('false', false),
            'n' => $this->parseLiteral('null', null),
            '' => throw $this->error('unexpected end of input'),
            default => $this->parseInteger(),
        };
    }

    private function parseObject(int $depth): JsonObject
    {
        $this->enter($depth);
        $members = [];
        if ($this->consumeIfNext('}')) {
            return new JsonObject();
        }
        do {
            $this->skipWhitespace();
            if ($this->peek() !== '"') {
                throw $this->error('expected a string key');
            }
            $key = $this->parseString();
            if (array_key_exists($key, $members)) {
                throw $this->error('duplicate key');
            }
            $this->expect(':');
            $members[$key] = $this->parseValue($depth);
        } while ($this->consumeIfNext(','));
        $this->expect('}');

        return new JsonObject($members);
    }

    /**
     * @return list<mixed>
     */
    private function parseArray(int $depth): array
    {
        $this->enter($depth);
        $items = [];
        if ($this->consumeIfNext(']')) {
            return $items;
        }
        do {
            $items[] = $this->parseValue($depth);
        } while ($this->consumeIfNext(','));
        $this->expect(']');

        return $items;
    }

    private function parseString(): string
    {
        $this->offset++;
        $value = '';
        while (true) {
            $run = strcspn($this->text, self::STRING_STOPS, $this->offset);
            $value .= substr($this->text, $this->offset, $run);
            $this->offset += $run;
            $char = $this->peek();
            if ($char === '"') {
                $this->offset++;

                return $value;
            }
            if ($char !== '\\') {
                throw $this->error($char === '' ? 'unterminated string' : 'control character in string');
            }
            $value .= $this->parseEscape();
        }
    }

    private function parseEscape(): string
    {
        $char = $this->text[$this->offset + 1] ?? '';
        $this->offset += 2;
        if ($char === 'u') {
            return $this->parseUnicodeEscape();
        }

        return self::SHORT_ESCAPES[$char] ?? throw $this->error('invalid escape sequence');
    }

    private function parseUnicodeEscape(): string
    {
        $unit = $this->readHexQuad();
        if ($unit >= 0xDC00 && $unit <= 0xDFFF) {
            throw $this->error('lone low surrogate');
        }
        if ($unit >= 0xD800 && $unit <= 0xDBFF) {
            if (substr($this->text, $this->offset, 2) !== '\\u') {
                throw $this->error('lone high surrogate');
            }
            $this->offset += 2;
            $low = $this->readHexQuad();
            if ($low < 0xDC00 || $low > 0xDFFF) {
                throw $this->error('lone high surrogate');
            }
            $unit = 0x10000 + (($unit - 0xD800) << 10) + ($low - 0xDC00);
        }

        return Utf8::fromCodePoint($unit);
    }

    private function readHexQuad(): int
    {
        $hex = substr($this->text, $this->offset, 4);
        if (preg_match('/\A[0-9A-Fa-f]{4}\z/', $hex) !== 1) {
            throw $this->error('invalid \\u escape');
        }
        $this->offset += 4;

        return intval($hex, 16);
    }

    private function parseInteger(): int
    {
        if (preg_match('/-?(?:0|[1-9][0-9]*)/A', $this->text, $match, 0, $this->offset) !== 1) {
            throw $this->error('unexpected character');
        }
        $token = $match[0];
        $this->offset += strlen($token);
        $next = $this->peek();
        if ($next !== '' && str_contains('.eE', $next)) {
            throw $this->error('only integers are allowed');
        }
        if ($next !== '' && str_contains('0123456789', $next)) {
            throw $this->error('leading zeros are not allowed');
        }
        if ($token === '-0') {
            throw $this->error('negative zero is not allowed');
        }
        $digits = ltrim($token, '-');
        if (strlen($digits) > 16 || (int) $digits > Json::MAX_SAFE_INTEGER) {
            throw $this->error('integer outside the safe range ±(2^53 - 1)');
        }

        return (int) $token;
    }

    private function parseLiteral(string $word, ?bool $value): ?bool
    {
        if (substr_compare($this->text, $word, $this->offset, strlen($word)) !== 0) {
            throw $this->error('unexpected character');
        }
        $this->offset += strlen($word);

        return $value;
    }

    private function enter(int $depth): void
    {
        if ($depth > Json::MAX_DEPTH) {
            throw $this->error('nesting deeper than ' . Json::MAX_DEPTH);
        }
        $this->offset++;
    }

    private function consumeIfNext(string $char): bool
    {
        $this->skipWhitespace();
        if ($this->peek() !== $char) {
            return false;
        }
        $this->offset++;

        return true;
    }

    private function expect(string $char): void
    {
        if (!$this->consumeIfNext($char)) {
            throw $this->error("expected '$char'");
        }
    }

    private function peek(): string
    {
        return $this->text[$this->offset] ?? '';
    }

    private function skipWhitespace(): void
    {
        $this->offset += strspn($this->text, self::WHITESPACE, $this->offset);
    }

    private function error(string $reason): EmbedsealException
    {
        return new EmbedsealException(ErrorCode::Malformed, "malformed JSON at offset {$this->offset}: $reason");
    }
}
