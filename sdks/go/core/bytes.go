// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"encoding/base64"
	"encoding/hex"
)

// ByteEncoding names a text form for bytes such as a MAC or a token segment.
type ByteEncoding string

// The byte encodings a format spec can name.
const (
	Hex            ByteEncoding = "hex"             // lowercase hexadecimal
	Base64         ByteEncoding = "base64"          // standard alphabet, padded
	Base64URL      ByteEncoding = "base64url"       // URL-safe alphabet, padded
	Base64URLNoPad ByteEncoding = "base64url-nopad" // URL-safe alphabet, no padding
)

// Encode returns the canonical text form of b. It panics if e is not one of
// the encodings defined above.
func (e ByteEncoding) Encode(b []byte) string {
	if e == Hex {
		return hex.EncodeToString(b)
	}
	return e.base64().EncodeToString(b)
}

// Decode is the canonical inverse of Encode: it accepts s only if
// e.Encode(result) == s exactly, so uppercase hex, a wrong alphabet, missing
// or extra padding, non-zero trailing bits and whitespace all fail with
// CodeMalformed. It panics if e is not one of the encodings defined above.
func (e ByteEncoding) Decode(s string) ([]byte, error) {
	var b []byte
	var err error
	if e == Hex {
		b, err = hex.DecodeString(s)
	} else {
		b, err = e.base64().DecodeString(s)
	}
	if err != nil || e.Encode(b) != s {
		return nil, Errorf(CodeMalformed, "text is not canonical %s", string(e))
	}
	return b, nil
}

func (e ByteEncoding) base64() *base64.Encoding {
	switch e {
	case Base64:
		return base64.StdEncoding
	case Base64URL:
		return base64.URLEncoding
	case Base64URLNoPad:
		return base64.RawURLEncoding
	default:
		panic("embedseal: unknown byte encoding " + string(e))
	}
}
