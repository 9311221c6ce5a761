<?php

// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TooljetPat;

use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Http;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;

/**
 * ToolJet personal access token (embedded apps) (ToolJet): the backend sends its secret to ToolJet
 * over HTTPS and receives a token (generated from spec/formats/tooljet-pat.yaml).
 *
 * @see https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md
 */
final class Exchange
{
    /** The request's timeout when the caller names none, in milliseconds. */
    public const TIMEOUT_MS = 10000;

    /** The statuses that carry a token. */
    private const SUCCESS = [200, 201];

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
    private const INPUTS = ['server_url', 'email', 'appId', 'sessionExpiry', 'patExpiry'];

    // --8<-- [start:sign]
    /**
     * Trades the secret for a token.
     *
     * @param Input       $input     The request's inputs.
     * @param string      $secret    The external API access token configured on the ToolJet server, sent as given after
     *                               "Authorization: Basic ".
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
        if ($values->has('email')) {
            $body->set('email', $values->get('email'));
        }
        if ($values->has('appId')) {
            $body->set('appId', $values->get('appId'));
        }
        if ($values->has('sessionExpiry')) {
            $body->set('sessionExpiry', $values->get('sessionExpiry'));
        }
        if ($values->has('patExpiry')) {
            $body->set('patExpiry', $values->get('patExpiry'));
        }
        $url = Http::url(
            Http::part($values->get('server_url'), 'server_url', false)
            . '/api/ext/users/personal-access-token',
            $baseUrl,
        );
        $headers = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
        $headers['Authorization'] = 'Basic ' . $secret;
        $json = Json::encode($body, self::profile());
        [$status, $received, $text] = Http::send('POST', $url, $headers, $json, $timeoutMs ?? self::TIMEOUT_MS);
        Http::checkStatus($status, $received, self::SUCCESS, self::ERRORS, $now);

        $answer = Http::parse($text);
        $token = Http::string($answer, ['personalAccessToken']);
        $embedUrl = Http::string($answer, ['redirectUrl']);
        $lifetime = Http::lifetime($values->get('patExpiry'));
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
        $values->set('server_url', $input->serverUrl);
        $values->set('email', $input->email);
        $values->set('appId', $input->appId);
        $values->set('sessionExpiry', $input->sessionExpiry ?? 60);
        $values->set('patExpiry', $input->patExpiry ?? 3600);
        Schema::checkMembers($values, self::INPUTS, ErrorCode::InvalidInput);

        return $values;
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', false, false);
    }
}
