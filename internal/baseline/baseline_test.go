package baseline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleResult has three findings over two events; f2 and f3 are the
// same disagreement seen in different spans.
func sampleResult() *compare.Result {
	ev := func(src, norm string, at int) compare.Evidence {
		return compare.Evidence{Source: src, Value: norm, Normalized: norm, Span: [2]int{at, at + len(norm)}, Line: at / 10}
	}
	return &compare.Result{
		Events: []compare.Event{{ID: "e1", Label: "kill: Town"}, {ID: "e2", Label: "meet: Mayor <Ana> & Board"}},
		Findings: []compare.Finding{
			{ID: "f1", Event: "e1", Kind: compare.KindCount, Severity: compare.Conflict, Claims: []compare.Evidence{ev("a.txt", "12", 100), ev("b.txt", "14", 200)}},
			{ID: "f2", Event: "e2", Kind: compare.KindDate, Severity: compare.Warning, Claims: []compare.Evidence{ev("a.txt", "2024-03-01", 40), ev("c.txt", "2024-03-02", 90)}},
			{ID: "f3", Event: "e2", Kind: compare.KindLocation, Severity: compare.Info, Claims: []compare.Evidence{ev("b.txt", "city:x", 10), ev("c.txt", "city:y", 30)}},
		},
		Summary: compare.Summary{BySeverity: map[compare.Severity]int{compare.Conflict: 1, compare.Warning: 1, compare.Info: 1}},
	}
}

func TestWriteGolden(t *testing.T) {
	f := FromResult(sampleResult())
	f.Findings[0].Note = "checked with the agency"
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "baseline.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("baseline differs from %s (run with -update):\n%s", golden, buf.Bytes())
	}
	back, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatalf("the written baseline does not parse: %v", err)
	}
	if len(back.Findings) != 3 || back.Findings[0].Note != "checked with the agency" {
		t.Errorf("round trip lost entries or notes: %+v", back.Findings)
	}
}

func TestApply(t *testing.T) {
	all := FromResult(sampleResult())
	only := func(kind string) *File {
		f := &File{Version: Version}
		for _, e := range all.Findings {
			if e.Kind == kind {
				f.Findings = append(f.Findings, e)
			}
		}
		return f
	}
	for _, tc := range []struct {
		name     string
		base     *File
		hidden   int
		wantIDs  string // ids and kinds left, in order
		conflict int
	}{
		{"empty baseline", &File{Version: Version}, 0, "f1:count f2:date f3:location", 1},
		{"nil baseline", nil, 0, "f1:count f2:date f3:location", 1},
		{"everything accepted", all, 3, "", 0},
		{"the count accepted", only(compare.KindCount), 1, "f1:date f2:location", 0},
		{"the date accepted", only(compare.KindDate), 1, "f1:count f2:location", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := sampleResult()
			if got := NewStep(tc.base).Apply(res); got != tc.hidden {
				t.Errorf("hidden %d, want %d", got, tc.hidden)
			}
			var ids []string
			for _, f := range res.Findings {
				ids = append(ids, f.ID+":"+f.Kind)
			}
			if got := strings.Join(ids, " "); got != tc.wantIDs {
				t.Errorf("left %q, want %q", got, tc.wantIDs)
			}
			if got := res.Summary.BySeverity[compare.Conflict]; got != tc.conflict {
				t.Errorf("summary counts %d conflicts, want %d", got, tc.conflict)
			}
			if len(res.Events) != 2 {
				t.Errorf("events dropped: %v", res.Events)
			}
		})
	}
}

// TestApplySurvivesMoves: the same findings at other lines and spans, under
// other ids, are still recognised.
func TestApplySurvivesMoves(t *testing.T) {
	base := FromResult(sampleResult())
	moved := sampleResult()
	moved.Events[0].ID, moved.Events[1].ID = "e7", "e8"
	for i := range moved.Findings {
		f := &moved.Findings[i]
		f.ID = "f" + strings.Repeat("9", i+1)
		f.Event = map[string]string{"e1": "e7", "e2": "e8"}[f.Event]
		for k := range f.Claims {
			f.Claims[k].Span[0] += 500
			f.Claims[k].Span[1] += 500
			f.Claims[k].Line += 12
		}
	}
	if got := NewStep(base).Apply(moved); got != 3 {
		t.Errorf("hid %d of 3 moved findings", got)
	}
}

func TestKeepNotes(t *testing.T) {
	old := FromResult(sampleResult())
	old.Findings[1].Note = "fine"
	old.Findings = append(old.Findings, Entry{Fingerprint: strings.Repeat("a", 32), Note: "gone"})
	fresh := FromResult(sampleResult())
	fresh.Findings[2].Note = "new words"
	fresh.KeepNotes(old)
	var notes []string
	for _, e := range fresh.Findings {
		notes = append(notes, e.Note)
	}
	if got := strings.Join(notes, "|"); got != "|fine|new words" {
		t.Errorf("notes %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	fp := strings.Repeat("0f", 16)
	for _, tc := range []struct {
		name, data, want string
	}{
		{"empty", "", "empty file"},
		{"truncated", `{"version": 1, "findings": [`, "ends early"},
		{"not JSON", "version: 1\n", "line 1: invalid character"},
		{"syntax error on line 3", "{\n\"version\": 1,\n\"findings\": [}\n", "line 3"},
		{"wrong type", "{\n  \"version\": \"one\"\n}", "line 2: version: want int"},
		{"unknown key", `{"version": 1, "findings": [{"fingerprint": "` + fp + `", "notes": "x"}]}`, `unknown field "notes"`},
		{"other version", `{"version": 2, "findings": []}`, "version 2"},
		{"no version", `{"findings": []}`, "version 0"},
		{"bad fingerprint", `{"version": 1, "findings": [{"fingerprint": "xyz"}]}`, `findings[0]: fingerprint "xyz"`},
		{"two objects", `{"version": 1, "findings": []} {}`, "text after"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"version": 1, "findings": []}`), 0o644)
	for _, tc := range []struct {
		path, want string
	}{
		{filepath.Join(dir, "missing.json"), "missing.json: no such file"},
		{bad, "bad.json: the JSON ends early"},
		{dir, "baseline " + dir + ":"},
		{good, ""},
	} {
		_, err := Read(tc.path)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.path, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want one containing %q", tc.path, err, tc.want)
		}
	}
}

// FuzzParse: no input makes the reader panic, and what it accepts it
// writes back to an equal baseline.
func FuzzParse(f *testing.F) {
	var buf bytes.Buffer
	FromResult(sampleResult()).Write(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(`{"version": 1, "findings": null}`))
	f.Add([]byte(`{"version": 1, "findings": [{"fingerprint": "` + strings.Repeat("a", 32) + `", "values": [null]}]}`))
	f.Add([]byte(strings.Repeat("[", 10000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse(data)
		if err != nil {
			if b != nil {
				t.Fatal("a baseline and an error")
			}
			return
		}
		if b.Version != Version {
			t.Fatalf("accepted version %d", b.Version)
		}
		var out bytes.Buffer
		if err := b.Write(&out); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(out.Bytes())
		if err != nil {
			t.Fatalf("cannot read back what was accepted: %v\n%s", err, out.Bytes())
		}
		if len(again.Findings) != len(b.Findings) {
			t.Fatalf("round trip changed the entries: %d -> %d", len(b.Findings), len(again.Findings))
		}
		for _, e := range b.Findings {
			if !isFingerprint(e.Fingerprint) {
				t.Fatalf("accepted fingerprint %q", e.Fingerprint)
			}
		}
	})
}
