package source

import "strings"

// line is one non-empty line of the body: [start, end) is its content in
// Text with surrounding white space (including a Windows "\r") trimmed.
type line struct {
	start, end int
}

// scanLines splits text[from:] into its non-empty lines in one pass. A
// lone "\r" (old Mac files) also ends a line, so CRLF, LF and CR files
// give the same lines with offsets into the verbatim text.
func scanLines(text string, from int) []line {
	lines := make([]line, 0, (len(text)-from)/96+4)
	cr := nextCR(text, from)
	for pos := from; pos < len(text); {
		end, next := len(text), len(text)
		if nl := strings.IndexByte(text[pos:], '\n'); nl >= 0 {
			end, next = pos+nl, pos+nl+1
			for next < len(text) && text[next] == '\n' {
				next++ // an empty line holds no line: skipped without a search
			}
		}
		if cr < end {
			lines = appendLine(lines, text, pos, end)
			cr = nextCR(text, next)
		} else {
			lines = appendTrimmed(lines, text, pos, end)
		}
		pos = next
	}
	return lines
}

// nextCR is the offset of the first carriage return at or after from, or
// len(text). scanLines keeps it ahead of its lines so that a line holding
// none is not searched for one: most files have none at all, and one
// search of the whole text costs less than a search per line.
func nextCR(text string, from int) int {
	if i := strings.IndexByte(text[from:], '\r'); i >= 0 {
		return from + i
	}
	return len(text)
}

// appendLine trims text[start:end] and keeps it when non-empty, first
// splitting at any carriage return that is not the last byte.
func appendLine(lines []line, text string, start, end int) []line {
	for {
		cr := strings.IndexByte(text[start:end], '\r')
		if cr < 0 || start+cr >= end-1 {
			break
		}
		lines = appendTrimmed(lines, text, start, start+cr)
		start += cr + 1
	}
	return appendTrimmed(lines, text, start, end)
}

func appendTrimmed(lines []line, text string, start, end int) []line {
	for start < end {
		n := spaceLen(text[start:end])
		if n == 0 {
			break
		}
		start += n
	}
	for end > start {
		n := spaceLenBack(text[start:end])
		if n == 0 {
			break
		}
		end -= n
	}
	if start < end {
		lines = append(lines, line{start, end})
	}
	return lines
}

// spaceLen returns the byte length of the white-space rune that s starts
// with, or 0. Besides ASCII space it knows the no-break, zero-width and
// typographic spaces and the byte order mark that scraped pages carry.
func spaceLen[T ~string | ~[]byte](s T) int {
	if len(s) == 0 {
		return 0
	}
	switch c := s[0]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		return 1
	case c < 0xC2:
		return 0
	case c == 0xC2:
		if len(s) >= 2 && (s[1] == 0xA0 || s[1] == 0x85) {
			return 2
		}
		return 0
	}
	if len(s) >= 3 && isWideSpace(s[0], s[1], s[2]) {
		return 3
	}
	return 0
}

// spaceLenBack is spaceLen for the rune that s ends with.
func spaceLenBack(s string) int {
	n := len(s)
	if n == 0 {
		return 0
	}
	if c := s[n-1]; c < 0x80 {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return 1
		}
		return 0
	}
	if n >= 2 && s[n-2] == 0xC2 && (s[n-1] == 0xA0 || s[n-1] == 0x85) {
		return 2
	}
	if n >= 3 && isWideSpace(s[n-3], s[n-2], s[n-1]) {
		return 3
	}
	return 0
}

// isWideSpace reports whether three bytes encode U+2000..U+200B (typographic
// and zero-width spaces), U+2028/U+2029, U+202F, U+205F, U+2060, U+3000 or
// the BOM U+FEFF.
func isWideSpace(a, b, c byte) bool {
	switch {
	case a == 0xE2 && b == 0x80:
		return c >= 0x80 && c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF
	case a == 0xE2 && b == 0x81:
		return c == 0x9F || c == 0xA0
	case a == 0xE3:
		return b == 0x80 && c == 0x80
	case a == 0xEF:
		return b == 0xBB && c == 0xBF
	}
	return false
}

// wordCount counts space-separated words in s, stopping at limit so a
// long paragraph costs no more than a short line.
func wordCount(s string, limit int) int {
	n := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t'
		if !space && !inWord {
			n++
			if n >= limit {
				return n
			}
		}
		inWord = !space
	}
	return n
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = trimClosers(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// trimClosers drops closing quotes and brackets from the end of s.
func trimClosers(s string) string {
	for {
		// Most lines end in a letter or a full stop: one look at the last
		// byte settles them without the seven suffix tests below (every
		// short line's byline test asks).
		if s == "" || !mayEndCloser[s[len(s)-1]] {
			return s
		}
		switch {
		case strings.HasSuffix(s, `"`), strings.HasSuffix(s, "'"), strings.HasSuffix(s, ")"), strings.HasSuffix(s, "]"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”"), strings.HasSuffix(s, "’"):
			s = s[:len(s)-len("”")]
		case strings.HasSuffix(s, "»"):
			s = s[:len(s)-len("»")]
		default:
			return s
		}
	}
}

// mayEndCloser marks the last bytes of the closers trimClosers drops:
// the ASCII quote, apostrophe and brackets and the last bytes of "”",
// "’" and "»".
var mayEndCloser = func() (t [256]bool) {
	for _, c := range []string{`"`, "'", ")", "]", "”", "’", "»"} {
		t[c[len(c)-1]] = true
	}
	return t
}()

// sentenceEnds counts sentence punctuation followed by a space or the end
// of s; abbreviations inflate it a little, which only matters near the
// thresholds it is compared with.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' {
				n++
			}
		}
	}
	return n
}

// hasPrefixFold is an ASCII case-insensitive strings.HasPrefix; prefix
// must be lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
