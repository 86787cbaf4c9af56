package compare

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEvidencePlace(t *testing.T) {
	const ci = "Bridge down\n\nIn Riverton 🌉 é, 25 people\nwere killed.\n"
	for _, tc := range []struct {
		name          string
		text          string
		span          [2]int
		sentenceStart int
		want          Evidence // only the fields Place sets
	}{
		{"first line", "abc", [2]int{1, 2}, 0,
			Evidence{Line: 1, Column: 2, EndLine: 1, EndColumn: 3, SentenceLine: 1}},
		{"after a newline", "a\nbc", [2]int{2, 4}, 2,
			Evidence{Line: 2, Column: 1, EndLine: 2, EndColumn: 3, SentenceLine: 2}},
		{"UTF-16 columns", ci, [2]int{strings.Index(ci, "25"), strings.Index(ci, "25") + 2}, 13,
			Evidence{Line: 3, Column: 19, EndLine: 3, EndColumn: 21, SentenceLine: 3}},
		{"across lines", ci, [2]int{strings.Index(ci, "people"), strings.Index(ci, "killed")}, 13,
			Evidence{Line: 3, Column: 22, EndLine: 4, EndColumn: 6, SentenceLine: 3}},
		{"sentence lines before", ci, [2]int{strings.Index(ci, "were"), strings.Index(ci, "were") + 4}, 0,
			Evidence{Line: 4, Column: 1, EndLine: 4, EndColumn: 5, SentenceLine: 1}},
		{"sentence after the value", ci, [2]int{0, 6}, 13,
			Evidence{Line: 1, Column: 1, EndLine: 1, EndColumn: 7, SentenceLine: 1}},
		{"invalid bytes count one each", "\xff\xfex", [2]int{2, 3}, 0,
			Evidence{Line: 1, Column: 3, EndLine: 1, EndColumn: 4, SentenceLine: 1}},
		{"a cut rune before the span", "\xe2\x82x yz", [2]int{2, 5}, 0,
			Evidence{Line: 1, Column: 3, EndLine: 1, EndColumn: 6, SentenceLine: 1}},
		{"a cut rune in the span", "ab\xe2\x82x", [2]int{1, 5}, 0,
			Evidence{Line: 1, Column: 2, EndLine: 1, EndColumn: 6, SentenceLine: 1}},
		{"span past the text", "short", [2]int{3, 9}, 0, Evidence{Line: 7}},
		{"empty span", "short", [2]int{3, 3}, 0, Evidence{Line: 7}},
		{"negative span", "short", [2]int{-5, 2}, 0, Evidence{Line: 7}},
		{"inside a rune", "é", [2]int{1, 2}, 0, Evidence{Line: 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := Evidence{Span: tc.span, SentenceStart: tc.sentenceStart, Line: 7}
			ev.Place(tc.text)
			got := Evidence{Line: ev.Line, Column: ev.Column, EndLine: ev.EndLine, EndColumn: ev.EndColumn, SentenceLine: ev.SentenceLine}
			if got != tc.want {
				t.Errorf("Place = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// FuzzEvidencePlace: any text and span yields either no place or one
// inside the text: lines from 1 up to the text's, the end not before the
// start, the sentence not after the value.
func FuzzEvidencePlace(f *testing.F) {
	f.Add("Bridge down\n\nIn Riverton 🌉 é, 25 people were killed.\n", 30, 32, 13)
	f.Add("a\nb", 0, 3, 0)
	f.Add("\xff\n\xfe", 1, 2, -1)
	f.Add("", 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, start, end, sentence int) {
		ev := Evidence{Span: [2]int{start, end}, SentenceStart: sentence}
		ev.Place(text)
		if ev.Column == 0 {
			if ev.Line != 0 || ev.EndLine != 0 || ev.EndColumn != 0 || ev.SentenceLine != 0 {
				t.Fatalf("no place but %+v", ev)
			}
			return
		}
		lines := 1 + strings.Count(text, "\n")
		if ev.Line < 1 || ev.EndLine < ev.Line || ev.EndLine > lines {
			t.Fatalf("lines %d..%d outside 1..%d", ev.Line, ev.EndLine, lines)
		}
		if ev.EndLine == ev.Line && ev.EndColumn <= ev.Column {
			t.Fatalf("columns %d..%d on one line", ev.Column, ev.EndColumn)
		}
		if ev.SentenceLine < 1 || ev.SentenceLine > ev.Line {
			t.Fatalf("sentence line %d, value line %d", ev.SentenceLine, ev.Line)
		}
		// The end is counted on from the start on one line: it must be
		// where counting from the end's line start puts it.
		if endLine, endColumn := lineColumn(text, 0, 1, end); ev.EndLine != endLine || ev.EndColumn != endColumn {
			t.Fatalf("end %d:%d, counted from the line start %d:%d", ev.EndLine, ev.EndColumn, endLine, endColumn)
		}
		if ev.Column > 2*utf8.RuneCountInString(text)+1 {
			t.Fatalf("column %d past the text", ev.Column)
		}
	})
}

// BenchmarkEvidencePlace places a value at the end of a long article:
// one pass over the bytes before it.
func BenchmarkEvidencePlace(b *testing.B) {
	text := strings.Repeat("Filler line of an article.\n", 40000) + "In Riverton 🌉 é, 25 people were killed."
	at := strings.LastIndex(text, "25")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ev := Evidence{Span: [2]int{at, at + 2}, SentenceStart: at - 20}
		ev.Place(text)
	}
}
