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

require __DIR__ . '/../src/BoldbiEmbedUrl.php';
require __DIR__ . '/../src/EmbedsealV1.php';
require __DIR__ . '/../src/LightdashEmbed.php';
require __DIR__ . '/../src/LookerSignedUrl.php';
require __DIR__ . '/../src/MetabaseEmbed.php';
require __DIR__ . '/../src/PapermapIframe.php';
require __DIR__ . '/../src/SigmaJwt.php';
require __DIR__ . '/../src/SigmaSignedUrl.php';
require __DIR__ . '/../src/SisenseJwt.php';
require __DIR__ . '/../src/TableauConnectedApp.php';
require __DIR__ . '/../src/TinybirdJwt.php';
require __DIR__ . '/../src/BoldbiEmbedAuthorize.php';
require __DIR__ . '/../src/SemaphorToken.php';
require __DIR__ . '/../src/TooljetPat.php';

use Embedseal\BoldbiEmbedAuthorize;
use Embedseal\BoldbiEmbedAuthorizeException;
use Embedseal\BoldbiEmbedUrl;
use Embedseal\BoldbiEmbedUrlException;
use Embedseal\EmbedsealV1;
use Embedseal\EmbedsealV1Exception;
use Embedseal\LightdashEmbed;
use Embedseal\LightdashEmbedException;
use Embedseal\LookerSignedUrl;
use Embedseal\LookerSignedUrlException;
use Embedseal\MetabaseEmbed;
use Embedseal\MetabaseEmbedException;
use Embedseal\PapermapIframe;
use Embedseal\PapermapIframeException;
use Embedseal\SemaphorToken;
use Embedseal\SemaphorTokenException;
use Embedseal\SigmaJwt;
use Embedseal\SigmaJwtException;
use Embedseal\SigmaSignedUrl;
use Embedseal\SigmaSignedUrlException;
use Embedseal\SisenseJwt;
use Embedseal\SisenseJwtException;
use Embedseal\TableauConnectedApp;
use Embedseal\TableauConnectedAppException;
use Embedseal\TinybirdJwt;
use Embedseal\TinybirdJwtException;
use Embedseal\TooljetPat;
use Embedseal\TooljetPatException;

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
 * $fields with the map fields named in $maps as the arrays sign() takes (see toMap()).
 *
 * @param array<array-key, mixed> $fields
 * @param list<string> $maps
 *
 * @return array<array-key, mixed>
 */
function withMaps(array $fields, array $maps): array
{
    foreach ($maps as $name) {
        if (isset($fields[$name])) {
            $fields[$name] = toMap($fields[$name]);
        }
    }

    return $fields;
}

/**
 * A map field's JSON value as sign() takes it: an object as an array by key (readJson() gives an
 * object with NUL-led names as one already). A JSON array is no map, but as a PHP array it would
 * pass for one (an empty one for an empty map), so it goes as an ArrayObject, which sign() refuses
 * as it must; any other value goes as it is.
 */
function toMap(mixed $value): mixed
{
    return match (true) {
        $value instanceof stdClass => (array) $value,
        is_array($value) && array_is_list($value) => new ArrayObject($value),
        default => $value,
    };
}

/**
 * Verified claims as JSON writes them: each map member (an array by key) as an object, so that
 * json_encode() keeps its integer-like keys ("0", "1") as names rather than writing a list.
 *
 * @param list<string> $maps
 */
function claims(stdClass $claims, array $maps): stdClass
{
    foreach ($maps as $name) {
        if (isset($claims->$name)) {
            $claims->$name = (object) $claims->$name;
        }
    }

    return $claims;
}

/**
 * Runs a call that returns nothing: its answer is {"ok": true}.
 *
 * @return array{ok: true}
 */
function done(callable $call): array
{
    $call();

    return ['ok' => true];
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
                'boldbi-embed-url',
                'embedseal-v1',
                'lightdash-embed',
                'looker-signed-url',
                'metabase-embed',
                'papermap-iframe',
                'sigma-jwt',
                'sigma-signed-url',
                'sisense-jwt',
                'tableau-connected-app',
                'tinybird-jwt',
                'boldbi-embed-authorize',
                'semaphor-token',
                'tooljet-pat',
            ],
            'operations' => ['sign', 'verify', 'exchange', 'revoke'],
        ];
    }
    $now = $request->now ?? null;
    $secret = $request->secret ?? '';
    $op = $request->format . ' ' . $request->op;

    return match ($op) {
        'boldbi-embed-url sign' => ['ok' => true] + BoldbiEmbedUrl::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'boldbi-embed-url verify' => [
            'ok' => true,
            'claims' => BoldbiEmbedUrl::verify($request->token, $secret, $now),
        ],
        'embedseal-v1 sign' => ['ok' => true] + EmbedsealV1::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'embedseal-v1 verify' => [
            'ok' => true,
            'claims' => EmbedsealV1::verify($request->token, $secret, $now),
        ],
        'lightdash-embed sign' => ['ok' => true] + LightdashEmbed::sign(
            fields($request),
            $secret,
            $now,
        ),
        'lightdash-embed verify' => [
            'ok' => true,
            'claims' => LightdashEmbed::verify($request->token, $secret, $now),
        ],
        'looker-signed-url sign' => ['ok' => true] + LookerSignedUrl::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'looker-signed-url verify' => [
            'ok' => true,
            'claims' => LookerSignedUrl::verify($request->token, $secret, $now),
        ],
        'metabase-embed sign' => ['ok' => true] + MetabaseEmbed::sign(
            fields($request),
            $secret,
            $now,
        ),
        'metabase-embed verify' => [
            'ok' => true,
            'claims' => MetabaseEmbed::verify($request->token, $secret, $now),
        ],
        'papermap-iframe sign' => ['ok' => true] + PapermapIframe::sign(
            fields($request),
            $secret,
            $now,
        ),
        'papermap-iframe verify' => [
            'ok' => true,
            'claims' => PapermapIframe::verify($request->token, $secret, $now),
        ],
        'sigma-jwt sign' => ['ok' => true] + SigmaJwt::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'sigma-jwt verify' => [
            'ok' => true,
            'claims' => SigmaJwt::verify($request->token, $secret, $now),
        ],
        'sigma-signed-url sign' => ['ok' => true] + SigmaSignedUrl::sign(
            withMaps(fields($request), ['user_attributes']),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'sigma-signed-url verify' => [
            'ok' => true,
            'claims' => claims(SigmaSignedUrl::verify($request->token, $secret, $now), ['user_attributes']),
        ],
        'sisense-jwt sign' => ['ok' => true] + SisenseJwt::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'sisense-jwt verify' => [
            'ok' => true,
            'claims' => SisenseJwt::verify($request->token, $secret, $now),
        ],
        'tableau-connected-app sign' => ['ok' => true, 'url' => null] + TableauConnectedApp::sign(
            fields($request),
            $secret,
            $now,
            randomSource($request->random ?? ''),
        ),
        'tableau-connected-app verify' => [
            'ok' => true,
            'claims' => TableauConnectedApp::verify($request->token, $secret, $now),
        ],
        'tinybird-jwt sign' => ['ok' => true] + TinybirdJwt::sign(
            fields($request),
            $secret,
            $now,
        ),
        'tinybird-jwt verify' => [
            'ok' => true,
            'claims' => TinybirdJwt::verify($request->token, $secret, $now),
        ],
        'boldbi-embed-authorize exchange' => ['ok' => true, 'result' => BoldbiEmbedAuthorize::exchange(
            fields($request),
            $secret,
            $now,
            $request->base_url ?? null,
            $request->timeout_ms ?? null,
        )],
        'semaphor-token exchange' => ['ok' => true, 'result' => SemaphorToken::exchange(
            fields($request),
            $secret,
            $now,
            $request->base_url ?? null,
            $request->timeout_ms ?? null,
        )],
        'semaphor-token revoke' => done(static fn () => SemaphorToken::revoke(
            $request->token,
            fields($request),
            $now,
            $request->base_url ?? null,
            $request->timeout_ms ?? null,
        )),
        'tooljet-pat exchange' => ['ok' => true, 'result' => TooljetPat::exchange(
            fields($request),
            $secret,
            $now,
            $request->base_url ?? null,
            $request->timeout_ms ?? null,
        )],
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
        BoldbiEmbedUrlException |
        EmbedsealV1Exception |
        LightdashEmbedException |
        LookerSignedUrlException |
        MetabaseEmbedException |
        PapermapIframeException |
        SigmaJwtException |
        SigmaSignedUrlException |
        SisenseJwtException |
        TableauConnectedAppException |
        TinybirdJwtException |
        BoldbiEmbedAuthorizeException |
        SemaphorTokenException |
        TooljetPatException
        $error
    ) {
        $answer = ['ok' => false, 'error' => $error->errorCode];
        if (property_exists($error, 'retryAfter') && $error->retryAfter !== null) {
            $answer['retry_after'] = $error->retryAfter;
        }
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
