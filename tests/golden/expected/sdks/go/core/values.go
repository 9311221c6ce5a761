// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"encoding/hex"
	"io"
	"strconv"
)

// Resolve returns the value of every field that will be signed or placed,
// in declared order: a fixed value, the clock, random bytes, the caller's
// input, or the default, in that order of precedence. A required field
// without a value, a value of the wrong shape, a random source that runs
// out and an input that is not a field of the format fail with
// CodeInvalidInput.
func Resolve(fields []Field, inputs *Object, now int64, random io.Reader) (*Object, error) {
	for _, m := range inputs.Members() {
		if !isInput(fields, m.Key) {
			return nil, Errorf(CodeInvalidInput, "%q is not an input of this format", m.Key)
		}
	}
	values := NewObject()
	for _, f := range fields {
		if f.Source == SourceSignature {
			continue
		}
		v, ok, err := resolveOne(f, inputs, now, random)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if err := CheckShape(f.Shape, v, f.Name, CodeInvalidInput); err != nil {
			return nil, err
		}
		values.Set(f.Name, v)
	}
	return values, nil
}

func isInput(fields []Field, name string) bool {
	for _, f := range fields {
		if f.Name == name && f.IsInput() {
			return true
		}
	}
	return false
}

func resolveOne(f Field, inputs *Object, now int64, random io.Reader) (any, bool, error) {
	switch {
	case f.Fixed != nil:
		return f.Fixed, true, nil
	case f.Source == SourceClock:
		return now, true, nil
	case f.Source == SourceRandom:
		text, err := RandomText(random, f.RandomBytes, f.RandomEncoding)
		return text, err == nil, err
	}
	if v, ok := inputs.Get(f.Name); ok && v != nil {
		return v, true, nil
	}
	switch {
	case f.NowPlus != nil:
		return now + *f.NowPlus, true, nil
	case f.Default != nil:
		if obj, ok := f.Default.(*Object); ok {
			return NewObject(obj.Members()...), true, nil // callers may change it
		}
		return f.Default, true, nil
	case f.Required:
		return nil, false, Errorf(CodeInvalidInput, "%s is required", f.Name)
	}
	return nil, false, nil
}

// RandomText draws n bytes from random and writes them as text: "hex",
// "base64url-nopad", or "uuid" (an RFC 9562 version 4 UUID made of the
// first 16 bytes with the version and variant bits set). A source that runs
// out fails with CodeInvalidInput.
func RandomText(random io.Reader, n int, encoding string) (string, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(random, b); err != nil {
		return "", Errorf(CodeInvalidInput, "random: needs %d more bytes", n)
	}
	if encoding != "uuid" {
		return ByteEncoding(encoding).Encode(b), nil
	}
	u := b[:16]
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32], nil
}

// PlainText writes a scalar as message or URL text: strings as they are,
// integers in decimal, booleans as true or false.
func PlainText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	default:
		text, _ := Encode(v, CompactProfile)
		return text
	}
}

// Items converts a typed slice to the []any that Encode and CheckShape
// take, converting each item with conv.
func Items[T any](items []T, conv func(T) any) []any {
	if items == nil {
		return nil
	}
	out := make([]any, len(items))
	for i, item := range items {
		out[i] = conv(item)
	}
	return out
}

// Typed converts a checked []any back to a typed slice with conv.
func Typed[T any](items []any, conv func(any) T) []T {
	out := make([]T, len(items))
	for i, item := range items {
		out[i] = conv(item)
	}
	return out
}

// Same returns v unchanged; with Items it converts slices of JSON scalars.
func Same[T any](v T) any {
	return v
}

// As returns v as a T; with Typed it converts checked slices of JSON
// scalars and objects.
func As[T any](v any) T {
	return v.(T)
}

// Ptr returns a pointer to v.
func Ptr[T any](v T) *T {
	return &v
}

// MustParseObject parses a JSON object literal. It panics when text is not
// a JSON object; use it only for constants written by the generator.
func MustParseObject(text string) *Object {
	v, err := Parse([]byte(text))
	if err != nil {
		panic("embedseal: " + err.Error())
	}
	obj, ok := v.(*Object)
	if !ok {
		panic("embedseal: not a JSON object: " + text)
	}
	return obj
}
