// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"strconv"
	"unicode/utf8"
)

// Kind is the JSON type of a field's value.
type Kind string

// The value kinds a format spec can name.
const (
	KindString   Kind = "string"
	KindInteger  Kind = "integer"
	KindUnixTime Kind = "unix-time" // an integer number of seconds since the Unix epoch
	KindBoolean  Kind = "boolean"
	KindObject   Kind = "object"
	KindArray    Kind = "array"
)

// Source says where a field's value comes from when signing.
type Source string

// The field sources a format spec can name.
const (
	SourceCaller    Source = "caller"    // the sign call's input
	SourceConstant  Source = "constant"  // the caller's, the same for every token
	SourceClock     Source = "clock"     // the signing time
	SourceRandom    Source = "random"    // fresh random bytes
	SourceSignature Source = "signature" // the signature itself (envelopes)
)

// Placement says where a field travels.
type Placement string

// The placements a format spec can name.
const (
	InPayload Placement = "payload"
	InHeader  Placement = "header"
	InURL     Placement = "url"
)

// Shape is a value's type and constraints.
type Shape struct {
	Kind         Kind
	Items        *Shape   // arrays: the shape of every item
	Properties   []Field  // declared objects: their members; empty for free objects
	ExactlyOneOf []string // declared objects: exactly one of these members is present
	Enum         []any    // allowed values, when not empty
	MaxLength    int      // strings: at most this many code points, when > 0
	Minimum      *int64   // integers: the smallest allowed value, when set
	Maximum      *int64   // integers: the largest allowed value, when set
}

// Field is one field of a format, or one member of a declared object.
type Field struct {
	Name           string
	Shape          Shape
	Required       bool
	Source         Source
	Placement      Placement
	Fixed          any    // a value the field always has, or nil
	Default        any    // the value used when the caller gives none, or nil
	NowPlus        *int64 // a default of the signing time plus this many seconds
	RandomBytes    int    // random fields: how many bytes to draw
	RandomEncoding string // random fields: hex, base64url-nopad or uuid
}

// IsInput reports whether the sign call takes the field from its caller.
func (f Field) IsInput() bool {
	return (f.Source == SourceCaller || f.Source == SourceConstant) && f.Fixed == nil
}

// Int64 returns a pointer to n, for the optional bounds of a Shape.
func Int64(n int64) *int64 {
	return &n
}

// CheckShape refuses v with code unless it has shape s and meets its
// constraints. where names the value in the error detail.
func CheckShape(s Shape, v any, where string, code ErrorCode) error {
	if !hasKind(s.Kind, v) {
		return Errorf(code, "%s: expected %s, got %s", where, s.Kind, jsonType(v))
	}
	switch s.Kind {
	case KindObject:
		if err := checkObject(s, v.(*Object), where, code); err != nil {
			return err
		}
	case KindArray:
		for i, item := range v.([]any) {
			if err := CheckShape(*s.Items, item, where+"["+strconv.Itoa(i)+"]", code); err != nil {
				return err
			}
		}
	}
	return checkConstraints(s, v, where, code)
}

// CheckMembers checks the declared members of obj in order: an absent
// required member is missing (CodeMissingClaim when code is
// CodeInvalidClaim), a present one must have its shape and fixed value.
func CheckMembers(fields []Field, obj *Object, where string, code ErrorCode) error {
	missing := code
	if code == CodeInvalidClaim {
		missing = CodeMissingClaim
	}
	for _, f := range fields {
		path := f.Name
		if where != "" {
			path = where + "." + f.Name
		}
		v, ok := obj.Get(f.Name)
		if !ok {
			if f.Required {
				return Errorf(missing, "%s is required", path)
			}
			continue
		}
		if err := CheckShape(f.Shape, v, path, code); err != nil {
			return err
		}
		if f.Fixed != nil && !sameJSON(v, f.Fixed) {
			return Errorf(code, "%s has the wrong value", path)
		}
	}
	return nil
}

func hasKind(k Kind, v any) bool {
	switch k {
	case KindString:
		_, ok := v.(string)
		return ok
	case KindInteger, KindUnixTime:
		_, ok := v.(int64)
		return ok
	case KindBoolean:
		_, ok := v.(bool)
		return ok
	case KindObject:
		o, ok := v.(*Object)
		return ok && o != nil
	case KindArray:
		_, ok := v.([]any)
		return ok
	}
	return false
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case int, int64:
		return "integer"
	case *Object:
		return "object"
	case []any:
		return "array"
	default:
		return "another type"
	}
}

func checkObject(s Shape, obj *Object, where string, code ErrorCode) error {
	if len(s.Properties) == 0 {
		if _, err := Encode(obj, CompactProfile); err != nil {
			return Errorf(code, "%s: %s", where, err.(*Error).Detail)
		}
		return nil
	}
	if code == CodeInvalidInput {
		for _, m := range obj.members {
			if !declared(s.Properties, m.Key) {
				return Errorf(code, "%s: unknown member %q", where, m.Key)
			}
		}
	}
	if err := CheckMembers(s.Properties, obj, where, code); err != nil {
		return err
	}
	if len(s.ExactlyOneOf) > 0 {
		present := 0
		for _, name := range s.ExactlyOneOf {
			if _, ok := obj.Get(name); ok {
				present++
			}
		}
		if present != 1 {
			return Errorf(code, "%s: exactly one of %v is required", where, s.ExactlyOneOf)
		}
	}
	return nil
}

func declared(fields []Field, name string) bool {
	for _, f := range fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

func checkConstraints(s Shape, v any, where string, code ErrorCode) error {
	if len(s.Enum) > 0 {
		found := false
		for _, allowed := range s.Enum {
			found = found || sameJSON(v, allowed)
		}
		if !found {
			return Errorf(code, "%s: not one of the allowed values", where)
		}
	}
	if text, ok := v.(string); ok && s.MaxLength > 0 && utf8.RuneCountInString(text) > s.MaxLength {
		return Errorf(code, "%s: longer than %d characters", where, s.MaxLength)
	}
	if n, ok := v.(int64); ok {
		if n > MaxSafeInteger || n < -MaxSafeInteger {
			return Errorf(code, "%s: integer outside ±(2^53 - 1)", where)
		}
		if s.Minimum != nil && n < *s.Minimum {
			return Errorf(code, "%s: below the minimum %d", where, *s.Minimum)
		}
		if s.Maximum != nil && n > *s.Maximum {
			return Errorf(code, "%s: above the maximum %d", where, *s.Maximum)
		}
	}
	return nil
}

// sameJSON reports whether a and b are the same JSON value.
func sameJSON(a, b any) bool {
	sorted := Profile{ItemSeparator: ",", KeySeparator: ":", SortKeys: true}
	x, errA := Encode(a, sorted)
	y, errB := Encode(b, sorted)
	return errA == nil && errB == nil && x == y
}
