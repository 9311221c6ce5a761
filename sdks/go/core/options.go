// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"crypto/rand"
	"io"
	"time"
)

// Options are the clock and the randomness a sign or verify call uses.
type Options struct {
	Now    int64     // Unix seconds
	Random io.Reader // the source of random fields
}

// Option changes the Options of one call.
type Option func(*Options)

// WithNow makes the call act as if the time were t.
func WithNow(t time.Time) Option {
	return func(o *Options) { o.Now = t.Unix() }
}

// WithRandom makes the call draw random fields from r instead of crypto/rand.
func WithRandom(r io.Reader) Option {
	return func(o *Options) { o.Random = r }
}

// NewOptions applies opts to the defaults: the current time and crypto/rand.
func NewOptions(opts []Option) Options {
	o := Options{Now: time.Now().Unix(), Random: rand.Reader}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}
