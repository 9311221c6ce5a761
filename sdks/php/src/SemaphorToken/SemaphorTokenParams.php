<?php

// Code generated from spec/formats/semaphor-token.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\SemaphorToken;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * A nested object of the Semaphor dashboard token (Semaphor).
 */
final class SemaphorTokenParams
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['currencyFormat'];

    /**
     * @param ?SemaphorTokenCurrencyFormat $currencyFormat How numbers show as money; values as Intl.NumberFormat takes
     *                                                     them.
     */
    public function __construct(
        public readonly ?SemaphorTokenCurrencyFormat $currencyFormat = null,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        if ($this->currencyFormat !== null) {
            $json->set('currencyFormat', $this->currencyFormat->toJson());
        }

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            currencyFormat: $json->has('currencyFormat')
                ? SemaphorTokenCurrencyFormat::fromJson($json->get('currencyFormat'))
                : null,
        );
    }

    /**
     * Refuses a JSON value that is not a valid SemaphorTokenParams.
     *
     * @internal
     *
     * @throws \Embedseal\Runtime\EmbedsealException with $code (missing_claim for an absent required claim)
     */
    public static function check(JsonObject $value, string $where, ErrorCode $code): void
    {
        if ($code === ErrorCode::InvalidInput) {
            Check::knownMembers($value, self::MEMBERS, $where, $code);
        }
        if ($value->has('currencyFormat')) {
            Check::type($value->get('currencyFormat'), 'object', $where . '.currencyFormat', $code);
            SemaphorTokenCurrencyFormat::check($value->get('currencyFormat'), $where . '.currencyFormat', $code);
        }
    }
}
