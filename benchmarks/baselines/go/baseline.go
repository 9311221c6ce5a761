// Minimal hand-written stdlib versions of the three benchmarked formats, as a competent Go
// engineer writes them without embedseal: encoding/json with struct tags, the vendor's recipe,
// no generic checks. Each *Message function returns the bytes the HMAC covers.
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

var errRefused = errors.New("refused")

// marshal is json.Marshal without HTML escaping (the vendors' JSON does not escape <, >, &).
func marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// asciiOnly escapes non-ASCII as \uXXXX, as Python's json.dumps does by default.
func asciiOnly(b []byte) []byte {
	if utf8.Valid(b) && bytes.IndexFunc(b, func(r rune) bool { return r >= 0x80 }) < 0 {
		return b
	}
	var out bytes.Buffer
	for _, r := range string(b) {
		switch {
		case r < 0x80:
			out.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&out, "\\u%04x", r)
		default:
			r -= 0x10000
			fmt.Fprintf(&out, "\\u%04x\\u%04x", 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		}
	}
	return out.Bytes()
}

// ------------------------------------------------------------ tinybird-jwt (PyJWT's bytes)

type tinybirdScope struct {
	Type        string         `json:"type"`
	Resource    string         `json:"resource"`
	FixedParams map[string]any `json:"fixed_params,omitempty"`
	Filter      string         `json:"filter,omitempty"`
}

type tinybirdLimits struct {
	RPS int64 `json:"rps"`
}

type tinybirdClaims struct {
	WorkspaceID string          `json:"workspace_id"`
	Name        string          `json:"name"`
	Exp         int64           `json:"exp"`
	Scopes      []tinybirdScope `json:"scopes"`
	Limits      *tinybirdLimits `json:"limits,omitempty"`
}

const tinybirdHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" // {"alg":"HS256","typ":"JWT"}

func tinybirdMessage(c tinybirdClaims) []byte {
	return []byte(tinybirdHeader + "." + base64.RawURLEncoding.EncodeToString(asciiOnly(marshal(c))))
}

func tinybirdSign(c tinybirdClaims, chartURL string, secret []byte) (token, link string) {
	signingInput := tinybirdMessage(c)
	mac := hmac.New(sha256.New, secret)
	mac.Write(signingInput)
	token = string(signingInput) + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	return token, chartURL + "?token=" + url.QueryEscape(token)
}

func tinybirdVerify(token string, secret []byte, now int64) (tinybirdClaims, error) {
	var c tinybirdClaims
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return c, errRefused
	}
	var header struct {
		Alg string `json:"alg"`
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil || json.Unmarshal(raw, &header) != nil || header.Alg != "HS256" {
		return c, errRefused
	}
	signature, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return c, errRefused
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(token[:len(parts[0])+1+len(parts[1])]))
	if !hmac.Equal(mac.Sum(nil), signature) {
		return c, errRefused
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil || json.Unmarshal(payload, &c) != nil || c.Exp <= now {
		return c, errRefused
	}
	return c, nil
}

// ------------------------------------------------------------ papermap-iframe (the seed)

type papermapEnvelope struct {
	APIKeyID    string `json:"api_key_id"`
	WorkspaceID string `json:"workspace_id"`
	TenantID    string `json:"tenant_id"`
	DashboardID string `json:"dashboard_id"`
	ValidUntil  int64  `json:"valid_until"`
	Signature   string `json:"signature"`
}

func papermapMessage(e papermapEnvelope) []byte {
	return []byte(e.WorkspaceID + strconv.FormatInt(e.ValidUntil, 10))
}

func quoteJSON(s string) string { return string(asciiOnly(marshal(s))) }

// papermapSign writes json.dumps' default bytes (", " and ": "), as the vendor's Python does.
func papermapSign(e papermapEnvelope, secret []byte) (token, link string) {
	mac := hmac.New(sha256.New, secret)
	mac.Write(papermapMessage(e))
	body := `{"api_key_id": ` + quoteJSON(e.APIKeyID) +
		`, "workspace_id": ` + quoteJSON(e.WorkspaceID) +
		`, "tenant_id": ` + quoteJSON(e.TenantID) +
		`, "dashboard_id": ` + quoteJSON(e.DashboardID) +
		`, "valid_until": ` + strconv.FormatInt(e.ValidUntil, 10) +
		`, "signature": "` + hex.EncodeToString(mac.Sum(nil)) + `"}`
	token = base64.URLEncoding.EncodeToString([]byte(body))
	return token, "https://papermap.ai/embedded/dashboard?embedded-token=" + token
}

func papermapVerify(token string, secret []byte, now int64) (papermapEnvelope, error) {
	var e papermapEnvelope
	raw, err := base64.URLEncoding.DecodeString(token)
	if err != nil || json.Unmarshal(raw, &e) != nil {
		return e, errRefused
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(papermapMessage(e))
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(e.Signature)) {
		return e, errRefused
	}
	if e.ValidUntil <= now {
		return e, errRefused
	}
	return e, nil
}

// ------------------------------------------------------------ looker-signed-url (embed SDK)

type lookerUser struct {
	Host, EmbedURL      string
	SessionLength       int64
	ExternalUserID      string
	Permissions, Models []string
	GroupIDs            []int64
	ExternalGroupID     string
	UserAttributes      map[string]any
	AccessFilters       map[string]any
	FirstName, LastName string
	UserTimezone        string
	ForceLogoutLogin    *bool
}

// encodeURIComponent's escaping: url.QueryEscape less its + for space and !'()* escapes.
var uriComponent = strings.NewReplacer("+", "%20", "%21", "!", "%27", "'", "%28", "(", "%29", ")", "%2A", "*")

func escape(s string) string { return uriComponent.Replace(url.QueryEscape(s)) }

var lookerSigned = []string{"nonce", "time", "session_length", "external_user_id", "permissions",
	"models", "group_ids", "external_group_id", "user_attributes", "access_filters"}

func lookerParams(u lookerUser, now int64, nonce []byte) map[string]string {
	p := map[string]string{
		"nonce":            string(marshal(hex.EncodeToString(nonce))),
		"time":             strconv.FormatInt(now, 10),
		"session_length":   strconv.FormatInt(u.SessionLength, 10),
		"external_user_id": string(marshal(u.ExternalUserID)),
		"permissions":      string(marshal(u.Permissions)),
		"models":           string(marshal(u.Models)),
		"access_filters":   "{}",
	}
	if u.GroupIDs != nil {
		p["group_ids"] = string(marshal(u.GroupIDs))
	}
	if u.ExternalGroupID != "" {
		p["external_group_id"] = string(marshal(u.ExternalGroupID))
	}
	if u.UserAttributes != nil {
		p["user_attributes"] = string(marshal(u.UserAttributes))
	}
	if u.AccessFilters != nil {
		p["access_filters"] = string(marshal(u.AccessFilters))
	}
	return p
}

func lookerString(host, path string, p map[string]string) []byte {
	var b strings.Builder
	b.WriteString(host)
	b.WriteString("\n")
	b.WriteString(path)
	for _, name := range lookerSigned {
		if v, ok := p[name]; ok {
			b.WriteString("\n")
			b.WriteString(v)
		}
	}
	return []byte(b.String())
}

func lookerMessage(u lookerUser, now int64, nonce []byte) []byte {
	return lookerString(u.Host, "/login/embed/"+escape(u.EmbedURL), lookerParams(u, now, nonce))
}

func lookerSign(u lookerUser, secret []byte, now int64, nonce []byte) string {
	path := "/login/embed/" + escape(u.EmbedURL)
	p := lookerParams(u, now, nonce)
	mac := hmac.New(sha1.New, secret)
	mac.Write(lookerString(u.Host, path, p))
	var b strings.Builder
	b.WriteString("https://" + u.Host + path + "?")
	for _, name := range lookerSigned {
		if v, ok := p[name]; ok {
			b.WriteString(name + "=" + escape(v) + "&")
		}
	}
	unsigned := [][2]string{{"first_name", u.FirstName}, {"last_name", u.LastName}, {"user_timezone", u.UserTimezone}}
	for _, kv := range unsigned {
		if kv[1] != "" {
			b.WriteString(kv[0] + "=" + escape(string(marshal(kv[1]))) + "&")
		}
	}
	if u.ForceLogoutLogin != nil {
		b.WriteString("force_logout_login=" + strconv.FormatBool(*u.ForceLogoutLogin) + "&")
	}
	b.WriteString("signature=" + escape(base64.StdEncoding.EncodeToString(mac.Sum(nil))))
	return b.String()
}

func lookerVerify(signed string, secret []byte, now int64) (map[string]any, error) {
	base, query, _ := strings.Cut(signed, "?")
	rest, ok := strings.CutPrefix(base, "https://")
	if !ok {
		return nil, errRefused
	}
	host, path, _ := strings.Cut(rest, "/")
	path = "/" + path
	texts := map[string]string{}
	for _, pair := range strings.Split(query, "&") {
		name, value, _ := strings.Cut(pair, "=")
		text, err := url.QueryUnescape(value)
		if err != nil {
			return nil, errRefused
		}
		texts[name] = text
	}
	signature, err := base64.StdEncoding.DecodeString(texts["signature"])
	if err != nil {
		return nil, errRefused
	}
	delete(texts, "signature")
	mac := hmac.New(sha1.New, secret)
	mac.Write(lookerString(host, path, texts))
	if !hmac.Equal(mac.Sum(nil), signature) {
		return nil, errRefused
	}
	claims := map[string]any{"host": host}
	claims["embed_url"], _ = url.PathUnescape(strings.TrimPrefix(path, "/login/embed/"))
	for name, text := range texts {
		var v any
		if json.Unmarshal([]byte(text), &v) != nil {
			return nil, errRefused
		}
		claims[name] = v
	}
	issued, err := strconv.ParseInt(texts["time"], 10, 64)
	if err != nil || issued < now-300 || issued > now+300 {
		return nil, errRefused
	}
	return claims, nil
}
