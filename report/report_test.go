package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}

type printerCase struct {
	golden  string
	printer Printer
	result  func() *compare.Result
	color   bool
}

// printerCases pairs every format with and without colour, on the sample
// batch and on a batch with no findings.
func printerCases() []printerCase {
	return []printerCase{
		{"table.golden", Table{}, sampleResult, false},
		{"table_color.golden", Table{Color: true}, sampleResult, true},
		{"table_empty.golden", Table{}, emptyResultWithSources, false},
		{"table_empty_color.golden", Table{Color: true}, emptyResultWithSources, true},
		{"diff.golden", Diff{}, sampleResult, false},
		{"diff_color.golden", Diff{Color: true}, sampleResult, true},
		{"diff_empty.golden", Diff{}, emptyResultWithSources, false},
		{"diff_empty_color.golden", Diff{Color: true}, emptyResultWithSources, true},
		{"report.json", JSON{}, sampleResult, false},
		{"report_empty.json", JSON{}, emptyResultWithSources, false},
	}
}

func TestPrinters(t *testing.T) {
	for _, tc := range printerCases() {
		t.Run(tc.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.printer.Print(&buf, tc.result()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, buf.Bytes())
			if !tc.color && bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Errorf("output without colour contains an escape byte")
			}
		})
	}
}

// TestColorPairs checks that the coloured and the plain table say the same
// thing: stripping the escape codes from the coloured one gives the plain one.
func TestColorPairs(t *testing.T) {
	for _, tc := range []struct {
		name       string
		result     func() *compare.Result
		wantColour bool
	}{
		{"findings", sampleResult, true},
		{"no findings", emptyResultWithSources, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var plain, colour bytes.Buffer
			if err := (Table{}).Print(&plain, tc.result()); err != nil {
				t.Fatal(err)
			}
			if err := (Table{Color: true}).Print(&colour, tc.result()); err != nil {
				t.Fatal(err)
			}
			if got := bytes.Contains(colour.Bytes(), []byte(ansiRed)); got != tc.wantColour {
				t.Errorf("coloured output has colour: %v, want %v", got, tc.wantColour)
			}
			if got := stripANSI(colour.String()); got != plain.String() {
				t.Errorf("coloured output without its codes differs from the plain output:\n%s\n---\n%s", got, plain.String())
			}
		})
	}
}

// stripANSI removes the SGR sequences this package writes.
func stripANSI(s string) string {
	for _, code := range []string{ansiReset, ansiRed, ansiGreen, ansiYellow, ansiDim, ansiBoldUnder} {
		s = strings.ReplaceAll(s, code, "")
	}
	return s
}

func TestClaimsPrinters(t *testing.T) {
	sources, cs := sampleClaims()
	for _, tc := range []struct {
		golden  string
		printer ClaimsPrinter
		sources []*source.Source
		claims  []claims.Claim
		color   bool
	}{
		{"claims_table.golden", ClaimsTable{}, sources, cs, false},
		{"claims_table_color.golden", ClaimsTable{Color: true}, sources, cs, true},
		{"claims_table_empty.golden", ClaimsTable{}, sources, nil, false},
		{"claims.json", ClaimsJSON{}, sources, cs, false},
		{"claims_empty.json", ClaimsJSON{}, nil, nil, false},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.printer.PrintClaims(&buf, tc.sources, tc.claims); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, buf.Bytes())
			if !tc.color && bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Errorf("output without colour contains an escape byte")
			}
		})
	}
}

// TestDeterministic renders each format many times: map iteration order
// (events, severities) must never leak into the output.
func TestDeterministic(t *testing.T) {
	for _, tc := range printerCases() {
		var first bytes.Buffer
		if err := tc.printer.Print(&first, tc.result()); err != nil {
			t.Fatal(err)
		}
		for range 20 {
			var again bytes.Buffer
			if err := tc.printer.Print(&again, tc.result()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Fatalf("%s: output changed between runs", tc.golden)
			}
		}
	}
}

func TestNew(t *testing.T) {
	for _, tc := range []struct {
		format  string
		color   bool
		want    Printer
		wantErr bool
	}{
		{"table", true, Table{Color: true}, false},
		{"table", false, Table{}, false},
		{"diff", true, Diff{Color: true}, false},
		{"json", true, JSON{}, false},
		{"yaml", false, nil, true},
		{"", false, nil, true},
	} {
		got, err := New(tc.format, tc.color)
		if (err != nil) != tc.wantErr {
			t.Errorf("New(%q): error %v, want error %v", tc.format, err, tc.wantErr)
			continue
		}
		if err != nil {
			for _, f := range Formats() {
				if !strings.Contains(err.Error(), f) {
					t.Errorf("New(%q): error %q does not list format %q", tc.format, err, f)
				}
			}
			continue
		}
		if got != tc.want {
			t.Errorf("New(%q, %v) = %#v, want %#v", tc.format, tc.color, got, tc.want)
		}
	}
	if _, err := NewClaims("diff", false); err == nil {
		t.Errorf("NewClaims(diff): want an error, claims have no diff view")
	}
}

// TestNilAndOddInput feeds printers what a buggy caller might: a nil
// Result, nil sources, unknown events and severities, NaN confidence,
// control characters. Nothing may panic, and plain output stays plain.
func TestNilAndOddInput(t *testing.T) {
	odd := &compare.Result{
		Sources: []*source.Source{nil, {ID: "x\x1b[31m.txt"}},
		Findings: []compare.Finding{{
			ID: "f9", Event: "nope", Severity: 0, Confidence: 0 / zero(),
			Reason: "bell\a and escape\x1b[2J",
			Claims: []compare.Evidence{
				{Source: "a", Text: "bad \xff utf8 \x1b[1m", Value: "\xff", Span: [2]int{-5, 99}},
				{Source: "b", Text: "", Value: "v", Span: [2]int{9, 3}},
				{Source: "c", Text: "\u202eevil\u2028line\u0085", Value: "evil"},
			},
		}},
	}
	for _, p := range []Printer{Table{}, Diff{}, JSON{}} {
		for _, r := range []*compare.Result{nil, odd} {
			var buf bytes.Buffer
			if err := p.Print(&buf, r); err != nil {
				t.Errorf("%T: %v", p, err)
			}
			if bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 && !isJSON(p) {
				t.Errorf("%T: escape byte from the input reached the terminal:\n%q", p, buf.String())
			}
		}
	}
}

func zero() float64 { return 0 }

func isJSON(p Printer) bool { _, ok := p.(JSON); return ok }

// failingWriter fails every write, like a closed pipe.
type failingWriter struct{}

var errClosed = errors.New("closed")

func (failingWriter) Write([]byte) (int, error) { return 0, errClosed }

func TestWriteErrors(t *testing.T) {
	for _, p := range []Printer{Table{}, Diff{}, JSON{}} {
		if err := p.Print(failingWriter{}, sampleResult()); !errors.Is(err, errClosed) {
			t.Errorf("%T: error %v, want the writer's error", p, err)
		}
	}
	sources, cs := sampleClaims()
	for _, p := range []ClaimsPrinter{ClaimsTable{}, ClaimsJSON{}} {
		if err := p.PrintClaims(failingWriter{}, sources, cs); !errors.Is(err, errClosed) {
			t.Errorf("%T: error %v, want the writer's error", p, err)
		}
	}
}
