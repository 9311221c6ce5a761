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
 * The request's fields as a format's input: an array by wire name, nested objects as stdClass.
 *
 * @return array<array-key, mixed>
 */
function fields(stdClass $request): array
{
    return get_object_vars($request->fields ?? new stdClass());
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
        $request = json_decode($line, false, 512, JSON_THROW_ON_ERROR);
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
    $text = json_encode(['id' => $id] + $answer, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    if ($text === false) {
        $error = ['ok' => false, 'error' => 'adapter_error', 'detail' => json_last_error_msg()];
        $text = json_encode(['id' => $id] + $error);
    }
    fwrite(STDOUT, $text . "\n");
    fflush(STDOUT);
}
