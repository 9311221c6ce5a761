// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Parse reads one JSON document strictly, for verification. Objects become
// *Object (member order kept), arrays []any, integers int64, and null nil.
//
// Anything two JSON parsers could read differently fails with CodeMalformed:
// invalid UTF-8, a byte order mark, an empty document or trailing data,
// fractions, exponents, leading zeros or a leading '+', -0, integers beyond
// ±MaxSafeInteger, raw control characters, unknown escapes, lone surrogates,
// duplicate keys, and nesting deeper than MaxDepth.
func Parse(data []byte) (any, error) {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return nil, Errorf(CodeMalformed, "JSON starts with a byte order mark")
	}
	if !utf8.Valid(data) {
		return nil, Errorf(CodeMalformed, "JSON is not valid UTF-8")
	}
	p := parser{data: data}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.fail("unexpected data after the JSON value")
	}
	return v, nil
}

type parser struct {
	data []byte
	pos  int
}

func (p *parser) fail(what string) error {
	return Errorf(CodeMalformed, "%s at byte %d", what, p.pos)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after whitespace, or 0 at the end of input.
func (p *parser) peek() byte {
	p.skipSpace()
	if p.pos == len(p.data) {
		return 0
	}
	return p.data[p.pos]
}

func (p *parser) value(depth int) (any, error) {
	switch c := p.peek(); {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.string()
	case c == '-' || ('0' <= c && c <= '9'):
		return p.number()
	case c == 0 && p.pos == len(p.data):
		return nil, p.fail("unexpected end of JSON")
	default:
		return p.literal()
	}
}

func (p *parser) literal() (any, error) {
	for _, lit := range []struct {
		text  string
		value any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if bytes.HasPrefix(p.data[p.pos:], []byte(lit.text)) {
			p.pos += len(lit.text)
			return lit.value, nil
		}
	}
	return nil, p.fail("unexpected character")
}

// enter opens an array or object, refusing to go deeper than MaxDepth.
func (p *parser) enter(depth int) error {
	if depth >= MaxDepth {
		return p.fail("nesting deeper than " + strconv.Itoa(MaxDepth))
	}
	p.pos++
	return nil
}

func (p *parser) array(depth int) (any, error) {
	if err := p.enter(depth); err != nil {
		return nil, err
	}
	items := []any{}
	if p.peek() == ']' {
		p.pos++
		return items, nil
	}
	for {
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		if done, err := p.next(']'); done || err != nil {
			return items, err
		}
	}
}

func (p *parser) object(depth int) (any, error) {
	if err := p.enter(depth); err != nil {
		return nil, err
	}
	obj := &Object{}
	if p.peek() == '}' {
		p.pos++
		return obj, nil
	}
	seen := map[string]bool{}
	for {
		if p.peek() != '"' {
			return nil, p.fail("expected a string key")
		}
		start := p.pos
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		if seen[key] {
			p.pos = start
			return nil, p.fail("duplicate key " + strconv.Quote(key))
		}
		seen[key] = true
		if p.peek() != ':' {
			return nil, p.fail("expected ':'")
		}
		p.pos++
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		obj.members = append(obj.members, Member{Key: key, Value: v})
		if done, err := p.next('}'); done || err != nil {
			return obj, err
		}
	}
}

// next consumes ',' (more to come) or the closing byte (done).
func (p *parser) next(closing byte) (done bool, err error) {
	switch p.peek() {
	case ',':
		p.pos++
		return false, nil
	case closing:
		p.pos++
		return true, nil
	default:
		return false, p.fail("expected ',' or '" + string(closing) + "'")
	}
}

func (p *parser) number() (any, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	digits := p.pos
	for p.pos < len(p.data) && '0' <= p.data[p.pos] && p.data[p.pos] <= '9' {
		p.pos++
	}
	text := string(p.data[start:p.pos])
	switch {
	case p.pos == digits:
		return nil, p.fail("expected a digit")
	case p.data[digits] == '0' && p.pos-digits > 1:
		return nil, p.fail("number with a leading zero")
	case text == "-0":
		return nil, p.fail("negative zero")
	case p.pos < len(p.data) && strings.IndexByte(".eE", p.data[p.pos]) >= 0:
		return nil, p.fail("number with a fraction or exponent")
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n > MaxSafeInteger || n < -MaxSafeInteger {
		p.pos = start
		return nil, p.fail("integer outside ±(2^53 - 1)")
	}
	return n, nil
}

func (p *parser) string() (string, error) {
	p.pos++ // opening quote
	var b strings.Builder
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", p.fail("raw control character in string")
		default:
			b.WriteByte(c) // the input is valid UTF-8, so bytes copy through
			p.pos++
		}
	}
	return "", p.fail("unterminated string")
}

var simpleEscapes = map[byte]byte{
	'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

func (p *parser) escape(b *strings.Builder) error {
	if p.pos+1 < len(p.data) {
		if c, ok := simpleEscapes[p.data[p.pos+1]]; ok {
			b.WriteByte(c)
			p.pos += 2
			return nil
		}
	}
	r, ok := p.unit()
	switch {
	case !ok:
		return p.fail("invalid escape")
	case utf16.IsSurrogate(r) && r >= 0xdc00:
		return p.fail("lone low surrogate")
	case utf16.IsSurrogate(r):
		lo, ok := p.unit()
		if !ok || lo < 0xdc00 || lo > 0xdfff {
			return p.fail("high surrogate without a low surrogate")
		}
		r = utf16.DecodeRune(r, lo)
	}
	b.WriteRune(r)
	return nil
}

// unit reads one \uXXXX escape (hex digits of either case).
func (p *parser) unit() (rune, bool) {
	if p.pos+6 > len(p.data) || p.data[p.pos] != '\\' || p.data[p.pos+1] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[p.pos+2:p.pos+6]), 16, 16)
	if err != nil {
		return 0, false
	}
	p.pos += 6
	return rune(n), true
}
