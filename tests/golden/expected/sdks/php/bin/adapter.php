<?php

// Code generated from spec/formats/ — do not edit.

/**
 * The conformance adapter (generated, not part of the package): reads one JSON request per line
 * on stdin and writes one JSON answer per line on stdout (conformance/protocol/), calling the
 * per-format files only.
 *
 * Usage: php bin/adapter.php
 */

// phpcs:disable PSR1.Files.SideEffects -- a script: it loads the format files and runs.

declare(strict_types=1);

require __DIR__ . '/../src/GoldenClaims.php';
require __DIR__ . '/../src/GoldenEnvelope.php';
require __DIR__ . '/../src/GoldenLines.php';

use Embedseal\GoldenClaims;
use Embedseal\GoldenClaimsException;
use Embedseal\GoldenEnvelope;
use Embedseal\GoldenEnvelopeException;
use Embedseal\GoldenLines;
use Embedseal\GoldenLinesException;

set_error_handler(static function (int $severity, string $message, string $file, int $line): never {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

/**
 * A random source that hands out the request's bytes in order.
 */
function randomSource(string $hex): Closure
{
    $bytes = (string) hex2bin($hex);
    $offset = 0;

    return static function (int $count) use ($bytes, &$offset): string {
        $chunk = (string) substr($bytes, $offset, $count);
        $offset += $count;

        return $chunk; // short when the request's bytes run out: the format refuses it
    };
}

/**
 * A request line's JSON value from token $at on (moved past it), objects as stdClass. By hand:
 * json_decode() refuses what fuzz requests carry on purpose, lone surrogates (read here as
 * their 3-byte form, which is not UTF-8, so the format files refuse them as they must) and member
 * names that start with NUL (a stdClass cannot hold them: such an object is an array, as PHP code
 * would write it). The harness writes the lines, valid ASCII JSON, so the tokens are not checked;
 * commas and colons are left out of them.
 *
 * @param list<string> $tokens
 */
function readJson(array $tokens, int &$at = 0): mixed
{
    $token = $tokens[$at++];
    if ($token !== '{' && $token !== '[') {
        return $token[0] === '"' ? jsonText($token) : json_decode($token, false, 1, JSON_THROW_ON_ERROR);
    }
    $items = [];
    while ($tokens[$at] !== '}' && $tokens[$at] !== ']') {
        if ($token === '{') {
            $name = readJson($tokens, $at);
            $items[$name] = readJson($tokens, $at);
        } else {
            $items[] = readJson($tokens, $at);
        }
    }
    $at++;

    return $token === '{' && preg_grep('/^\x00/', array_keys($items)) === [] ? (object) $items : $items;
}

/**
 * The text of a JSON string literal: each escape as json_decode() reads it, a lone surrogate as
 * its 3 bytes.
 */
function jsonText(string $literal): string
{
    return preg_replace_callback(
        '/\\\\ud[89ab]\w\w\\\\ud[c-f]\w\w|\\\\u\w{4}|\\\\./i',
        static function (array $escape): string {
            $unit = strlen($escape[0]) === 6 ? hexdec(substr($escape[0], 2)) : 0;
            if ($unit >= 0xD800 && $unit <= 0xDFFF) {
                return chr(0xE0 | $unit >> 12) . chr(0x80 | $unit >> 6 & 0x3F) . chr(0x80 | $unit & 0x3F);
            }

            return json_decode('"' . $escape[0] . '"', false, 1, JSON_THROW_ON_ERROR);
        },
        substr($literal, 1, -1),
    );
}

/**
 * $value as json_encode() writes it in full: it leaves out an object's members whose names start
 * with NUL, so an object goes as an array (an empty or list-like one stays an object).
 */
function writable(mixed $value): mixed
{
    if (!is_array($value) && !$value instanceof stdClass) {
        return $value;
    }
    $items = array_map(writable(...), (array) $value);

    return $value instanceof stdClass && ($items === [] || array_is_list($items)) ? (object) $items : $items;
}

/**
 * The request's fields as a format's input: an array by wire name, nested objects as stdClass.
 *
 * @return array<array-key, mixed>
 */
function fields(stdClass $request): array
{
    return (array) ($request->fields ?? []);
}

/**
 * The answer to one request.
 *
 * @return array<string, mixed>
 */
function handle(stdClass $request): array
{
    if ($request->op === 'start') {
        if (($request->protocol ?? null) !== 1) {
            return ['ok' => false, 'error' => 'unsupported_protocol', 'detail' => 'speaks 1'];
        }

        return [
            'ok' => true,
            'protocol' => 1,
            'language' => 'php',
            'runtime' => 'PHP ' . PHP_VERSION,
            'formats' => [
                'golden-claims',
                'golden-envelope',
                'golden-lines',
            ],
            'operations' => ['sign', 'verify'],
        ];
    }
    $now = $request->now ?? null;
    $secret = $request->secret ?? '';
    $op = $request->format . ' ' . $request->op;

    return match ($op) {
        'golden-claims sign' => ['ok' => true] + GoldenClaims::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'golden-claims verify' => [
            'ok' => true,
            'claims' => GoldenClaims::verify($request->token, $secret, $now),
        ],
        'golden-envelope sign' => ['ok' => true] + GoldenEnvelope::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'golden-envelope verify' => [
            'ok' => true,
            'claims' => GoldenEnvelope::verify($request->token, $secret, $now),
        ],
        'golden-lines sign' => ['ok' => true] + GoldenLines::sign(
            fields($request),
            $secret,
            $now,
        ),
        'golden-lines verify' => [
            'ok' => true,
            'claims' => GoldenLines::verify($request->token, $secret, $now),
        ],
        default => throw new InvalidArgumentException("unknown format or operation: $op"),
    };
}

while (($line = fgets(STDIN)) !== false) {
    if (trim($line) === '') {
        continue;
    }
    $id = null;
    try {
        preg_match_all('/"(?:[^"\\\\]++|\\\\.)*+"|[{}[\]]|[^\s,:{}[\]]++/', $line, $tokens);
        $request = readJson($tokens[0]);
        $id = $request->id ?? null;
        if (($request->op ?? null) === 'stop') {
            exit(0);
        }
        $answer = handle($request);
    } catch (
        GoldenClaimsException |
        GoldenEnvelopeException |
        GoldenLinesException
        $error
    ) {
        $answer = ['ok' => false, 'error' => $error->errorCode];
    } catch (Throwable $error) {
        $detail = get_class($error) . ': ' . $error->getMessage();
        $answer = ['ok' => false, 'error' => 'adapter_error', 'detail' => $detail];
    }
    // ASCII only: U+2028 and friends would split the line for some readers.
    $text = json_encode(['id' => $id] + writable($answer), JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    if ($text === false) {
        $error = ['ok' => false, 'error' => 'adapter_error', 'detail' => json_last_error_msg()];
        $text = json_encode(['id' => $id] + $error);
    }
    fwrite(STDOUT, $text . "\n");
    fflush(STDOUT);
}
