package report

// appendIndented appends src, compact JSON as encoding/json's Encoder
// writes it (no white space outside strings, perhaps a final newline), to
// dst indented exactly as json.Indent(dst, src, prefix, indent) would. The
// report is tens of megabytes for a large batch, written by one goroutine
// after the check: json.Indent runs its full scanner state machine on
// every byte, while compact input needs only to know whether a byte is
// inside a string, and strings are copied in runs.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // after '{' or '[': the newline waits, an empty one closes on the same line
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open {
			open = false
			if c == '}' || c == ']' {
				depth--
				dst = append(dst, c)
				continue
			}
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			dst = append(dst, c)
			depth++
			open = true
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			depth--
			dst = appendNewline(dst, prefix, indent, depth)
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd returns the index after the string that starts with the quote
// at src[i], or len(src) for an unterminated one.
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++ // the escaped byte
		case '"':
			return j + 1
		}
	}
	return len(src)
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
