package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// Articles for the dates tests. The dated one is published on a Tuesday,
// so "Monday" and "yesterday" are both the 25th; a "Yesterday" inside a
// quotation stays unanchored, since we do not know when it was said.
var datesArticles = map[string]string{
	"dated.txt": "---\npublished: 2019-11-26\n---\n\nTalks resume in Zürich\n\n" +
		"The delegations met on Monday in the capital. A first round was held on November 24, officials said yesterday.\n\n" +
		"\"Yesterday we agreed on nothing,\" one delegate said.\n",
	"undated.txt": "Talks resume\n\nThe delegations met on Monday in the capital, officials said yesterday.\n",
}

// jsonDatesOut is the part of `dates --format json` the tests read.
type jsonDatesOut struct {
	Version int `json:"version"`
	Sources []struct {
		ID        string     `json:"id"`
		Published *string    `json:"published"`
		Dates     []jsonDate `json:"dates"`
	} `json:"sources"`
}

type jsonDate struct {
	Span     [2]int   `json:"span"`
	Text     string   `json:"text"`
	Type     string   `json:"type"`
	Value    string   `json:"value"`
	Anchor   string   `json:"anchor"`
	Readings []string `json:"readings"`
}

// wantDate is what a test checks of one date: text, value and anchor.
type wantDate struct{ text, value, anchor string }

type wantSource struct {
	id        string
	published string // "" for null
	dates     []wantDate
}

var (
	datedWant = wantSource{"dated.txt", "2019-11-26", []wantDate{
		{"Monday", "2019-11-25", "publication"},
		{"November 24", "2019-11-24", "publication"},
		{"yesterday", "2019-11-25", "publication"},
		{"Yesterday", "XXXX-XX-XX", "none"},
	}}
	undatedWant = wantSource{"undated.txt", "", []wantDate{
		{"Monday", "XXXX-WXX-1", "none"},
		{"yesterday", "XXXX-XX-XX", "none"},
	}}
)

func TestDatesCommand(t *testing.T) {
	dir := writeArticles(t, datesArticles)
	for _, tc := range []struct {
		name       string
		args       []string // file names are taken relative to dir
		wantCode   int
		wantStderr []string
		want       []wantSource // checked when the output is JSON
		wantStdout []string     // checked otherwise
		// wantEmptyStdout: a usage error must not put help text where a
		// report is expected.
		wantEmptyStdout bool
	}{
		{name: "dated and undated", args: []string{"-f", "json", "dated.txt", "undated.txt"},
			want: []wantSource{datedWant, undatedWant}},
		{name: "published overrides an undated source", args: []string{"--published", "2019-11-27", "--format", "json", "undated.txt"},
			want: []wantSource{{"undated.txt", "2019-11-27", []wantDate{
				{"Monday", "2019-11-25", "publication"},
				{"yesterday", "2019-11-26", "publication"},
			}}}},
		{name: "published overrides the front matter", args: []string{"dated.txt", "--format", "json", "--published", "2019-12-03"},
			want: []wantSource{{"dated.txt", "2019-12-03", []wantDate{
				{"Monday", "2019-12-02", "publication"},
				{"November 24", "2019-11-24", "publication"},
				{"yesterday", "2019-12-02", "publication"},
				{"Yesterday", "XXXX-XX-XX", "none"},
			}}}},
		{name: "bad published", args: []string{"--published", "26/11/2019", "dated.txt"},
			wantCode: 2, wantStderr: []string{"--published", "26/11/2019", "YYYY-MM-DD"}},
		{name: "missing path still prints the rest", args: []string{"-f", "json", "dated.txt", "missing.txt"},
			wantCode: 2, wantStderr: []string{"missing.txt"}, want: []wantSource{datedWant}},
		{name: "only a missing path", args: []string{"missing.txt"},
			wantCode: 2, wantStderr: []string{"missing.txt", "no article could be read"}},
		{name: "no paths", args: nil, wantCode: 2, wantStderr: []string{"no paths given"}},
		{name: "unknown flag", args: []string{"--bogus", "dated.txt"},
			wantCode: 2, wantStderr: []string{"bogus"}, wantEmptyStdout: true},
		{name: "unknown format", args: []string{"-f", "xml", "dated.txt"},
			wantCode: 2, wantStderr: []string{`unknown format "xml"`}},
		{name: "table", args: []string{"dated.txt", "undated.txt"},
			wantStdout: []string{"2 sources (1 undated), 6 dates", "SOURCE", "ANCHOR", "November 24", "2019-11-24", "XXXX-WXX-1"}},
		{name: "timeml", args: []string{"--format", "timeml", "dated.txt"},
			wantStdout: []string{
				"<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>dated.txt</DOCID>\n",
				`<DCT><TIMEX3 tid="t0" type="DATE" value="2019-11-26" temporalFunction="false" functionInDocument="CREATION_TIME">2019-11-26</TIMEX3></DCT>`,
				"<TEXT>\nTalks resume in Zürich\n",
				`met on <TIMEX3 tid="t1" type="DATE" value="2019-11-25">Monday</TIMEX3> in`,
				`&#34;<TIMEX3 tid="t4" type="DATE" value="XXXX-XX-XX">Yesterday</TIMEX3> we`,
				"</TEXT>\n</TimeML>\n",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"dates"}
			for _, a := range tc.args {
				if strings.HasSuffix(a, ".txt") {
					a = filepath.Join(dir, a)
				}
				args = append(args, a)
			}
			r := runCLI(args...)
			if r.code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", r.code, tc.wantCode, r.stderr)
			}
			for _, s := range tc.wantStderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr %q does not mention %q", r.stderr, s)
				}
			}
			if tc.wantEmptyStdout && len(r.stdout) > 0 {
				t.Errorf("stdout holds %d bytes, want none:\n%s", len(r.stdout), r.stdout)
			}
			for _, s := range tc.wantStdout {
				if !bytes.Contains(r.stdout, []byte(s)) {
					t.Errorf("stdout does not contain %q:\n%s", s, r.stdout)
				}
			}
			if tc.want != nil {
				got := parseDatesJSON(t, r.stdout, dir)
				if !reflect.DeepEqual(got, tc.want) {
					t.Errorf("dates:\n got %+v\nwant %+v", got, tc.want)
				}
			}
		})
	}
}

// parseDatesJSON reads the JSON output, checks that every span is the
// bytes of its text in the whole file and lies in the body, and returns
// what the tests compare.
func parseDatesJSON(t *testing.T, out []byte, dir string) []wantSource {
	t.Helper()
	var doc jsonDatesOut
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if doc.Version != 1 {
		t.Errorf("version %d, want 1", doc.Version)
	}
	var got []wantSource
	for _, s := range doc.Sources {
		src, err := source.ReadFile(filepath.Join(dir, s.ID), source.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		ws := wantSource{id: s.ID}
		if s.Published != nil {
			ws.published = *s.Published
		}
		for _, d := range s.Dates {
			checkSpan(t, src, d)
			ws.dates = append(ws.dates, wantDate{d.Text, d.Value, d.Anchor})
		}
		got = append(got, ws)
	}
	return got
}

func checkSpan(t *testing.T, src *source.Source, d jsonDate) {
	t.Helper()
	s, e := d.Span[0], d.Span[1]
	switch {
	case s < src.Body.Start || e > src.Body.End || s >= e:
		t.Errorf("%s: span %v outside the body %v", src.ID, d.Span, src.Body)
	case src.Text[s:e] != d.Text:
		t.Errorf("%s: span %v is %q in the file, text says %q", src.ID, d.Span, src.Text[s:e], d.Text)
	}
	if d.Readings == nil {
		t.Errorf("%s: %q: readings is null, want an array", src.ID, d.Text)
	}
}

// TestDatesFixtureGolden keeps the dates of one fixture batch in a golden
// file, so that a change in the date finder shows up as a reviewable diff.
func TestDatesFixtureGolden(t *testing.T) {
	r := runCLI("dates", "--format", "json", earthquakeDir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	parseDatesJSON(t, r.stdout, earthquakeDir)
	checkGolden(t, "dates/earthquake.json", r.stdout)
}

// BenchmarkSourceDates measures what `claimcheck dates` does per article
// after reading it: quotations, then the date finder over the body.
func BenchmarkSourceDates(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*", "*.txt"))
	var srcs []*source.Source
	var size int64
	for _, f := range files {
		src, err := source.ReadFile(f, source.Limits{})
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		size += int64(src.Body.Len())
	}
	if len(srcs) == 0 {
		b.Skip("no fixture articles")
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, src := range srcs {
			sourceDates(src)
		}
	}
}
