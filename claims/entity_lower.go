package claims

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Lower-case lookups without allocating. The entity finder asks a dozen
// word lists about each capitalised word it has not seen before, and
// strings.ToLower allocates a copy of every word that has a capital. For
// ASCII words (nearly all of them) the lower-case form is written into a
// buffer on the stack instead; a map indexed by string(bytes) does not
// copy. Other words take strings.ToLower, so every answer is the one the
// plain form gives.

// lowerBufSize bounds the words lower-cased on the stack; longer words
// (no list holds one) take strings.ToLower.
const lowerBufSize = 64

// lowerASCII writes the lower-case form of w into buf. ok is false when w
// is not ASCII or is too long for buf.
func lowerASCII(buf *[lowerBufSize]byte, w string) (l []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// inLower is set[strings.ToLower(w)].
func inLower(set map[string]bool, w string) bool {
	var buf [lowerBufSize]byte
	if l, ok := lowerASCII(&buf, w); ok {
		return set[string(l)]
	}
	return set[strings.ToLower(w)]
}

// inLowerEither is set1[l] || set2[l] with l = strings.ToLower(w).
func inLowerEither(set1, set2 map[string]bool, w string) bool {
	var buf [lowerBufSize]byte
	if l, ok := lowerASCII(&buf, w); ok {
		return set1[string(l)] || set2[string(l)]
	}
	l := strings.ToLower(w)
	return set1[l] || set2[l]
}

// hasLowerSuffix is strings.HasSuffix(strings.ToLower(w), suffix) for one
// of several suffixes.
func hasLowerSuffix(w string, suffixes ...string) bool {
	var buf [lowerBufSize]byte
	l, ok := lowerASCII(&buf, w)
	if !ok {
		l = []byte(strings.ToLower(w))
	}
	for _, suf := range suffixes {
		if bytes.HasSuffix(l, []byte(suf)) {
			return true
		}
	}
	return false
}

// normKeyASCII is normKey for ASCII input in one pass and one allocation:
// lower-cased, spaces trimmed, a leading "the " dropped, dots dropped and
// runs of white space made one space. ok is false for other input, which
// normKey handles the long way.
func normKeyASCII(s string) (string, bool) {
	var arr [128]byte
	if len(s) > len(arr) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	s = strings.TrimSpace(s)
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	out := arr[:0]
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(out) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, c)
	}
	return string(out), true
}
