// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
)

// MACAlgorithm names the hash function of an HMAC.
type MACAlgorithm string

// The HMAC hash functions a format spec can name.
const (
	SHA1   MACAlgorithm = "sha1"
	SHA256 MACAlgorithm = "sha256"
	SHA384 MACAlgorithm = "sha384"
	SHA512 MACAlgorithm = "sha512"
)

// HMAC returns the HMAC of message under key. It panics if alg is not one of
// the algorithms defined above.
func HMAC(alg MACAlgorithm, key, message []byte) []byte {
	mac := hmac.New(alg.hash(), key)
	mac.Write(message)
	return mac.Sum(nil)
}

// ConstantTimeEqual reports whether a and b are equal without leaking, through
// timing, where they differ. Always compare MACs with it, never with ==.
func ConstantTimeEqual(a, b []byte) bool {
	return hmac.Equal(a, b)
}

func (alg MACAlgorithm) hash() func() hash.Hash {
	switch alg {
	case SHA1:
		return sha1.New
	case SHA256:
		return sha256.New
	case SHA384:
		return sha512.New384
	case SHA512:
		return sha512.New
	default:
		panic("embedseal: unknown MAC algorithm " + string(alg))
	}
}
