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
final class SemaphorTokenCurrencyFormat
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['locale', 'currency'];

    /**
     * @param string $locale A BCP 47 locale: en-US.
     * @param string $currency An ISO 4217 code: USD.
     */
    public function __construct(
        public readonly string $locale,
        public readonly string $currency,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        $json->set('locale', $this->locale);
        $json->set('currency', $this->currency);

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            locale: $json->get('locale'),
            currency: $json->get('currency'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid SemaphorTokenCurrencyFormat.
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
        Check::required($value, 'locale', $where . '.locale', $code);
        Check::type($value->get('locale'), 'string', $where . '.locale', $code);
        Check::required($value, 'currency', $where . '.currency', $code);
        Check::type($value->get('currency'), 'string', $where . '.currency', $code);
    }
}
