package report

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// withoutText is r with every source's text dropped, as a large batch
// checked story by story reaches its printers.
func withoutText(r *compare.Result) *compare.Result {
	bare := *r
	bare.Sources = make([]*source.Source, len(r.Sources))
	for i, s := range r.Sources {
		if s != nil {
			c := *s
			c.Text, c.Furniture = "", nil
			bare.Sources[i] = &c
		}
	}
	return &bare
}

// TestPrintersWithoutText: the printers read every place from the
// evidence, so the golden files come out the same from sources without
// their text.
func TestPrintersWithoutText(t *testing.T) {
	for _, tc := range ciPrinterCases() {
		t.Run(tc.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := tc.printer.Print(&out, withoutText(tc.result())); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, out.Bytes())
		})
	}
}

// TestCheckedPrintersWithoutText checks a generated batch and the
// earthquake fixture and prints every format from the result as it is and
// with the sources' text dropped: the reports must be byte-identical.
func TestCheckedPrintersWithoutText(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs func(t *testing.T) []*claims.Doc
	}{
		{"generated", generatedDocs},
		{"earthquake", fixtureDocs("../fixtures/earthquake")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := compare.Check(tc.docs(t))
			if len(res.Findings) == 0 {
				t.Fatal("no findings: the test would prove nothing")
			}
			for _, format := range Formats() {
				p, err := New(format, false)
				if err != nil {
					t.Fatal(err)
				}
				var with, without bytes.Buffer
				if err := p.Print(&with, res); err != nil {
					t.Fatal(err)
				}
				if err := p.Print(&without, withoutText(res)); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(with.Bytes(), without.Bytes()) {
					t.Errorf("%s: the report changed without the sources' text", format)
				}
			}
		})
	}
}

func generatedDocs(t *testing.T) []*claims.Doc {
	docs, _ := benchdocs.Docs(t, 200_000, 1)
	return docs
}

func fixtureDocs(dir string) func(t *testing.T) []*claims.Doc {
	return func(t *testing.T) []*claims.Doc {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var docs []*claims.Doc
		for _, path := range paths {
			srcs, errs := source.ReadAll(path, source.Limits{})
			if len(errs) > 0 {
				t.Fatal(errs[0])
			}
			for _, s := range srcs {
				docs = append(docs, claims.Extract(s))
			}
		}
		if len(docs) == 0 {
			t.Fatalf("no articles in %s", dir)
		}
		return docs
	}
}
