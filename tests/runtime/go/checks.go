package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/embedseal/embedseal-go/core"
)

func checkJSONEncode(c testCase) error {
	value, err := core.Parse([]byte(c.str("value_json")))
	if err != nil {
		return fmt.Errorf("parse value_json: %w", err)
	}
	p := c.object("profile")
	profile := core.Profile{
		ItemSeparator: p.str("item_separator"),
		KeySeparator:  p.str("key_separator"),
		ASCIIOnly:     p.flag("ascii_only"),
		SortKeys:      p.flag("sort_keys"),
	}
	got, err := core.Encode(value, profile)
	if err != nil {
		return err
	}
	return expectString(got, c.str("expected"))
}

func checkJSONParse(c testCase) error {
	value, err := core.Parse([]byte(c.str("text")))
	if !c.flag("valid") {
		return expectError(err, core.CodeMalformed, "")
	}
	if err != nil {
		return err
	}
	got, err := core.Encode(value, core.CompactProfile)
	if err != nil {
		return err
	}
	return expectString(got, c.str("reencoded"))
}

func checkBytesEncode(c testCase) error {
	enc := core.ByteEncoding(c.str("encoding"))
	want := c.bytes("bytes_hex")
	if err := expectString(enc.Encode(want), c.str("text")); err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	got, err := enc.Decode(c.str("text"))
	if err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return expectBytes(got, want)
}

func checkBytesDecodeInvalid(c testCase) error {
	_, err := core.ByteEncoding(c.str("encoding")).Decode(c.str("text"))
	return expectError(err, core.CodeMalformed, "")
}

func checkSecret(c testCase) error {
	minBytes := 0
	if c.has("min_bytes") {
		n, ok := c.field("min_bytes").(int64)
		if !ok {
			return errors.New("min_bytes is not an integer")
		}
		minBytes = int(n)
	}
	text := c.str("text")
	key, err := core.DecodeSecret(text, core.KeyEncoding(c.str("encoding")), minBytes)
	if c.has("error") {
		return expectError(err, core.ErrorCode(c.str("error")), text)
	}
	if err != nil {
		return err
	}
	return expectBytes(key, c.bytes("bytes_hex"))
}

func checkHMAC(c testCase) error {
	mac := core.HMAC(core.MACAlgorithm(c.str("alg")), c.bytes("key_hex"), c.bytes("message_hex"))
	return expectBytes(mac, c.bytes("mac_hex"))
}

func checkPercentEncode(c testCase) error {
	got := core.PercentEncode(c.str("text"), c.str("safe"), c.str("space"))
	return expectString(got, c.str("expected"))
}

func checkPercentDecode(c testCase) error {
	got, err := core.PercentDecode(c.str("text"), c.flag("plus_is_space"))
	if c.has("error") {
		return expectError(err, core.ErrorCode(c.str("error")), "")
	}
	if err != nil {
		return err
	}
	return expectString(got, c.str("expected"))
}

func checkCompare(c testCase) error {
	got := core.ConstantTimeEqual(c.bytes("a_hex"), c.bytes("b_hex"))
	if want := c.flag("equal"); got != want {
		return fmt.Errorf("got %t, want %t", got, want)
	}
	return nil
}

func expectString(got, want string) error {
	if got != want {
		return fmt.Errorf("got %q, want %q", got, want)
	}
	return nil
}

func expectBytes(got, want []byte) error {
	if !bytes.Equal(got, want) {
		return fmt.Errorf("got %x, want %x", got, want)
	}
	return nil
}

// expectError checks that err carries code and, when secret is not empty,
// that its message does not reveal the secret.
func expectError(err error, code core.ErrorCode, secret string) error {
	switch {
	case err == nil:
		return fmt.Errorf("succeeded, want a %s error", code)
	case !errors.Is(err, &core.Error{Code: code}):
		return fmt.Errorf("got %v, want a %s error", err, code)
	case secret != "" && strings.Contains(err.Error(), secret):
		return errors.New("error message reveals the secret")
	}
	return nil
}
