<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenLines;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Golden lines fixture (embedseal tests).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['host', 'path', 'user', 'groups', 'display'];

    /**
     * @param string $host
     * @param string $path
     * @param string $user
     * @param ?list<int> $groups
     * @param ?string $display
     */
    public function __construct(
        public readonly string $host,
        public readonly string $path,
        public readonly string $user,
        public readonly ?array $groups = null,
        public readonly ?string $display = null,
    ) {
    }

    /**
     * The input from JSON (e.g. a decoded request body); null means absent.
     *
     * @throws \Embedseal\Runtime\EmbedsealException invalid_input for unknown
     *                                               members, wrong types and
     *                                               values outside their constraints
     */
    public static function fromJson(JsonObject $json): self
    {
        Check::knownMembers($json, self::MEMBERS, 'input', ErrorCode::InvalidInput);
        $present = [];
        foreach ($json as $name => $value) {
            if ($value !== null) {
                Schema::checkField($name, $value, ErrorCode::InvalidInput);
                $present[$name] = $value;
            }
        }

        return new self(
            host: $present['host'] ?? throw self::required('host'),
            path: $present['path'] ?? throw self::required('path'),
            user: $present['user'] ?? throw self::required('user'),
            groups: $present['groups'] ?? null,
            display: $present['display'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
