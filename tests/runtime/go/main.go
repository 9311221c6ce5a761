// Command primitives checks the embedseal Go runtime against the shared case
// file conformance/vectors/primitives.json, read with the runtime's own
// parser. It prints one line per failing case, then "N passed, M failed",
// and exits with status 1 if any case failed.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/embedseal/embedseal-go/core"
)

// A section is one top-level list of the case file and the check for its cases.
type section struct {
	name  string
	check func(c testCase) error
}

var sections = []section{
	{"json_encode", checkJSONEncode},
	{"json_parse", checkJSONParse},
	{"bytes_encode", checkBytesEncode},
	{"bytes_decode_invalid", checkBytesDecodeInvalid},
	{"secrets", checkSecret},
	{"hmac", checkHMAC},
	{"percent_encode", checkPercentEncode},
	{"percent_decode", checkPercentDecode},
	{"compare", checkCompare},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: primitives path/to/primitives.json")
		os.Exit(2)
	}
	root, err := load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var passed, failed int
	for _, s := range sections {
		cases, ok := root.Get(s.name)
		list, isList := cases.([]any)
		if !ok || !isList || len(list) == 0 {
			fmt.Printf("FAIL %s: section missing or empty\n", s.name)
			failed++
			continue
		}
		for _, item := range list {
			if err := run(s.check, item); err != nil {
				fmt.Printf("FAIL %s\n", err)
				failed++
			} else {
				passed++
			}
		}
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

func load(path string) (*core.Object, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := core.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	root, ok := doc.(*core.Object)
	if !ok {
		return nil, fmt.Errorf("%s: top level is not an object", path)
	}
	return root, nil
}

// run checks one case and returns "id: what went wrong", or nil. A panic (a
// malformed case, or the runtime refusing a name) fails only that case.
func run(check func(testCase) error, item any) (err error) {
	obj, ok := item.(*core.Object)
	if !ok {
		return errors.New("case is not an object")
	}
	c := testCase{obj}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: panic: %v", c.id(), r)
		}
	}()
	if err := check(c); err != nil {
		return fmt.Errorf("%s: %w", c.id(), err)
	}
	return nil
}

// testCase reads the fields of one case; a missing or mistyped field panics.
type testCase struct{ obj *core.Object }

func (c testCase) id() string {
	id, _ := c.obj.Get("id")
	return fmt.Sprint(id)
}

func (c testCase) has(key string) bool {
	_, ok := c.obj.Get(key)
	return ok
}

func (c testCase) field(key string) any {
	v, ok := c.obj.Get(key)
	if !ok {
		panic("missing field " + key)
	}
	return v
}

func (c testCase) str(key string) string {
	s, ok := c.field(key).(string)
	if !ok {
		panic("field " + key + " is not a string")
	}
	return s
}

func (c testCase) flag(key string) bool {
	b, ok := c.field(key).(bool)
	if !ok {
		panic("field " + key + " is not a boolean")
	}
	return b
}

func (c testCase) object(key string) testCase {
	o, ok := c.field(key).(*core.Object)
	if !ok {
		panic("field " + key + " is not an object")
	}
	return testCase{o}
}

// bytes decodes a hex field with the standard library, independently of the
// runtime under test.
func (c testCase) bytes(key string) []byte {
	b, err := hex.DecodeString(c.str(key))
	if err != nil {
		panic("field " + key + " is not hex")
	}
	return b
}
