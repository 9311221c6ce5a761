// Code generated from the embedseal runtime; DO NOT EDIT.

// Package core is the small runtime shared by every embedseal token format:
// a byte-exact JSON encoder and a strict JSON parser, canonical hex and
// base64, secret decoding, HMAC with constant-time comparison,
// percent-encoding, and the Error type. It uses only the standard library.
//
// Every function follows the embedseal runtime contract, which the SDKs of
// all languages share and test against the same cases, so a token signed in
// one language verifies in all the others.
package core
