<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * The reason an embed token could not be signed or verified.
 *
 * The backing values are the wire names shared by every embedseal SDK.
 */
enum ErrorCode: string
{
    // Verification.
    case Malformed = 'malformed';
    case BadSignature = 'bad_signature';
    case AlgNotAllowed = 'alg_not_allowed';
    case Expired = 'expired';
    case NotYetValid = 'not_yet_valid';
    case LifetimeTooLong = 'lifetime_too_long';
    case MissingClaim = 'missing_claim';
    case InvalidClaim = 'invalid_claim';

    // Signing and keys.
    case InvalidInput = 'invalid_input';
    case InvalidKey = 'invalid_key';
    case WeakKey = 'weak_key';

    // Exchanges (the vendor's HTTP answer).
    case InvalidRequest = 'invalid_request';
    case Unauthorized = 'unauthorized';
    case Forbidden = 'forbidden';
    case NotFound = 'not_found';
    case RateLimited = 'rate_limited';
    case UpstreamError = 'upstream_error';
    case Timeout = 'timeout';
    case BadResponse = 'bad_response';
}
