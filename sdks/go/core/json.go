// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxSafeInteger is the largest integer magnitude embedseal accepts
// (2^53 − 1): the range every JSON implementation represents exactly.
const MaxSafeInteger = 1<<53 - 1

// MaxDepth is the deepest nesting of arrays and objects that Encode and
// Parse accept: a signer never writes what its verifier refuses.
const MaxDepth = 64

// Member is one key/value pair of an Object.
type Member struct {
	Key   string
	Value any
}

// Object is a JSON object that keeps its members in insertion order and
// never holds the same key twice. The zero value is an empty object.
type Object struct {
	members []Member
}

// NewObject returns an object holding members in the given order. A repeated
// key replaces the earlier value, as Set does.
func NewObject(members ...Member) *Object {
	o := &Object{members: make([]Member, 0, len(members))}
	for _, m := range members {
		o.Set(m.Key, m.Value)
	}
	return o
}

// Len returns the number of members.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return len(o.members)
}

// Get returns the value stored under key and whether it is present.
func (o *Object) Get(key string) (any, bool) {
	if i := o.index(key); i >= 0 {
		return o.members[i].Value, true
	}
	return nil, false
}

// Set stores value under key. An existing key keeps its position; a new key
// is appended.
func (o *Object) Set(key string, value any) {
	if i := o.index(key); i >= 0 {
		o.members[i].Value = value
		return
	}
	o.members = append(o.members, Member{Key: key, Value: value})
}

// Members returns a copy of the members in order.
func (o *Object) Members() []Member {
	if o == nil {
		return nil
	}
	return append([]Member(nil), o.members...)
}

func (o *Object) index(key string) int {
	if o == nil {
		return -1
	}
	for i, m := range o.members {
		if m.Key == key {
			return i
		}
	}
	return -1
}

// Profile fixes every byte of Encode's output. Encode(v, p) equals Python's
// json.dumps(v, separators=(p.ItemSeparator, p.KeySeparator),
// ensure_ascii=p.ASCIIOnly, sort_keys=p.SortKeys).
type Profile struct {
	ItemSeparator string // between array items and object members: "," or ", "
	KeySeparator  string // between a key and its value: ":" or ": "
	ASCIIOnly     bool   // escape U+007F and every code point above it
	SortKeys      bool   // order keys by their UTF-8 bytes, at every depth
}

// CompactProfile is the compact, raw UTF-8, unsorted profile.
var CompactProfile = Profile{ItemSeparator: ",", KeySeparator: ":"}

// Encode writes v as JSON using profile p. v may be nil, a bool, a string,
// a Go integer within ±MaxSafeInteger, a []any or []string, an *Object, or
// a map[string]any (whose keys are always sorted, a map having no order of
// its own), nested at most MaxDepth deep. Anything else, floats included,
// fails with CodeInvalidInput.
func Encode(v any, p Profile) (string, error) {
	e := encoder{profile: p}
	if err := e.value(v, 0); err != nil {
		return "", err
	}
	return e.buf.String(), nil
}

type encoder struct {
	buf     strings.Builder
	profile Profile
}

func (e *encoder) value(v any, depth int) error {
	switch v := v.(type) {
	case nil:
		e.buf.WriteString("null")
	case bool:
		e.buf.WriteString(strconv.FormatBool(v))
	case string:
		return e.string(v)
	case int:
		return e.integer(int64(v))
	case int32:
		return e.integer(int64(v))
	case int64:
		return e.integer(v)
	case uint:
		return e.unsigned(uint64(v))
	case uint32:
		return e.integer(int64(v))
	case uint64:
		return e.unsigned(v)
	case float32, float64:
		return Errorf(CodeInvalidInput, "floating-point numbers are not supported; use an integer")
	case []any:
		return e.array(len(v), func(i int) any { return v[i] }, depth)
	case []string:
		return e.array(len(v), func(i int) any { return v[i] }, depth)
	case *Object:
		return e.object(v.Members(), e.profile.SortKeys, depth)
	case map[string]any:
		members := make([]Member, 0, len(v))
		for k, val := range v {
			members = append(members, Member{Key: k, Value: val})
		}
		return e.object(members, true, depth)
	default:
		return Errorf(CodeInvalidInput, "cannot encode a value of type %T", v)
	}
	return nil
}

func (e *encoder) integer(n int64) error {
	if n > MaxSafeInteger || n < -MaxSafeInteger {
		return Errorf(CodeInvalidInput, "integer %d is outside ±(2^53 - 1)", n)
	}
	e.buf.WriteString(strconv.FormatInt(n, 10))
	return nil
}

func (e *encoder) unsigned(n uint64) error {
	if n > MaxSafeInteger {
		return Errorf(CodeInvalidInput, "integer %d is outside ±(2^53 - 1)", n)
	}
	return e.integer(int64(n))
}

func (e *encoder) array(n int, item func(int) any, depth int) error {
	if depth >= MaxDepth {
		return Errorf(CodeInvalidInput, "nesting is deeper than %d", MaxDepth)
	}
	e.buf.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf.WriteString(e.profile.ItemSeparator)
		}
		if err := e.value(item(i), depth+1); err != nil {
			return err
		}
	}
	e.buf.WriteByte(']')
	return nil
}

// object writes members; they are a private copy, so sorting them in place
// is safe.
func (e *encoder) object(members []Member, sortKeys bool, depth int) error {
	if depth >= MaxDepth {
		return Errorf(CodeInvalidInput, "nesting is deeper than %d", MaxDepth)
	}
	if sortKeys {
		// Go compares strings byte by byte: UTF-8 order, which is code point order.
		sort.Slice(members, func(i, j int) bool { return members[i].Key < members[j].Key })
	}
	e.buf.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			e.buf.WriteString(e.profile.ItemSeparator)
		}
		if err := e.string(m.Key); err != nil {
			return err
		}
		e.buf.WriteString(e.profile.KeySeparator)
		if err := e.value(m.Value, depth+1); err != nil {
			return err
		}
	}
	e.buf.WriteByte('}')
	return nil
}

func (e *encoder) string(s string) error {
	if !utf8.ValidString(s) {
		return Errorf(CodeInvalidInput, "string is not valid UTF-8")
	}
	e.buf.WriteByte('"')
	for _, r := range s {
		e.rune(r)
	}
	e.buf.WriteByte('"')
	return nil
}

func (e *encoder) rune(r rune) {
	switch r {
	case '"':
		e.buf.WriteString(`\"`)
	case '\\':
		e.buf.WriteString(`\\`)
	case '\b':
		e.buf.WriteString(`\b`)
	case '\f':
		e.buf.WriteString(`\f`)
	case '\n':
		e.buf.WriteString(`\n`)
	case '\r':
		e.buf.WriteString(`\r`)
	case '\t':
		e.buf.WriteString(`\t`)
	default:
		switch {
		case r < 0x20:
			e.escape(r)
		case r < 0x7f || !e.profile.ASCIIOnly:
			e.buf.WriteRune(r)
		case r > 0xffff:
			hi, lo := utf16.EncodeRune(r)
			e.escape(hi)
			e.escape(lo)
		default:
			e.escape(r) // Python's ensure_ascii escapes U+007F (DEL) too
		}
	}
}

// escape writes one UTF-16 code unit as \uXXXX with lowercase hex digits.
func (e *encoder) escape(unit rune) {
	const digits = "0123456789abcdef"
	e.buf.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		e.buf.WriteByte(digits[unit>>uint(shift)&0xf])
	}
}
