<?php

// Code generated from spec/formats/semaphor-token.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\SemaphorToken;

use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Http;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;

/**
 * Semaphor dashboard token (Semaphor): the backend sends its secret to Semaphor
 * over HTTPS and receives a token (generated from spec/formats/semaphor-token.yaml).
 *
 * @see https://docs.semaphor.cloud/docs/embedding/token-options
 *
 * @see https://docs.semaphor.cloud/docs/api/tokens
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
    private const INPUTS = ['server_url', 'dashboardId', 'tokenExpiry', 'endUserId', 'params'];

    // --8<-- [start:sign]
    /**
     * Trades the secret for a token.
     *
     * @param Input       $input     The request's inputs.
     * @param string      $secret    The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body.
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
        if ($values->has('dashboardId')) {
            $body->set('dashboardId', $values->get('dashboardId'));
        }
        $body->set('dashboardSecret', $secret);
        if ($values->has('tokenExpiry')) {
            $body->set('tokenExpiry', $values->get('tokenExpiry'));
        }
        if ($values->has('endUserId')) {
            $body->set('endUserId', $values->get('endUserId'));
        }
        if ($values->has('params')) {
            $body->set('params', $values->get('params'));
        }
        $url = Http::url(
            Http::part($values->get('server_url'), 'server_url', false)
            . '/api/v1/token',
            $baseUrl,
        );
        $headers = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
        $json = Json::encode($body, self::profile());
        [$status, $received, $text] = Http::send('POST', $url, $headers, $json, $timeoutMs ?? self::TIMEOUT_MS);
        Http::checkStatus($status, $received, self::SUCCESS, self::ERRORS, $now);

        $answer = Http::parse($text);
        $token = Http::string($answer, ['accessToken']);
        $embedUrl = null;
        $lifetime = Http::lifetime($values->get('tokenExpiry'));
        $expiresAt = $now + $lifetime;

        return new Exchanged($token, $expiresAt, $embedUrl, $answer);
    }
    // --8<-- [end:sign]

    /**
     * Invalidates a token with Semaphor's revocation call.
     *
     * @param ?string $serverUrl Semaphor's API origin (injectable for tests and private deployments).
     *
     * @throws EmbedsealException invalid_key (an empty token), invalid_input, or the
     *                                               status / timeout errors of exchange()
     */
    public static function revoke(
        #[\SensitiveParameter] string $token,
        ?string $serverUrl = null,
        ?int $now = null,
        ?string $baseUrl = null,
        ?int $timeoutMs = null,
    ): void {
        Http::checkSecret($token);
        $values = new JsonObject();
        $values->set('server_url', $serverUrl ?? 'https://semaphor.cloud');
        Schema::checkMembers($values, ['server_url'], ErrorCode::InvalidInput);
        $url = Http::url(
            Http::part($values->get('server_url'), 'server_url', false)
            . '/api/v1/invalidate-token',
            $baseUrl,
        );
        $headers = ['Accept' => 'application/json'];
        $headers['Authorization'] = 'Bearer ' . $token;
        [$status, $received] = Http::send('POST', $url, $headers, '', $timeoutMs ?? self::TIMEOUT_MS);
        Http::checkStatus($status, $received, self::SUCCESS, self::ERRORS, $now ?? time());
    }

    /**
     * The inputs with their defaults applied, checked.
     */
    private static function values(Input $input): JsonObject
    {
        $values = new JsonObject();
        $values->set('server_url', $input->serverUrl ?? 'https://semaphor.cloud');
        $values->set('dashboardId', $input->dashboardId);
        $values->set('tokenExpiry', $input->tokenExpiry ?? 3600);
        if ($input->endUserId !== null) {
            $values->set('endUserId', $input->endUserId);
        }
        if ($input->params !== null) {
            $values->set('params', $input->params->toJson());
        }
        Schema::checkMembers($values, self::INPUTS, ErrorCode::InvalidInput);

        return $values;
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', false, false);
    }
}
