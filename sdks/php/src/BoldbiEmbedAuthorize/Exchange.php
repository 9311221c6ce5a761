<?php

// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedAuthorize;

use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Http;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;

/**
 * Bold BI embed token (v14.1 and later) (Bold BI): the backend sends its secret to Bold BI
 * over HTTPS and receives a token (generated from spec/formats/boldbi-embed-authorize.yaml).
 *
 * @see https://help.boldbi.com/embedding-options/embedding-sdk/token-generation/
 */
final class Exchange
{
    /** The request's timeout when the caller names none, in milliseconds. */
    public const TIMEOUT_MS = 10000;

    /** The statuses that carry a token. */
    private const SUCCESS = [200];

    /** Status (or class) → error code. */
    private const ERRORS = [
        '400' => 'invalid_request',
        '401' => 'unauthorized',
        '403' => 'forbidden',
        '404' => 'not_found',
        '429' => 'rate_limited',
        '4xx' => 'invalid_request',
        '5xx' => 'upstream_error',
    ];

    /** The inputs, in declared order. */
    private const INPUTS = ['serverurl', 'siteidentifier', 'email', 'dashboard'];

    // --8<-- [start:sign]
    /**
     * Trades the secret for a token.
     *
     * @param Input       $input     The request's inputs.
     * @param string      $secret    The embed secret from Bold BI's embed settings; sent in the body as embedsecret.
     * @param int|null    $now       Unix seconds (default: the clock), for expires_at.
     * @param string|null $baseUrl   Replaces the scheme and host of the URL (tests, proxies).
     * @param int|null    $timeoutMs The timeout (default 10000 ms).
     *
     * @throws EmbedsealException invalid_input, invalid_key, invalid_request,
     *                                               unauthorized, forbidden, not_found, rate_limited,
     *                                               upstream_error, timeout or bad_response
     */
    public static function exchange(
        Input $input,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
        ?string $baseUrl = null,
        ?int $timeoutMs = null,
    ): Exchanged {
        Http::checkSecret($secret);
        $now ??= time();
        $values = self::values($input);

        $body = new JsonObject();
        if ($values->has('serverurl')) {
            $body->set('serverurl', $values->get('serverurl'));
        }
        if ($values->has('siteidentifier')) {
            $body->set('siteidentifier', $values->get('siteidentifier'));
        }
        if ($values->has('email')) {
            $body->set('email', $values->get('email'));
        }
        $body->set('embedsecret', $secret);
        if ($values->has('dashboard')) {
            $body->set('dashboard', $values->get('dashboard'));
        }
        $url = Http::url(
            Http::part($values->get('serverurl'), 'serverurl', false)
            . '/api/'
            . Http::part($values->get('siteidentifier'), 'siteidentifier', false)
            . '/embed/authorize',
            $baseUrl,
        );
        $headers = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
        $json = Json::encode($body, self::profile());
        [$status, $received, $text] = Http::send('POST', $url, $headers, $json, $timeoutMs ?? self::TIMEOUT_MS);
        Http::checkStatus($status, $received, self::SUCCESS, self::ERRORS, $now);

        $answer = Http::parse($text);
        if (!Http::equals(Http::member($answer, ['ApiStatus'], Http::class), true)) {
            throw new EmbedsealException(
                ErrorCode::BadResponse,
                'ApiStatus does not hold its expected value',
            );
        }
        $token = Http::string($answer, ['Data', 'access_token']);
        $embedUrl = null;
        $lifetime = Http::lifetime(Http::member($answer, ['Data', 'expires_in']));
        $expiresAt = $now + $lifetime;

        return new Exchanged($token, $expiresAt, $embedUrl, $answer);
    }
    // --8<-- [end:sign]

    /**
     * The inputs with their defaults applied, checked.
     */
    private static function values(Input $input): JsonObject
    {
        $values = new JsonObject();
        $values->set('serverurl', $input->serverurl);
        $values->set('siteidentifier', $input->siteidentifier);
        $values->set('email', $input->email);
        if ($input->dashboard !== null) {
            $values->set('dashboard', $input->dashboard->toJson());
        }
        Schema::checkMembers($values, self::INPUTS, ErrorCode::InvalidInput);

        return $values;
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', false, false);
    }
}
