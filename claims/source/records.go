package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// record is one JSON article record: IPTC ninjs 1.x (headline, body_text,
// body_html), ninjs 2.x and 3.x (headlines, bodies, infosources), or what
// common scrapers write (title, text, date, url, hostname, authors). Keys
// are lower-cased on decoding: ninjs 2 writes "firstcreated" where 3
// writes "firstCreated", and scrapers vary.
type record map[string]json.RawMessage

// Field names by role, in the order they are tried: the first present and
// not null wins.
var (
	headlineKeys  = []string{"headline", "title"}
	bodyTextKeys  = []string{"body_text", "text", "maintext", "content"}
	bodyHTMLKeys  = []string{"body_html"}
	publishedKeys = []string{"versioncreated", "firstcreated", "date", "publish_date", "date_publish", "published", "datepublished"}
	recordKeyKeys = []string{"uri", "id", "guid", "url"}
	urlKeys       = []string{"url", "source_url", "link", "source"}
	outletKeys    = []string{"sitename", "site_name", "source-hostname", "outlet", "publisher", "hostname", "source_domain"}
	bylineKeys    = []string{"byline", "bylines", "authors", "author"}
	languageKeys  = []string{"language", "lang"}
)

// recordMarkers are keys of which at least one makes an object an
// article record rather than a wrapper around an array of them.
var recordMarkers = []string{"headline", "headlines", "title", "body_text", "body_html", "bodies", "text", "maintext"}

// decodeRecord reads one JSON object, lower-casing its keys; the first
// of two keys equal but for case wins, as encoding/json's own matching
// would pick one.
func decodeRecord(raw []byte) (record, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, err
	}
	rec := make(record, len(fields))
	for k, v := range fields {
		lower := strings.ToLower(k)
		if _, dup := rec[lower]; !dup || k == lower {
			rec[lower] = v
		}
	}
	return rec, nil
}

// isRecord reports whether the object holds any article field.
func (r record) isRecord() bool {
	for _, k := range recordMarkers {
		if _, ok := r[k]; ok {
			return true
		}
	}
	return false
}

// fieldError is a record field of the wrong type.
type fieldError struct{ key, want, got string }

func (e *fieldError) Error() string {
	return fmt.Sprintf("%q: want %s, got %s", e.key, e.want, e.got)
}

// text returns the first of keys that is present and not null. A field of
// another type than string is an error: a record whose headline is a
// number is not what its writer meant, and guessing would invent text.
func (r record) text(keys ...string) (string, error) {
	for _, k := range keys {
		raw, ok := r[k]
		if !ok || isNull(raw) {
			continue
		}
		s, ok := jsonString(raw)
		if !ok {
			return "", &fieldError{key: k, want: "a string", got: jsonKind(raw)}
		}
		return s, nil
	}
	return "", nil
}

// meta returns the first of keys that holds a usable scalar: metadata of
// another shape (a date as a number, an object where a name was expected)
// is ignored, since the article can be read without it.
func (r record) meta(keys ...string) string {
	for _, k := range keys {
		if s := scalar(r[k]); s != "" {
			return s
		}
	}
	return ""
}

// scalar is a JSON string or number as text; anything else is "".
func scalar(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '"':
		s, ok := jsonString(raw)
		if !ok {
			return ""
		}
		return strings.TrimSpace(s)
	case c == '-' || c >= '0' && c <= '9':
		var n json.Number
		if json.Unmarshal(raw, &n) == nil {
			return n.String()
		}
	}
	return ""
}

// jsonString decodes a JSON string value. Values come out of a decoded
// object, so they are valid JSON: a string without escapes is its bytes
// between the quotes, and only strings with escapes need the decoder.
func jsonString(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	if inner := raw[1 : len(raw)-1]; !bytes.ContainsRune(inner, '\\') && raw[len(raw)-1] == '"' {
		return string(inner), true
	}
	var s string
	return s, json.Unmarshal(raw, &s) == nil
}

// firstOf returns field sub of the first object in the array under key
// that has it, preferring one whose contenttype is want when want is set.
func (r record) firstOf(key, sub, want string) (value, contentType string) {
	var items []map[string]json.RawMessage
	if len(r[key]) == 0 || json.Unmarshal(r[key], &items) != nil {
		return "", ""
	}
	for pass := 0; pass < 2; pass++ {
		for _, it := range items {
			v, ct := scalar(lowerKeys(it)[sub]), scalar(lowerKeys(it)["contenttype"])
			if v == "" || pass == 0 && want != "" && !strings.Contains(strings.ToLower(ct), want) {
				continue
			}
			return v, ct
		}
	}
	return "", ""
}

func lowerKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	out := make(map[string]json.RawMessage, len(m))
	for k, v := range m {
		out[strings.ToLower(k)] = v
	}
	return out
}

// names joins a field that is a string, an array of strings, or an array
// of objects with a name or byline (ninjs 2 bylines, scraper authors).
func (r record) names(keys ...string) string {
	for _, k := range keys {
		if s := scalar(r[k]); s != "" {
			return s
		}
		var list []json.RawMessage
		if len(r[k]) == 0 || r[k][0] != '[' || json.Unmarshal(r[k], &list) != nil {
			continue
		}
		var out []string
		for _, item := range list {
			if s := scalar(item); s != "" {
				out = append(out, s)
				continue
			}
			var obj map[string]json.RawMessage
			if json.Unmarshal(item, &obj) == nil {
				obj = lowerKeys(obj)
				if s := firstScalar(obj, "name", "byline"); s != "" {
					out = append(out, s)
				}
			}
		}
		if len(out) > 0 {
			return strings.Join(out, ", ")
		}
	}
	return ""
}

func firstScalar(obj map[string]json.RawMessage, keys ...string) string {
	for _, k := range keys {
		if s := scalar(obj[k]); s != "" {
			return s
		}
	}
	return ""
}

// headline is the record's headline: ninjs 2/3 headlines[].value first
// (plain text preferred), then headline or title.
func (r record) headline() (string, error) {
	if v, _ := r.firstOf("headlines", "value", "text/plain"); v != "" {
		return oneLine(v), nil
	}
	h, err := r.text(headlineKeys...)
	return oneLine(h), err
}

// body is the record's article text, with HTML bodies rendered as
// paragraphs: ninjs 2/3 bodies[] (plain text preferred), then body_text
// or a scraper's text, then ninjs 1 body_html.
func (r record) body() (string, error) {
	if v, ct := r.firstOf("bodies", "value", "text/plain"); v != "" {
		if strings.Contains(strings.ToLower(ct), "html") {
			return htmlToText(v)
		}
		return v, nil
	}
	text, err := r.text(bodyTextKeys...)
	if err != nil || strings.TrimSpace(text) != "" {
		return text, err
	}
	markup, err := r.text(bodyHTMLKeys...)
	if err != nil || markup == "" {
		return "", err
	}
	return htmlToText(markup)
}

// key is what names the record in its ID: its uri, id or url.
func (r record) key() string { return oneLine(r.meta(recordKeyKeys...)) }

// outlet is ninjs infosources[0].name, else a scraper's site or host name.
func (r record) outlet() string {
	if v, _ := r.firstOf("infosources", "name", ""); v != "" {
		return v
	}
	if s := r.meta(outletKeys...); s != "" {
		return s
	}
	if s := r.meta("source"); s != "" && !isURL(s) {
		return s
	}
	var pub map[string]json.RawMessage
	if len(r["publisher"]) > 0 && json.Unmarshal(r["publisher"], &pub) == nil {
		return firstScalar(lowerKeys(pub), "name")
	}
	return ""
}

// language is the record's language tag, "" when it states none.
func (r record) language() string { return r.meta(languageKeys...) }

// isEnglishTag reports whether a language tag ("en", "en-GB", "EN_us",
// "eng", "English") names English.
func isEnglishTag(tag string) bool {
	t := strings.ToLower(strings.TrimSpace(tag))
	return t == "en" || t == "eng" || t == "english" || strings.HasPrefix(t, "en-") || strings.HasPrefix(t, "en_")
}

// toSource builds the Source of a record named id. where names it in
// messages ("feed.jsonl:7", "feed.json: record 3").
func (r record) toSource(id, path, where string) (*Source, error) {
	if lang := r.language(); lang != "" && !isEnglishTag(lang) {
		return nil, &PathError{Path: where, Err: ErrNotEnglish, Detail: "language " + strconv.Quote(lang)}
	}
	headline, err := r.headline()
	if err != nil {
		return nil, &PathError{Path: where, Err: ErrBadRecord, Detail: err.Error()}
	}
	body, err := r.body()
	if err != nil {
		return nil, &PathError{Path: where, Err: ErrBadRecord, Detail: err.Error()}
	}
	if strings.TrimSpace(body) == "" {
		return nil, &PathError{Path: where, Err: ErrNoText, Detail: "the record has no body text"}
	}
	text := joinHeadline(headline, dropLeadingTitle(strings.TrimSpace(body), headline))
	if perr := checkText([]byte(text)); perr != nil {
		perr.Path = where
		return nil, perr
	}
	src := &Source{ID: id, Path: path, Text: text, Body: Span{0, len(text)}, PublishedFrom: PublishedFromNone}
	if perr := analyseBody(src); perr != nil {
		perr.Path = where
		return nil, perr
	}
	r.applyTo(src, headline)
	return src, nil
}

// applyTo copies the record's metadata over what the text analysis found.
func (r record) applyTo(src *Source, headline string) {
	if headline != "" {
		src.Headline = headline
	}
	for _, k := range publishedKeys {
		if t, ok := parseMetaDate(scalar(r[k])); ok {
			src.Published, src.PublishedFrom = t, PublishedFromMetadata
			break
		}
	}
	src.Outlet = r.outlet()
	src.URL = r.link()
	src.Byline = r.names(bylineKeys...)
}

// link is the first URL-like value of the url fields or a ninjs uri: a
// scraper's "source" is a URL in some tools and an outlet's name in others.
func (r record) link() string {
	for _, k := range append(urlKeys, "uri") {
		if v := r.meta(k); isURL(v) {
			return v
		}
	}
	return ""
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func isNull(raw json.RawMessage) bool { return strings.TrimSpace(string(raw)) == "null" }

// jsonKind names the JSON type of a value for messages.
func jsonKind(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if s == "" {
		return "nothing"
	}
	switch s[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
