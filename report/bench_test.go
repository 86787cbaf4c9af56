package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
)

// bigResult repeats the sample findings n times, as a large batch would
// produce them.
func bigResult(n int) (*compare.Result, int64) {
	r := sampleResult()
	base := r.Findings
	r.Findings = nil
	var size int64
	for i := range n {
		for _, f := range base {
			f.ID = fmt.Sprintf("f%d", len(r.Findings)+1)
			f.Claims = append([]compare.Evidence(nil), f.Claims...)
			for k := range f.Claims {
				f.Claims[k].Text = fmt.Sprintf("%s (%d)", f.Claims[k].Text, i)
				size += int64(len(f.Claims[k].Text))
			}
			r.Findings = append(r.Findings, f)
		}
	}
	return r, size
}

// Benchmarks report MB/s of evidence text rendered.
func BenchmarkPrinters(b *testing.B) {
	r, size := bigResult(100)
	for _, p := range []Printer{Table{}, Table{Color: true}, Diff{}, Diff{Color: true}, JSON{}} {
		b.Run(fmt.Sprintf("%T/color=%v", p, strings.Contains(fmt.Sprint(p), "true")), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if err := p.Print(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWordDiffLong is the worst case the diff allows: two long,
// entirely different sentences just under maxDiffTokens.
func BenchmarkWordDiffLong(b *testing.B) {
	a := strings.Repeat("alpha beta ", maxDiffTokens/4)
	c := strings.Repeat("gamma delta ", maxDiffTokens/4)
	b.SetBytes(int64(len(a) + len(c)))
	for b.Loop() {
		wordDiff(a, c)
	}
}

// FuzzPrinters renders a Result built from arbitrary text in every format:
// no panic, no escape byte in plain output, JSON that parses.
func FuzzPrinters(f *testing.F) {
	f.Add("f1", "Reason.", "They met on Monday.", "Monday", "They met on Tuesday.", "Tuesday", 3, 9)
	f.Add("", "\x1b[2J", "\xff\xfe", "\xff", "", "", -1, 1<<30)
	f.Add("f\n2", "a\u202eb", "Zürich 東京", "東京", "東京 Zürich", "zürich", 7, 13)
	f.Fuzz(func(t *testing.T, id, reason, textA, valueA, textB, valueB string, start, end int) {
		r := &compare.Result{
			Events: []compare.Event{{ID: "e1", Label: reason}},
			Findings: []compare.Finding{{
				ID: id, Event: "e1", Kind: compare.KindDate, Severity: compare.Conflict, Reason: reason,
				Claims: []compare.Evidence{
					{Source: id, Text: textA, Value: valueA, Normalized: valueB, Span: [2]int{start, end}},
					{Source: reason, Text: textB, Value: valueB, Hedge: valueA, SentenceStart: start},
				},
			}},
		}
		for _, p := range []Printer{Table{}, Diff{}} {
			var buf strings.Builder
			if err := p.Print(&buf, r); err != nil {
				t.Fatalf("%T: %v", p, err)
			}
			if strings.IndexByte(buf.String(), 0x1b) >= 0 {
				t.Fatalf("%T: escape byte in plain output", p)
			}
		}
		for _, p := range []Printer{Table{Color: true}, Diff{Color: true}} {
			if err := p.Print(io.Discard, r); err != nil {
				t.Fatalf("%T: %v", p, err)
			}
		}
		var buf strings.Builder
		if err := (JSON{}).Print(&buf, r); err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(buf.String()), &doc); err != nil {
			t.Fatalf("JSON output does not parse: %v", err)
		}
	})
}
