// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"strings"
	"unicode/utf8"
)

// PercentEncode percent-encodes the UTF-8 bytes of text. ASCII letters and
// digits and the ASCII characters of safe are kept; a space becomes space
// ("%20" or "+") unless safe holds it; every other byte becomes %XX with
// uppercase hex digits. encodeURIComponent is safe "-_.!~*'()" with space
// "%20"; RFC 3986 unreserved is safe "-_.~".
func PercentEncode(text, safe, space string) string {
	const digits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case isAlphaNum(c) || (c < utf8.RuneSelf && strings.IndexByte(safe, c) >= 0):
			b.WriteByte(c)
		case c == ' ':
			b.WriteString(space)
		default:
			b.WriteByte('%')
			b.WriteByte(digits[c>>4])
			b.WriteByte(digits[c&0xf])
		}
	}
	return b.String()
}

// PercentDecode reverses percent-encoding: %XX (either case) becomes a byte
// and, when plusIsSpace, '+' becomes a space. A '%' without two hex digits
// after it, or a result that is not valid UTF-8, fails with CodeMalformed.
func PercentDecode(text string, plusIsSpace bool) (string, error) {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '%':
			if i+2 >= len(text) || !isHex(text[i+1]) || !isHex(text[i+2]) {
				return "", Errorf(CodeMalformed, "'%%' without two hex digits at byte %d", i)
			}
			b.WriteByte(unhex(text[i+1])<<4 | unhex(text[i+2]))
			i += 2
		case c == '+' && plusIsSpace:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	if !utf8.ValidString(b.String()) {
		return "", Errorf(CodeMalformed, "percent-decoded text is not valid UTF-8")
	}
	return b.String(), nil
}

func isAlphaNum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

func isHex(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	default:
		return c - 'a' + 10
	}
}
