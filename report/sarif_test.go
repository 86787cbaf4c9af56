package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// sarifSchemaPath is the official schema, kept outside the repository.
const sarifSchemaPath = "/work/shared/schemas/sarif-schema-2.1.0.json"

// ciText is an article whose spans the CI printers resolve to lines and
// columns: the value on line 3 follows a character outside the BMP (two
// UTF-16 code units) and an accented one (one unit, two bytes).
const ciText = "Bridge down\n\nIn Riverton 🌉 é, 25 people were killed on Friday.\nPolice said so.\n"

const ciTextOther = "Bridge down\n\nIn Riverton, 12 people were killed on Friday.\n"

// ciResult is a small batch whose sources carry their text, so that
// regions come from byte spans rather than recorded lines.
func ciResult() *compare.Result {
	a := &source.Source{ID: "a.txt", Path: "batch dir/a.txt", Text: ciText}
	b := &source.Source{ID: "b.txt", Path: "batch dir/b.txt", Text: ciTextOther}
	return &compare.Result{
		Sources: []*source.Source{a, b},
		Events:  []compare.Event{{ID: "e1", Label: "kill: Riverton", Sources: []string{"a.txt", "b.txt"}}},
		Findings: []compare.Finding{{
			ID: "f1", Event: "e1", Kind: compare.KindCount, Severity: compare.Conflict, Confidence: 0.95,
			Reason: "killed: 25 against 12",
			Claims: []compare.Evidence{
				spanEvidence(a, "In Riverton 🌉 é, 25 people were killed on Friday.", "25"),
				spanEvidence(b, "In Riverton, 12 people were killed on Friday.", "12"),
			},
		}},
		Summary: compare.Summary{Sources: 2, Events: 1, ClaimsCompared: 2,
			BySeverity: map[compare.Severity]int{compare.Conflict: 1}},
	}
}

// spanEvidence makes the Evidence the comparer would for value inside
// sentence inside s's text.
func spanEvidence(s *source.Source, sentence, value string) compare.Evidence {
	start := strings.Index(s.Text, sentence)
	off := start + strings.Index(sentence, value)
	ev := compare.Evidence{
		Source: s.ID, Text: sentence, Value: value, Normalized: value,
		Span: [2]int{off, off + len(value)}, SentenceStart: start,
		Line: strings.Count(s.Text[:start], "\n") + 1,
	}
	ev.Place(s.Text)
	return ev
}

// ciPrinterCases are the golden files of the CI formats.
func ciPrinterCases() []printerCase {
	return []printerCase{
		{"report.sarif", SARIF{}, sampleResult, false},
		{"report_text.sarif", SARIF{}, ciResult, false},
		{"report_empty.sarif", SARIF{}, emptyResultWithSources, false},
		{"github.golden", GitHub{}, sampleResult, false},
		{"github_text.golden", GitHub{}, ciResult, false},
		{"junit.xml", JUnit{}, sampleResult, false},
		{"junit_empty.xml", JUnit{}, emptyResultWithSources, false},
		{"markdown.md", Markdown{}, sampleResult, false},
		{"markdown_empty.md", Markdown{}, emptyResultWithSources, false},
		{"report.jsonl", JSONL{}, sampleResult, false},
		{"report_empty.jsonl", JSONL{}, emptyResultWithSources, false},
	}
}

func TestCIPrinters(t *testing.T) {
	for _, tc := range ciPrinterCases() {
		t.Run(tc.golden, func(t *testing.T) {
			var first, again bytes.Buffer
			if err := tc.printer.Print(&first, tc.result()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, first.Bytes())
			if err := tc.printer.Print(&again, tc.result()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Errorf("output changed between runs")
			}
			if bytes.IndexByte(first.Bytes(), 0x1b) >= 0 {
				t.Errorf("output contains an escape byte")
			}
		})
	}
}

// TestSARIFConformsToSchema validates the golden SARIF logs against the
// official SARIF 2.1.0 schema, with format assertions on.
// The shared copy of the schema lacks its root object (it has only
// "definitions", so it would accept anything as a whole log): each run is
// validated against #/definitions/run and the root is checked by hand.
func TestSARIFConformsToSchema(t *testing.T) {
	runSchema := compileSARIFRun(t)
	paths := []string{filepath.Join("testdata", "report.sarif"), filepath.Join("testdata", "report_text.sarif"), filepath.Join("testdata", "report_empty.sarif")}
	cli, _ := filepath.Glob(filepath.Join("..", "cmd", "claimcheck", "testdata", "check", "*.sarif"))
	for _, path := range append(paths, cli...) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := validateSARIF(runSchema, data); err != nil {
				t.Errorf("%s does not conform to the SARIF schema: %v", name, err)
			}
		})
	}
}

// compileSARIFRun compiles the schema of one run, or skips the test when
// the schema is not at hand (it must not be copied into the repository).
func compileSARIFRun(t *testing.T) *jsonschema.Schema {
	t.Helper()
	if _, err := os.Stat(sarifSchemaPath); err != nil {
		t.Skipf("SARIF schema not available (%v); skipping validation", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(sarifSchemaPath + "#/definitions/run")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// validateSARIF checks the root of a log as the official schema's root
// does (version 2.1.0, runs an array, no unknown keys) and every run
// against the run schema.
func validateSARIF(runSchema *jsonschema.Schema, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return errors.New("the log is not an object")
	}
	for key := range root {
		if key != "$schema" && key != "version" && key != "runs" && key != "inlineExternalProperties" && key != "properties" {
			return fmt.Errorf("unknown key %q at the root", key)
		}
	}
	if root["version"] != "2.1.0" {
		return fmt.Errorf("version %v, want 2.1.0", root["version"])
	}
	runs, ok := root["runs"].([]any)
	if !ok {
		return errors.New("runs is not an array")
	}
	for i, run := range runs {
		if err := runSchema.Validate(run); err != nil {
			return fmt.Errorf("runs[%d]: %w", i, err)
		}
	}
	return nil
}

// sarifLocations decodes what tests check of a SARIF log.
type sarifDoc struct {
	Runs []struct {
		ColumnKind string `json:"columnKind"`
		Results    []struct {
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					Region           sarifRegion          `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

func printSARIF(t *testing.T, r *compare.Result) sarifDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := (SARIF{}).Print(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc sarifDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSARIFRegion(t *testing.T) {
	doc := printSARIF(t, ciResult())
	run := doc.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	loc := run.Results[0].Locations[0].PhysicalLocation
	// "In Riverton 🌉 é, " is 12 + 2 + 1 + 1 + 2 = 18 UTF-16 units.
	want := sarifRegion{StartLine: 3, StartColumn: 19, EndLine: 3, EndColumn: 21}
	got := loc.Region
	got.Snippet = nil
	if got != want {
		t.Errorf("region %+v, want %+v", got, want)
	}
	if loc.ArtifactLocation.URI != "batch%20dir/a.txt" {
		t.Errorf("uri %q", loc.ArtifactLocation.URI)
	}
}

// TestSARIFFingerprintStable adds a line above the evidence: lines and
// spans move, the fingerprint must not.
func TestSARIFFingerprintStable(t *testing.T) {
	before := ciResult()
	after := ciResult()
	src := after.Sources[0]
	src.Text = "Updated at noon.\n" + src.Text
	after.Findings[0].Claims[0] = spanEvidence(src, after.Findings[0].Claims[0].Text, "25")

	fpBefore := printSARIF(t, before).Runs[0].Results[0]
	fpAfter := printSARIF(t, after).Runs[0].Results[0]
	if l1, l2 := fpBefore.Locations[0].PhysicalLocation.Region.StartLine, fpAfter.Locations[0].PhysicalLocation.Region.StartLine; l1 == l2 {
		t.Fatalf("the added line did not move the evidence (line %d)", l1)
	}
	if fpBefore.PartialFingerprints[fingerprintKey] != fpAfter.PartialFingerprints[fingerprintKey] {
		t.Errorf("fingerprint changed: %v -> %v", fpBefore.PartialFingerprints, fpAfter.PartialFingerprints)
	}
}

func TestFingerprint(t *testing.T) {
	base := ciResult().Findings[0]
	swapped := ciResult().Findings[0]
	swapped.Claims[0], swapped.Claims[1] = swapped.Claims[1], swapped.Claims[0]
	otherValue := ciResult().Findings[0]
	otherValue.Claims[1].Normalized = "13"
	otherKind := ciResult().Findings[0]
	otherKind.Kind = compare.KindQuantity
	for _, tc := range []struct {
		name  string
		f     compare.Finding
		label string
		same  bool
	}{
		{"claims in another order", swapped, "kill: Riverton", true},
		{"another value", otherValue, "kill: Riverton", false},
		{"another kind", otherKind, "kill: Riverton", false},
		{"another event", base, "injure: Riverton", false},
	} {
		got := Fingerprint(tc.f, tc.label) == Fingerprint(base, "kill: Riverton")
		if got != tc.same {
			t.Errorf("%s: same fingerprint %v, want %v", tc.name, got, tc.same)
		}
	}
}

// TestCIPrintersOddInput: nil results and broken evidence never panic or
// error, and write errors surface.
func TestCIPrintersOddInput(t *testing.T) {
	odd := &compare.Result{
		Sources: []*source.Source{nil, {ID: "a", Path: "p,a:th%\n", Text: "short"}},
		Findings: []compare.Finding{{
			ID: "f9", Event: "nope", Kind: "weird kind\n", Severity: 0, Confidence: 0 / zero(),
			Reason: "bell\a and escape\x1b[2J <b>|x|</b> ::error::",
			Claims: []compare.Evidence{
				{Source: "a", Text: "bad \xff utf8 \x1b[1m", Value: "\xff", Span: [2]int{-5, 99}},
				{Source: "a", Text: "", Value: "v", Span: [2]int{3, 9}},
				{Source: "c", Text: "\u202eevil\u2028line\u0085\x00", Value: "evil", Line: -3},
			},
		}},
	}
	printers := []Printer{SARIF{}, GitHub{}, GitHub{Summary: &bytes.Buffer{}}, JUnit{}, Markdown{}, JSONL{}}
	for _, p := range printers {
		for _, r := range []*compare.Result{nil, odd} {
			var buf bytes.Buffer
			if err := p.Print(&buf, r); err != nil {
				t.Errorf("%T: %v", p, err)
			}
		}
		if err := p.Print(failingWriter{}, sampleResult()); !errors.Is(err, errClosed) {
			t.Errorf("%T: error %v, want the writer's error", p, err)
		}
	}
}

// TestSARIFSchemaRejects makes sure the validation above can fail.
func TestSARIFSchemaRejects(t *testing.T) {
	runSchema := compileSARIFRun(t)
	valid, err := os.ReadFile(filepath.Join("testdata", "report_text.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ from, to string }{
		{`"level": "error"`, `"level": "fatal"`},
		{`"startLine": 3`, `"startLine": 0`},
		{`"version": "2.1.0"`, `"version": "2.0"`},
		{`"name": "claimcheck"`, `"title": "claimcheck"`},
	} {
		broken := strings.Replace(string(valid), tc.from, tc.to, 1)
		if broken == string(valid) {
			t.Fatalf("%q not in the golden log", tc.from)
		}
		if validateSARIF(runSchema, []byte(broken)) == nil {
			t.Errorf("%s -> %s: the validation accepted it", tc.from, tc.to)
		}
	}
}

// BenchmarkSARIF measures writing a log; the lines and columns are the
// comparer's (compare.BenchmarkEvidencePlace), so the printer's cost is
// the output's, whatever the articles' length.
func BenchmarkSARIF(b *testing.B) {
	r := ciResult()
	var out bytes.Buffer
	if err := (SARIF{}).Print(&out, r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(out.Len()))
	for b.Loop() {
		if err := (SARIF{}).Print(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
