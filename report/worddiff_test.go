package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMarkedDiff(t *testing.T) {
	for _, tc := range []struct {
		name       string
		a, b       string
		valA, valB string
		wantA      string
		wantB      string
	}{
		{
			name: "one word differs", a: "They met on Monday.", b: "They met on Tuesday.",
			valA: "Monday", valB: "Tuesday",
			wantA: "They met on «[-Monday-]».", wantB: "They met on «{+Tuesday+}».",
		},
		{
			name: "line breaks and double spaces are not differences", a: "They met\non  Monday.", b: "They met on Monday.",
			wantA: "They met on  Monday.", wantB: "They met on Monday.",
		},
		{
			name: "neighbouring changed words read as one edit", a: "Police said 12 died.", b: "Officials reported 12 died.",
			valA: "12", valB: "12",
			wantA: "[-Police said-] «12» died.", wantB: "{+Officials reported+} «12» died.",
		},
		{
			name: "value partly changed nests inside the value marks", a: "in the old town", b: "in the new town",
			valA: "the old town", valB: "the new town",
			wantA: "in «the [-old-] town»", wantB: "in «the {+new+} town»",
		},
		{
			name: "value not in the sentence is not marked", a: "Twelve died.", b: "12 died.",
			valA: "12", valB: "12",
			wantA: "[-Twelve-] died.", wantB: "«{+12+}» died.",
		},
		{
			name: "unicode words", a: "Beben in Zürich am Montag", b: "Beben in Zürich am Dienstag",
			valA: "montag", valB: "DIENSTAG",
			wantA: "Beben in Zürich am «[-Montag-]»", wantB: "Beben in Zürich am «{+Dienstag+}»",
		},
		{
			name: "empty against text", a: "", b: "Something new.",
			wantA: "", wantB: "{+Something new.+}",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			segsA, segsB := wordDiff(tc.a, tc.b)
			gotA := markSentence(tc.a, segsA, searchRange(tc.a, tc.valA), deletion, false)
			gotB := markSentence(tc.b, segsB, searchRange(tc.b, tc.valB), insertion, false)
			if gotA != tc.wantA || gotB != tc.wantB {
				t.Errorf("got\n- %s\n+ %s\nwant\n- %s\n+ %s", gotA, gotB, tc.wantA, tc.wantB)
			}
		})
	}
}

// searchRange finds a value by search alone (no span).
func searchRange(text, value string) [2]int {
	start, end, ok := locateValue(text, value, [2]int{-1, -1}, 0)
	if !ok {
		return noValue
	}
	return [2]int{start, end}
}

func TestLocateValue(t *testing.T) {
	for _, tc := range []struct {
		name          string
		text, value   string
		span          [2]int
		sentenceStart int
		want          string // the located text, "" when not found
	}{
		{"span agrees", "On Monday they met.", "Monday", [2]int{103, 109}, 100, "Monday"},
		{"span off, search finds it", "On Monday they met.", "Monday", [2]int{0, 6}, 100, "Monday"},
		{"span outside the sentence", "On Monday they met.", "Monday", [2]int{900, 906}, 100, "Monday"},
		{"case differs", "On MONDAY they met.", "monday", [2]int{}, 0, "MONDAY"},
		{"whole word preferred", "Of 120 people, 12 died.", "12", [2]int{}, 0, "12"},
		{"not there", "Twelve died.", "12", [2]int{}, 0, ""},
		{"empty value", "Twelve died.", "", [2]int{0, 0}, 0, ""},
		{"inverted span", "abc", "b", [2]int{2, 1}, 0, "b"},
		{"folding changes length", "Die STRASSE und die Straße", "straße", [2]int{}, 0, "Straße"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start, end, ok := locateValue(tc.text, tc.value, tc.span, tc.sentenceStart)
			got := ""
			if ok {
				got = tc.text[start:end]
			}
			if got != tc.want {
				t.Errorf("located %q, want %q", got, tc.want)
			}
			if tc.name == "whole word preferred" && start != 15 {
				t.Errorf("located at %d, want the whole word at 15", start)
			}
		})
	}
}

func TestWrapAndTruncate(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		wrap  []string
		trunc string
	}{
		{"short", 10, []string{"short"}, "short"},
		{"two words here", 9, []string{"two words", "here"}, "two word…"},
		{"averyveryverylongword x", 8, []string{"averyver", "yverylon", "gword x"}, "averyve…"},
		{"Zürich 東京 Tōkyō", 8, []string{"Zürich", "東京", "Tōkyō"}, "Zürich …"},
		{"", 5, []string{""}, ""},
		{"  spaced   out  ", 20, []string{"spaced out"}, "  spaced   out  "},
	} {
		got := wrap(tc.in, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.wrap, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.wrap)
		}
		for _, l := range got {
			if width(l) > tc.width {
				t.Errorf("wrap(%q, %d): line %q is %d wide", tc.in, tc.width, l, width(l))
			}
		}
		if got := truncate(tc.in, tc.width); got != tc.trunc {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.trunc)
		}
	}
}

func TestDisplayable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"esc\x1b[31mred", "esc [31mred"},
		{"tab\tand\nnewline", "tab and newline"},
		{"bad\xffbyte", "bad?byte"},
		{"c1\u0085control", "c1  control"},
		{"bidi\u202eevil", "bidi   evil"},
		{"Zürich — 東京", "Zürich — 東京"},
	} {
		got := displayable(tc.in)
		if got != tc.want {
			t.Errorf("displayable(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("displayable(%q) changed the length", tc.in)
		}
	}
}

// FuzzMarkSentence diffs arbitrary sentences and values: no panic, every
// segment inside its sentence and the segments tiling it, no escape byte
// in plain output, and removing the marks gives back the (sanitised)
// sentence whenever the sentence holds no bracket of its own.
func FuzzMarkSentence(f *testing.F) {
	f.Add("They met on Monday.", "They met on Tuesday.", "Monday", 12, 18)
	f.Add("Twelve died.", "12 died in Zürich\x1b[2J.", "12", -4, 100)
	f.Add("", "\xff\xfe", "\xff", 0, 1)
	f.Add("a «b» [-c-] {+d+}", "a b c d", "b", 2, 3)
	f.Fuzz(func(t *testing.T, a, b, value string, spanStart, spanEnd int) {
		segsA, segsB := wordDiff(a, b)
		for _, side := range []struct {
			text string
			segs []segment
			ed   edit
		}{{a, segsA, deletion}, {b, segsB, insertion}} {
			checkTiling(t, side.text, side.segs)
			start, end, ok := locateValue(side.text, value, [2]int{spanStart, spanEnd}, 0)
			val := noValue
			if ok {
				if start < 0 || start >= end || end > len(side.text) {
					t.Fatalf("value range [%d,%d) outside %d bytes", start, end, len(side.text))
				}
				val = [2]int{start, end}
			}
			plain := markSentence(side.text, side.segs, val, side.ed, false)
			if strings.IndexByte(plain, 0x1b) >= 0 {
				t.Fatalf("escape byte in plain output %q", plain)
			}
			if !utf8.ValidString(plain) {
				t.Fatalf("invalid UTF-8 in output %q", plain)
			}
			if !hasMarks(side.text) && unmark(plain) != displayable(side.text) {
				t.Fatalf("marks do not wrap the sentence: %q from %q", plain, side.text)
			}
			coloured := markSentence(side.text, side.segs, val, side.ed, true)
			if stripANSI(coloured) != displayable(side.text) {
				t.Fatalf("colours do not wrap the sentence: %q from %q", coloured, side.text)
			}
		}
	})
}

// checkTiling asserts that segments cover the text in order, without gaps.
func checkTiling(t *testing.T, text string, segs []segment) {
	t.Helper()
	at := 0
	for _, s := range segs {
		if s.start != at || s.end <= s.start || s.end > len(text) {
			t.Fatalf("segments %v do not tile %d bytes", segs, len(text))
		}
		at = s.end
	}
	if at != len(text) {
		t.Fatalf("segments %v stop at %d of %d bytes", segs, at, len(text))
	}
}

var markStrings = []string{deletion.open, deletion.close, insertion.open, insertion.close, valueOpen, valueClose}

// hasMarks reports text that could run into a mark and make removing the
// marks ambiguous ("[" before "[-").
func hasMarks(s string) bool { return strings.ContainsAny(s, "[]{}«»") }

func unmark(s string) string {
	for _, m := range markStrings {
		s = strings.ReplaceAll(s, m, "")
	}
	return s
}
