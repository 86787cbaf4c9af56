package source

import (
	"strings"
	"testing"
	"time"
)

// TestFrontMatterValues: what each kind of YAML scalar gives, and which
// shapes are refused with the line of the file (the YAML starts on line 2,
// after the opening "---").
func TestFrontMatterValues(t *testing.T) {
	tests := []struct {
		name, doc                string
		title, outlet, url, date string
		wantErr                  string
	}{
		{name: "plain", doc: "title: Plain title\noutlet: Wire\n", title: "Plain title", outlet: "Wire"},
		{name: "one pair", doc: "title: Only\n", title: "Only"},
		{name: "quoted", doc: "title: 'it''s'\nsite: \"a\\tb\"\n", title: "it's", outlet: "a\tb"},
		{name: "literal block", doc: "title: |\n  line one\n", title: "line one"},
		{name: "number as text", doc: "title: 123\n", title: "123"},
		{name: "empty value", doc: "title:\noutlet: O\n", outlet: "O"},
		{name: "tagged", doc: "title: !!str 2020\n", title: "2020"},
		{name: "anchored", doc: "title: &a Anchored\n", title: "Anchored"},
		{name: "explicit key", doc: "? title\n: Explicit\n", title: "Explicit"},
		{name: "flow mapping", doc: "{title: Flow, outlet: F}\n", title: "Flow", outlet: "F"},
		{name: "first synonym wins", doc: "title: First\nheadline: Second\n", title: "First"},
		{name: "duplicate key", doc: "title: First\ntitle: Second\n", title: "First"},
		{name: "key case", doc: "Title: Upper\n", title: "Upper"},
		{name: "comment only", doc: "# nothing\n"},
		{name: "unknown shapes ignored", doc: "tags:\n  - a\nextra: {a: 1}\nurl: http://x.test/a?b=c\n", url: "http://x.test/a?b=c"},
		{name: "date", doc: "published: 2020-01-11\ndate: 2019-01-01\n", date: "2020-01-11"},
		{name: "timestamp", doc: "date: 2021-03-03T23:30:00-05:00\n", date: "2021-03-03"},
		{name: "a list", doc: "- a\n- b\n", wantErr: "line 2: expected key: value lines"},
		{name: "nested title", doc: "outlet: O\ntitle:\n  a: b\n", wantErr: "line 4: title: expected a single value"},
		{name: "list date", doc: "published: [2020]\n", wantErr: "line 2: published: expected a date"},
		{name: "alias", doc: "x: &a A\ntitle: *a\n", wantErr: "line 3: title: expected a single value"},
		{name: "bad date", doc: "title: a\npublished: someday\n", wantErr: "line 3: published: cannot read \"someday\""},
		{name: "unclosed list", doc: "title: [\n", wantErr: "line 2: "},
		{name: "unclosed quote", doc: "title: \"open\n", wantErr: "line 2: "},
		{name: "tab indent", doc: "\ttitle: x\n", wantErr: "line "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fm frontMatter
			err := fm.parse(tt.doc)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if !fm.published.IsZero() {
				date = fm.published.Format(time.DateOnly)
			}
			if fm.title != tt.title || fm.outlet != tt.outlet || fm.url != tt.url || date != tt.date {
				t.Errorf("got title %q outlet %q url %q date %q", fm.title, fm.outlet, fm.url, date)
			}
		})
	}
}

// BenchmarkFrontMatter measures reading a typical front matter, per byte.
func BenchmarkFrontMatter(b *testing.B) {
	doc := "title: Quake strikes coastal city\noutlet: Example News\nurl: https://example.com/a\npublished: 2021-03-03T23:30:00-05:00\ntags: [quake, coast]\n"
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		var fm frontMatter
		if err := fm.parse(doc); err != nil {
			b.Fatal(err)
		}
	}
}
