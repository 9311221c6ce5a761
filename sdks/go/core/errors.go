// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import "fmt"

// ErrorCode names the kind of failure. Its string value is the wire name
// shared by every embedseal SDK, so it is safe to log and to compare.
type ErrorCode string

// Verification failures.
const (
	CodeMalformed       ErrorCode = "malformed"
	CodeBadSignature    ErrorCode = "bad_signature"
	CodeAlgNotAllowed   ErrorCode = "alg_not_allowed"
	CodeExpired         ErrorCode = "expired"
	CodeNotYetValid     ErrorCode = "not_yet_valid"
	CodeLifetimeTooLong ErrorCode = "lifetime_too_long"
	CodeMissingClaim    ErrorCode = "missing_claim"
	CodeInvalidClaim    ErrorCode = "invalid_claim"
)

// Signing and key failures.
const (
	CodeInvalidInput ErrorCode = "invalid_input"
	CodeInvalidKey   ErrorCode = "invalid_key"
	CodeWeakKey      ErrorCode = "weak_key"
)

// Exchange failures: the vendor refused the call, failed, or answered
// something other than what the format describes.
const (
	CodeInvalidRequest ErrorCode = "invalid_request"
	CodeUnauthorized   ErrorCode = "unauthorized"
	CodeForbidden      ErrorCode = "forbidden"
	CodeNotFound       ErrorCode = "not_found"
	CodeRateLimited    ErrorCode = "rate_limited"
	CodeUpstreamError  ErrorCode = "upstream_error"
	CodeTimeout        ErrorCode = "timeout"
	CodeBadResponse    ErrorCode = "bad_response"
)

// Error is the only error type returned by embedseal. Detail says what is
// wrong and where (a claim name, a token segment, a byte offset); it never
// contains a secret.
type Error struct {
	Code   ErrorCode
	Detail string
	// Status is the vendor's HTTP status, for exchange failures that have
	// one (0 otherwise).
	Status int
	// RetryAfter is the vendor's Retry-After in seconds, for rate_limited
	// answers that sent one (nil otherwise).
	RetryAfter *int64
}

// Errorf returns an *Error with the given code and a formatted detail.
func Errorf(code ErrorCode, format string, args ...any) *Error {
	return &Error{Code: code, Detail: fmt.Sprintf(format, args...)}
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Detail == "" {
		return "embedseal: " + string(e.Code)
	}
	return "embedseal: " + string(e.Code) + ": " + e.Detail
}

// Is reports whether target is an *Error with the same code, so that
// errors.Is(err, core.ErrExpired) matches any expiry failure.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Sentinel errors, one per code, for use with errors.Is.
var (
	ErrMalformed       = &Error{Code: CodeMalformed}
	ErrBadSignature    = &Error{Code: CodeBadSignature}
	ErrAlgNotAllowed   = &Error{Code: CodeAlgNotAllowed}
	ErrExpired         = &Error{Code: CodeExpired}
	ErrNotYetValid     = &Error{Code: CodeNotYetValid}
	ErrLifetimeTooLong = &Error{Code: CodeLifetimeTooLong}
	ErrMissingClaim    = &Error{Code: CodeMissingClaim}
	ErrInvalidClaim    = &Error{Code: CodeInvalidClaim}
	ErrInvalidInput    = &Error{Code: CodeInvalidInput}
	ErrInvalidKey      = &Error{Code: CodeInvalidKey}
	ErrWeakKey         = &Error{Code: CodeWeakKey}
	ErrInvalidRequest  = &Error{Code: CodeInvalidRequest}
	ErrUnauthorized    = &Error{Code: CodeUnauthorized}
	ErrForbidden       = &Error{Code: CodeForbidden}
	ErrNotFound        = &Error{Code: CodeNotFound}
	ErrRateLimited     = &Error{Code: CodeRateLimited}
	ErrUpstreamError   = &Error{Code: CodeUpstreamError}
	ErrTimeout         = &Error{Code: CodeTimeout}
	ErrBadResponse     = &Error{Code: CodeBadResponse}
)
