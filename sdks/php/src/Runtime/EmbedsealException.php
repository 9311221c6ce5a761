<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * The single exception type thrown by embedseal.
 *
 * The message says what is wrong and where (claim name, segment); it never
 * contains a secret. Branch on the error code, not on the message:
 *
 *     try {
 *         $claims = $verifier->verify($token);
 *     } catch (EmbedsealException $e) {
 *         if ($e->is(ErrorCode::Expired)) {
 *             // ask the dashboard for a fresh token
 *         }
 *     }
 */
final class EmbedsealException extends \RuntimeException
{
    public function __construct(
        private readonly ErrorCode $errorCode,
        string $message,
        ?\Throwable $previous = null,
        public readonly ?int $status = null,
        public readonly ?int $retryAfter = null,
    ) {
        parent::__construct($message, 0, $previous);
    }

    /**
     * The wire name of the error code, e.g. "bad_signature".
     */
    public function getErrorCode(): string
    {
        return $this->errorCode->value;
    }

    /**
     * The error code as an enum case.
     */
    public function getErrorCodeEnum(): ErrorCode
    {
        return $this->errorCode;
    }

    /**
     * Whether this exception carries the given error code.
     */
    public function is(ErrorCode $code): bool
    {
        return $this->errorCode === $code;
    }
}
