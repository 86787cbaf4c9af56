package text

import "strings"

// Quote is a quotation: the byte range from its opening mark to its closing
// mark, both included.
type Quote struct {
	Start, End int
}

// Inner returns the range between the quotation marks.
func (q Quote) Inner(text string) (int, int) {
	s, e := q.Start, q.End
	if strings.HasPrefix(text[s:], "“") {
		s += len("“")
	} else {
		s++
	}
	if strings.HasSuffix(text[:e], "”") {
		e -= len("”")
	} else {
		e--
	}
	return s, max(s, e)
}

// Quotes finds quotations in text[start:end]: curly “…” pairs, and straight
// "…" pairs, which are paired within a paragraph so that one stray mark
// cannot turn the rest of an article into a quotation. A quotation opened
// with one kind of mark may close with the other (scrapers mix them).
func Quotes(text string, start, end int) []Quote {
	var out []Quote
	open := -1
	for i := start; i < end; {
		for i < end && !quoteByte[text[i]] {
			i++ // most bytes open, close and break nothing
		}
		if i >= end {
			break
		}
		switch {
		case text[i] == '\n' && i+1 < end && isBlankLineAhead(text, i+1, end):
			open = -1 // a paragraph break closes nothing: drop the unmatched mark
			i++
		case strings.HasPrefix(text[i:end], "“"):
			open = i
			i += len("“")
		case strings.HasPrefix(text[i:end], "”"):
			if open >= 0 {
				out = append(out, Quote{Start: open, End: i + len("”")})
				open = -1
			}
			i += len("”")
		case text[i] == '"':
			if open >= 0 && opensAt(text, start, i) && !closesAt(text, i, end) {
				open = i // a new opening: the previous mark was stray
			} else if open >= 0 {
				out = append(out, Quote{Start: open, End: i + 1})
				open = -1
			} else {
				open = i
			}
			i++
		default:
			i++
		}
	}
	return out
}

// quoteByte marks the bytes Quotes must look at: a newline, a straight
// quote, and 0xE2, the lead byte of the curly quotes.
var quoteByte = [256]bool{'\n': true, '"': true, 0xE2: true}

func isBlankLineAhead(text string, i, end int) bool {
	for i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i >= end || text[i] == '\n'
}

// opensAt reports whether a straight quote at i looks like an opening mark:
// preceded by space or an opening bracket.
func opensAt(text string, start, i int) bool {
	return i == start || isSpaceByte(text[i-1]) || text[i-1] == '(' || text[i-1] == '['
}

// closesAt reports whether a straight quote at i looks like a closing mark:
// followed by space, punctuation or the end.
func closesAt(text string, i, end int) bool {
	if i+1 >= end {
		return true
	}
	c := text[i+1]
	return isSpaceByte(c) || strings.IndexByte(".,;:!?)]", c) >= 0
}

// Inside reports whether the byte range [s, e) lies within one of the quotes.
func Inside(quotes []Quote, s, e int) bool {
	for _, q := range quotes {
		if s >= q.Start && e <= q.End {
			return true
		}
	}
	return false
}
