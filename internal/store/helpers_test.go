package store

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

const fixtures = "../../fixtures"

// readBatch extracts every article of a fixture batch, by file name.
func readBatch(t testing.TB, name string) []*claims.Doc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(fixtures, name, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("fixture batch %s: %v", name, err)
	}
	sort.Strings(paths)
	var docs []*claims.Doc
	for _, p := range paths {
		src, err := source.ReadFile(p, source.Limits{MaxBytes: source.DefaultMaxBytes})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Extract(src))
	}
	return docs
}

// batchNames lists the fixture batches.
func batchNames(t testing.TB) []string {
	t.Helper()
	entries, err := os.ReadDir(fixtures)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// roundTrip encodes and decodes every document.
func roundTrip(t testing.TB, docs []*claims.Doc) []*claims.Doc {
	t.Helper()
	out := make([]*claims.Doc, len(docs))
	for i, d := range docs {
		data, err := EncodeDoc(d)
		if err != nil {
			t.Fatalf("encode %s: %v", d.Source.ID, err)
		}
		if out[i], err = DecodeDoc(data); err != nil {
			t.Fatalf("decode %s: %v", d.Source.ID, err)
		}
	}
	return out
}

// jsonReport renders a Result as claimcheck's JSON report.
func jsonReport(t testing.TB, res *compare.Result) string {
	t.Helper()
	p, err := report.New("json", false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.Print(&buf, res); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// claimsJSON renders every claim of the documents as the claims command
// does.
func claimsJSON(t testing.TB, docs []*claims.Doc) string {
	t.Helper()
	p, err := report.NewClaims("json", false)
	if err != nil {
		t.Fatal(err)
	}
	var srcs []*source.Source
	var cs []claims.Claim
	for _, d := range docs {
		srcs = append(srcs, d.Source)
		cs = append(cs, claims.Flatten(d)...)
	}
	var buf bytes.Buffer
	if err := p.PrintClaims(&buf, srcs, cs); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// encodeRecord writes a hand-made record, for damaged-input tests.
func encodeRecord(t testing.TB, rec docRecord) []byte {
	t.Helper()
	data, err := rec.marshal(nil)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// encodedBatch is the records of a fixture batch's documents, and the
// bytes of their article texts.
func encodedBatch(tb testing.TB, name string) (data [][]byte, text int) {
	tb.Helper()
	for _, d := range readBatch(tb, name) {
		enc, err := EncodeDoc(d)
		if err != nil {
			tb.Fatal(err)
		}
		data = append(data, enc)
		text += len(d.Source.Text)
	}
	return data, text
}
