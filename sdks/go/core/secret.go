// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// KeyEncoding names how a shared secret is written in configuration.
type KeyEncoding string

// The secret encodings a format spec can name.
const (
	KeyUTF8      KeyEncoding = "utf8"      // the UTF-8 bytes of the text
	KeyHex       KeyEncoding = "hex"       // hexadecimal, either case, even length
	KeyBase64    KeyEncoding = "base64"    // standard alphabet, padding required
	KeyBase64URL KeyEncoding = "base64url" // URL-safe alphabet, padding complete or absent
)

// DecodeSecret returns the key bytes written as text in encoding enc. A
// secret that is empty or not valid in enc fails with CodeInvalidKey; one
// that decodes to fewer than minBytes bytes fails with CodeWeakKey. Error
// details never contain the secret.
func DecodeSecret(text string, enc KeyEncoding, minBytes int) ([]byte, error) {
	if text == "" {
		return nil, Errorf(CodeInvalidKey, "secret is empty")
	}
	key, err := enc.decode(text)
	if err != nil {
		return nil, err
	}
	if len(key) == 0 {
		return nil, Errorf(CodeInvalidKey, "secret is empty")
	}
	if len(key) < minBytes {
		return nil, Errorf(CodeWeakKey, "secret is shorter than %d bytes", minBytes)
	}
	return key, nil
}

// decode never wraps the standard library's errors: they quote input bytes.
func (enc KeyEncoding) decode(text string) ([]byte, error) {
	var key []byte
	var err error
	switch enc {
	case KeyUTF8:
		if !utf8.ValidString(text) {
			return nil, Errorf(CodeInvalidKey, "secret is not valid UTF-8")
		}
		return []byte(text), nil
	case KeyHex:
		key, err = hex.DecodeString(text)
	case KeyBase64:
		key, err = decodeBase64(base64.StdEncoding, text)
	case KeyBase64URL:
		// Padding is either complete or absent: "AQ==" and "AQ" are accepted, "AQ=" is not.
		if !strings.Contains(text, "=") {
			text += strings.Repeat("=", (4-len(text)%4)%4)
		}
		key, err = decodeBase64(base64.URLEncoding, text)
	default:
		return nil, Errorf(CodeInvalidKey, "unknown secret encoding %q", string(enc))
	}
	if err != nil {
		return nil, Errorf(CodeInvalidKey, "secret is not valid %s", string(enc))
	}
	return key, nil
}

// decodeBase64 refuses the line breaks that encoding/base64 silently skips.
func decodeBase64(e *base64.Encoding, text string) ([]byte, error) {
	if strings.ContainsAny(text, "\r\n") {
		return nil, base64.CorruptInputError(strings.IndexAny(text, "\r\n"))
	}
	return e.DecodeString(text)
}
