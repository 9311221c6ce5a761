<?php

// Code generated from spec/formats/ — do not edit.

/**
 * The conformance adapter: reads one JSON request per line on stdin and
 * writes one JSON answer per line on stdout (see docs/design/generated-code.md).
 *
 * Usage: php bin/adapter.php
 */

// phpcs:disable PSR1.Files.SideEffects -- a script: it declares helpers and runs.

declare(strict_types=1);

use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;
use Embedseal\BoldbiEmbedUrl;
use Embedseal\EmbedsealV1;
use Embedseal\LookerSignedUrl;
use Embedseal\MetabaseEmbed;
use Embedseal\PapermapIframe;
use Embedseal\TinybirdJwt;
use Embedseal\BoldbiEmbedAuthorize;
use Embedseal\SemaphorToken;
use Embedseal\TooljetPat;

spl_autoload_register(static function (string $class): void {
    $prefix = 'Embedseal\\';
    if (str_starts_with($class, $prefix)) {
        $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});

set_error_handler(static function (int $severity, string $message, string $file, int $line): never {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

/**
 * A decoded request value with every JSON object as a JsonObject.
 */
function toJsonValue(mixed $value): mixed
{
    if ($value instanceof stdClass) {
        $object = new JsonObject();
        foreach (get_object_vars($value) as $key => $member) {
            $object->set((string) $key, toJsonValue($member));
        }

        return $object;
    }

    return is_array($value) ? array_map(toJsonValue(...), $value) : $value;
}

/**
 * A random source that hands out the request's bytes in order.
 */
function randomSource(string $hex): Closure
{
    $bytes = (string) hex2bin($hex);
    $offset = 0;

    return static function (int $count) use ($bytes, &$offset): string {
        $chunk = substr($bytes, $offset, $count);
        if (strlen($chunk) < $count) {
            throw new EmbedsealException(ErrorCode::InvalidInput, "random: needs $count more bytes");
        }
        $offset += $count;

        return $chunk;
    };
}

/**
 * The answer to the protocol handshake {"op": "start", "protocol": 1}.
 *
 * @return array<string, mixed>
 */
function hello(stdClass $request): array
{
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
            'looker-signed-url',
            'metabase-embed',
            'papermap-iframe',
            'tinybird-jwt',
            'boldbi-embed-authorize',
            'semaphor-token',
            'tooljet-pat',
        ],
        'operations' => ['sign', 'verify', 'exchange', 'revoke'],
    ];
}

/**
 * @return array<string, mixed>
 */
function handle(stdClass $request): array
{
    if ($request->op === 'start') {
        return hello($request);
    }
    $now = $request->now ?? null;
    $secret = $request->secret ?? '';
    switch ($request->format) {
        case 'boldbi-embed-url':
            if ($request->op === 'sign') {
                BoldbiEmbedUrl\Token::decodeSecret($secret);
                $input = BoldbiEmbedUrl\Input::fromJson(toJsonValue($request->fields));
                $signed = BoldbiEmbedUrl\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => BoldbiEmbedUrl\Token::verify($request->token, $secret, $now)->toJson()];
        case 'embedseal-v1':
            if ($request->op === 'sign') {
                EmbedsealV1\Token::decodeSecret($secret);
                $input = EmbedsealV1\Input::fromJson(toJsonValue($request->fields));
                $signed = EmbedsealV1\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => EmbedsealV1\Token::verify($request->token, $secret, $now)->toJson()];
        case 'looker-signed-url':
            if ($request->op === 'sign') {
                LookerSignedUrl\Token::decodeSecret($secret);
                $input = LookerSignedUrl\Input::fromJson(toJsonValue($request->fields));
                $signed = LookerSignedUrl\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => LookerSignedUrl\Token::verify($request->token, $secret, $now)->toJson()];
        case 'metabase-embed':
            if ($request->op === 'sign') {
                MetabaseEmbed\Token::decodeSecret($secret);
                $input = MetabaseEmbed\Input::fromJson(toJsonValue($request->fields));
                $signed = MetabaseEmbed\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => MetabaseEmbed\Token::verify($request->token, $secret, $now)->toJson()];
        case 'papermap-iframe':
            if ($request->op === 'sign') {
                PapermapIframe\Token::decodeSecret($secret);
                $input = PapermapIframe\Input::fromJson(toJsonValue($request->fields));
                $signed = PapermapIframe\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => PapermapIframe\Token::verify($request->token, $secret, $now)->toJson()];
        case 'tinybird-jwt':
            if ($request->op === 'sign') {
                TinybirdJwt\Token::decodeSecret($secret);
                $input = TinybirdJwt\Input::fromJson(toJsonValue($request->fields));
                $signed = TinybirdJwt\Token::sign($input, $secret, $now, randomSource($request->random ?? ''));

                return signedAnswer($signed->token, $signed->url, $signed->signature, $signed->response);
            }

            return ['ok' => true, 'claims' => TinybirdJwt\Token::verify($request->token, $secret, $now)->toJson()];
        case 'boldbi-embed-authorize':
            $baseUrl = $request->base_url ?? null;
            $timeoutMs = $request->timeout_ms ?? null;
            if ($request->op !== 'exchange') {
                throw new InvalidArgumentException("{$request->format} does not support {$request->op}");
            }
            $input = BoldbiEmbedAuthorize\Input::fromJson(toJsonValue($request->fields));
            $result = BoldbiEmbedAuthorize\Exchange::exchange($input, $secret, $now, $baseUrl, $timeoutMs);

            return ['ok' => true, 'result' => [
                'token' => $result->token,
                'expires_at' => $result->expiresAt,
                'url' => $result->url,
                'response' => $result->response,
            ]];
        case 'semaphor-token':
            $baseUrl = $request->base_url ?? null;
            $timeoutMs = $request->timeout_ms ?? null;
            if ($request->op === 'revoke') {
                SemaphorToken\Exchange::revoke($request->token, now: $now, baseUrl: $baseUrl, timeoutMs: $timeoutMs);

                return ['ok' => true];
            }
            if ($request->op !== 'exchange') {
                throw new InvalidArgumentException("{$request->format} does not support {$request->op}");
            }
            $input = SemaphorToken\Input::fromJson(toJsonValue($request->fields));
            $result = SemaphorToken\Exchange::exchange($input, $secret, $now, $baseUrl, $timeoutMs);

            return ['ok' => true, 'result' => [
                'token' => $result->token,
                'expires_at' => $result->expiresAt,
                'url' => $result->url,
                'response' => $result->response,
            ]];
        case 'tooljet-pat':
            $baseUrl = $request->base_url ?? null;
            $timeoutMs = $request->timeout_ms ?? null;
            if ($request->op !== 'exchange') {
                throw new InvalidArgumentException("{$request->format} does not support {$request->op}");
            }
            $input = TooljetPat\Input::fromJson(toJsonValue($request->fields));
            $result = TooljetPat\Exchange::exchange($input, $secret, $now, $baseUrl, $timeoutMs);

            return ['ok' => true, 'result' => [
                'token' => $result->token,
                'expires_at' => $result->expiresAt,
                'url' => $result->url,
                'response' => $result->response,
            ]];
        default:
            throw new InvalidArgumentException("unknown format {$request->format}");
    }
}

/**
 * @return array<string, mixed>
 */
function signedAnswer(?string $token, string $url, string $signature, JsonObject $response): array
{
    $answer = ['ok' => true];
    if ($token !== null) {
        $answer['token'] = $token;
    }

    return $answer + ['url' => $url, 'signature' => $signature, 'response' => $response];
}

/**
 * @param array<string, mixed> $answer
 */
function write(array $answer): void
{
    // Members encoded one by one: the answer's own nesting must not count
    // against the depth limit of the claims it carries. ASCII only: U+2028
    // and friends would split the line for some readers.
    $profile = new JsonProfile(asciiOnly: true);
    $members = [];
    foreach ($answer as $name => $value) {
        try {
            $members[] = Json::encode($name, $profile) . ':' . Json::encode($value, $profile);
        } catch (Throwable) {
            $members[] = Json::encode($name, $profile) . ':'
                . (json_encode($value, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES) ?: 'null');
        }
    }
    fwrite(STDOUT, '{' . implode(',', $members) . "}\n");
    fflush(STDOUT);
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
    } catch (EmbedsealException $error) {
        $answer = ['ok' => false, 'error' => $error->getErrorCode()];
        if ($error->retryAfter !== null) {
            $answer['retry_after'] = $error->retryAfter;
        }
    } catch (Throwable $error) {
        $detail = get_class($error) . ': ' . $error->getMessage();
        $answer = ['ok' => false, 'error' => 'adapter_error', 'detail' => $detail];
    }
    write(['id' => $id] + $answer);
}
