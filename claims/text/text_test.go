package text

import (
	"reflect"
	"strings"
	"testing"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, x := range Split(s, 0, len(s)) {
		out = append(out, s[x.Start:x.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviated title", "Gen. Smith met Mr. Jones on Nov. 24. They talked.", []string{"Gen. Smith met Mr. Jones on Nov. 24.", "They talked."}},
		{"dotted acronym", "The U.S. delegation met him. It was brief.", []string{"The U.S. delegation met him.", "It was brief."}},
		{"closing quote", "“We agreed,” he said. “It is done.” Then he left.", []string{"“We agreed,” he said.", "“It is done.”", "Then he left."}},
		{"headline line", "Quake hits coast\n\nA quake hit the coast on Monday.", []string{"Quake hits coast", "A quake hit the coast on Monday."}},
		{"one per line", "First line here\nSecond line here", []string{"First line here", "Second line here"}},
		{"decimal", "A magnitude 7.1 quake struck. It was deep.", []string{"A magnitude 7.1 quake struck.", "It was deep."}},
		{"lower after period", "He said it was 3 p.m. local time.", []string{"He said it was 3 p.m. local time."}},
		{"crlf", "One.\r\n\r\nTwo.", []string{"One.", "Two."}},
		{"empty", "   \n ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sentenceTexts(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSplitLines(t *testing.T) {
	in := "Title\n\nFirst one. Second one.\nThird."
	got := Split(in, 0, len(in))
	lines := []int{1, 3, 3, 4}
	for i, s := range got {
		if s.Line != lines[i] {
			t.Errorf("sentence %d %q on line %d, want %d", i, in[s.Start:s.End], s.Line, lines[i])
		}
	}
}

func TestQuotes(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{`He said "we met" and left.`, []string{`"we met"`}},
		{"He said “we met” and “left”.", []string{"“we met”", "“left”"}},
		{"Mixed “quote here.\" he said", []string{"“quote here.\""}},
		{"Stray \" mark\n\nNew \"para\" here", []string{`"para"`}},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Quotes(c.in, 0, len(c.in)) {
			got = append(got, c.in[q.Start:q.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Quotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	in := "Haftar's U.S. drone, shot-down 1.5 #Libya"
	var got []string
	for _, w := range Words(in, 0, len(in)) {
		got = append(got, w.Text())
	}
	want := []string{"Haftar's", "U.S.", "drone", ",", "shot-down", "1.5", "#Libya"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("He left. She stayed.")
	f.Add("“We agreed,” he said.\n\nU.S. Gen. X.")
	f.Add("\"\"\"“”")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range Split(s, 0, len(s)) {
			if x.Start < prev || x.End <= x.Start || x.End > len(s) {
				t.Fatalf("bad sentence span %+v (prev %d, len %d)", x, prev, len(s))
			}
			prev = x.End
		}
		for _, q := range Quotes(s, 0, len(s)) {
			if q.Start < 0 || q.End > len(s) || q.End <= q.Start {
				t.Fatalf("bad quote span %+v", q)
			}
		}
		for _, w := range Words(s, 0, len(s)) {
			if w.Start() < 0 || w.End() > len(s) || w.End() <= w.Start() || s[w.Start():w.End()] != w.Text() {
				t.Fatalf("bad word %+v", w)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "Senior officials met the commander on Sunday, Nov. 24, in the capital. “We agreed,” he said. The U.S. delegation left.\n\n"
	doc := strings.Repeat(para, 8000)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Split(doc, 0, len(doc))
	}
}

func BenchmarkWords(b *testing.B) {
	para := "Senior officials met the commander on Sunday, Nov. 24, in the capital. “We agreed,” he said. The U.S. delegation left.\n\n"
	doc := strings.Repeat(para, 8000)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Words(doc, 0, len(doc))
	}
}

// BenchmarkWordsPerSentence tokenizes sentence by sentence, as extraction
// does, so per-call costs (allocation, slack capacity) show.
func BenchmarkWordsPerSentence(b *testing.B) {
	para := "Senior officials met the commander on Sunday, Nov. 24, in the capital. “We agreed,” he said. The U.S. delegation left.\n\n"
	doc := strings.Repeat(para, 8000)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Words(doc, s.Start, s.End)
		}
	}
}

// BenchmarkAppendWords tokenizes sentence by sentence into one reused
// buffer, as the sentence stage does (no per-sentence copy to time).
func BenchmarkAppendWords(b *testing.B) {
	para := "Senior officials met the commander on Sunday, Nov. 24, in the capital. “We agreed,” he said. The U.S. delegation left.\n\n"
	doc := strings.Repeat(para, 8000)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var buf []Word
	for b.Loop() {
		buf = buf[:0]
		for _, s := range sents {
			buf = AppendWords(buf, doc, s.Start, s.End)
		}
	}
}

// TestMayBeAbbrevLetsEveryAbbreviationThrough: the shape filter before
// the map look-up rejects no abbreviation, in either case.
func TestMayBeAbbrevLetsEveryAbbreviationThrough(t *testing.T) {
	for a := range abbreviations {
		for _, w := range []string{a, strings.ToUpper(a), strings.ToUpper(a[:1]) + a[1:]} {
			if !isAbbrevWord(w) {
				t.Errorf("isAbbrevWord(%q) = false", w)
			}
		}
	}
	for _, w := range []string{"said", "week", "people", "U.S.A", "", "approxi"} {
		if isAbbrevWord(w) {
			t.Errorf("isAbbrevWord(%q) = true", w)
		}
	}
}

// TestIsDottedAbbrev: a single capital, in one byte or several, or a word
// with a period inside.
func TestIsDottedAbbrev(t *testing.T) {
	cases := []struct {
		w    string
		want bool
	}{
		{"", false}, {"J", true}, {"j", false}, {"É", true}, {"é", false}, {"U.S", true},
		{"said", false}, {"Émile", false}, {"é.t", true}, {"\xc3", false}, {"\xff\xfe", false}, {"€", false},
	}
	for _, c := range cases {
		if got := isDottedAbbrev(c.w); got != c.want {
			t.Errorf("isDottedAbbrev(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
