package report

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// edit says how one side of a word diff marks what only it has.
type edit struct {
	open, close string // plain-text markers
	color       string // ANSI colour
}

var (
	deletion  = edit{open: "[-", close: "-]", color: ansiRed}
	insertion = edit{open: "{+", close: "+}", color: ansiGreen}
)

// Plain-text markers around a disagreeing value.
const (
	valueOpen  = "«"
	valueClose = "»"
)

// noValue is the value range of a claim whose value was not found.
var noValue = [2]int{-1, -1}

// markSentence renders one side of a diff: the sentence made safe for a
// terminal, its changed segments marked as ed says, and the byte range val
// (the claim's value) marked as the disagreeing value. Without color the
// marks are [-..-] / {+..+} and «..», properly nested (the value outside);
// with color they are ANSI colours and bold underline.
func markSentence(text string, segs []segment, val [2]int, ed edit, color bool) string {
	text = displayable(text)
	if !onRuneBoundaries(text, val) {
		val = noValue
	}
	cuts := cutPoints(len(text), segs, val)
	var b strings.Builder
	b.Grow(len(text) + 16)
	inVal, inEdit := false, false
	for k := 0; k+1 < len(cuts); k++ {
		p, q := cuts[k], cuts[k+1]
		wantVal := val[0] <= p && q <= val[1]
		wantEdit := changedAt(segs, p)
		if color {
			if wantVal != inVal || wantEdit != inEdit {
				b.WriteString(ansiCodes(inVal || inEdit, wantVal, wantEdit, ed))
			}
		} else {
			writeMarkers(&b, inVal, inEdit, wantVal, wantEdit, ed)
		}
		inVal, inEdit = wantVal, wantEdit
		b.WriteString(text[p:q])
	}
	if color {
		if inVal || inEdit {
			b.WriteString(ansiReset)
		}
	} else {
		writeMarkers(&b, inVal, inEdit, false, false, ed)
	}
	return b.String()
}

// onRuneBoundaries reports whether a value range starts and ends between
// runes; marks inside a rune would break its UTF-8.
func onRuneBoundaries(text string, val [2]int) bool {
	for _, off := range val {
		if off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
			return false
		}
	}
	return true
}

// cutPoints are the offsets where the marking may change: segment edges
// and the value's edges, sorted and unique, from 0 to n.
func cutPoints(n int, segs []segment, val [2]int) []int {
	cuts := []int{0, n}
	for _, s := range segs {
		cuts = append(cuts, s.start, s.end)
	}
	if val[0] >= 0 && val[0] < val[1] && val[1] <= n {
		cuts = append(cuts, val[0], val[1])
	}
	sort.Ints(cuts)
	out := cuts[:0]
	for _, c := range cuts {
		if c < 0 || c > n || (len(out) > 0 && out[len(out)-1] == c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// changedAt reports whether the byte at offset p lies in a changed segment.
func changedAt(segs []segment, p int) bool {
	k := sort.Search(len(segs), func(i int) bool { return segs[i].end > p })
	return k < len(segs) && segs[k].start <= p && segs[k].changed
}

// ansiCodes ends the attributes in force (if any) and sets those of the
// next piece.
func ansiCodes(wasSet, inVal, inEdit bool, ed edit) string {
	codes := ""
	if wasSet {
		codes = ansiReset
	}
	if inEdit {
		codes += ed.color
	}
	if inVal {
		codes += ansiBoldUnder
	}
	return codes
}

// writeMarkers moves from one marking state to the next. The value marks
// are the outer pair: when they open or close, an open edit mark is closed
// first and reopened inside, so the marks always nest.
func writeMarkers(b *strings.Builder, inVal, inEdit, wantVal, wantEdit bool, ed edit) {
	if inVal != wantVal {
		if inEdit {
			b.WriteString(ed.close)
			inEdit = false
		}
		if inVal {
			b.WriteString(valueClose)
		} else {
			b.WriteString(valueOpen)
		}
	}
	if inEdit != wantEdit {
		if inEdit {
			b.WriteString(ed.close)
		} else {
			b.WriteString(ed.open)
		}
	}
}
