package source

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// body is an article body long enough to be read as article text.
const body = "A strong earthquake struck the coastal city on Friday, killing 12 people, officials said.\n\nRescue teams searched the rubble through the night."

// recordWant is what one source read from a record must hold.
type recordWant struct {
	id, headline, outlet, url, byline, published, publishedFrom string
	// textHas is a part of Text that must be there.
	textHas string
}

func TestJSONRecords(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []recordWant
		wantErrs         []error
	}{
		{
			name: "ninjs 1.x",
			file: "feed.json",
			data: `{"uri": "urn:wire:1", "type": "text", "language": "en-GB", "versioncreated": "2021-03-06T01:00:00Z", "firstcreated": "2021-03-05T23:00:00Z",
				"headline": "Quake kills 12", "byline": "Jane Doe", "body_text": ` + q(body) + `}`,
			want: []recordWant{{id: "feed.json#urn:wire:1", headline: "Quake kills 12", byline: "Jane Doe", published: "2021-03-06", publishedFrom: PublishedFromMetadata, textHas: "Quake kills 12\n\nA strong earthquake"}},
		},
		{
			name: "ninjs 1.x HTML body",
			file: "feed.json",
			data: `{"uri": "urn:wire:2", "headline": "Quake kills 12", "body_html": "<p>A strong earthquake struck on Friday, killing 12 people.</p><p>Rescue teams searched the rubble.</p>"}`,
			want: []recordWant{{id: "feed.json#urn:wire:2", headline: "Quake kills 12", textHas: "killing 12 people.\n\nRescue teams"}},
		},
		{
			name: "ninjs 2.x lower-case keys, plain body preferred",
			file: "n2.json",
			data: `{"uri": "http://wire.example/1", "language": "en", "firstcreated": "2021-03-05",
				"headlines": [{"value": "Quake kills 12", "contenttype": "text/plain"}],
				"bodies": [{"value": "<p>markup</p>", "contenttype": "text/html"}, {"value": ` + q(body) + `, "contenttype": "text/plain"}],
				"infosources": [{"name": "Example Wire", "uri": "http://wire.example"}]}`,
			want: []recordWant{{id: "n2.json#http://wire.example/1", headline: "Quake kills 12", outlet: "Example Wire", url: "http://wire.example/1", published: "2021-03-05", publishedFrom: PublishedFromMetadata, textHas: "A strong earthquake"}},
		},
		{
			name: "ninjs 3.x camel case, HTML body stripped",
			file: "n3.json",
			data: `{"uri": "urn:n3:9", "firstCreated": "2021-03-05T08:00:00+09:00", "infoSources": [{"name": "Tokyo Daily"}],
				"headlines": [{"value": "Quake kills 12", "role": "main"}],
				"bodies": [{"value": "<div><p>A strong earthquake struck on <b>Friday</b>, killing 12.</p><script>x()</script><p>Rescuers searched.</p></div>", "contentType": "text/html"}],
				"bylines": [{"byline": "Jane Doe"}, {"name": "John Roe"}]}`,
			want: []recordWant{{id: "n3.json#urn:n3:9", headline: "Quake kills 12", outlet: "Tokyo Daily", byline: "Jane Doe, John Roe", published: "2021-03-05", publishedFrom: PublishedFromMetadata, textHas: "struck on Friday, killing 12.\n\nRescuers searched."}},
		},
		{
			name: "scraper record",
			file: "s.json",
			data: `{"title": "Quake kills 12", "text": ` + q(body) + `, "publish_date": "2021-03-05 10:00:00", "url": "https://news.example/q", "hostname": "news.example", "authors": ["Jane Doe", "John Roe"]}`,
			want: []recordWant{{id: "s.json#https://news.example/q", headline: "Quake kills 12", outlet: "news.example", url: "https://news.example/q", byline: "Jane Doe, John Roe", published: "2021-03-05", publishedFrom: PublishedFromMetadata}},
		},
		{
			name: "record without key, unreadable date ignored",
			file: "one.json",
			data: `{"title": "Quake kills 12", "text": ` + q(body) + `, "date": "last Friday", "source": "The Daily"}`,
			want: []recordWant{{id: "one.json", headline: "Quake kills 12", outlet: "The Daily", publishedFrom: PublishedFromNone}},
		},
		{
			name: "array: index when no key, duplicate keys fall back to the index",
			file: "a.json",
			data: `[{"title": "One", "text": ` + q(body) + `}, {"id": 7, "title": "Two", "text": ` + q(body) + `}, {"id": 7, "title": "Three", "text": ` + q(body) + `}]`,
			want: []recordWant{{id: "a.json#1", headline: "One"}, {id: "a.json#7", headline: "Two"}, {id: "a.json#3", headline: "Three"}},
		},
		{
			name: "wrapper object with items",
			file: "w.json",
			data: `{"meta": {"count": 2}, "items": [{"uri": "u1", "headline": "One", "body_text": ` + q(body) + `}, {"uri": "u2", "headline": "Two", "body_text": ` + q(body) + `}]}`,
			want: []recordWant{{id: "w.json#u1", headline: "One"}, {id: "w.json#u2", headline: "Two"}},
		},
		{
			name: "nested wrapper",
			file: "es.json",
			data: `{"hits": {"total": 1, "hits": [{"title": "One", "text": ` + q(body) + `}]}}`,
			want: []recordWant{{id: "es.json#1", headline: "One"}},
		},
		{
			name:     "wrong type is refused, the other records kept",
			file:     "t.json",
			data:     `[{"headline": 5, "body_text": "x"}, {"title": "Good", "text": ` + q(body) + `}]`,
			want:     []recordWant{{id: "t.json#2", headline: "Good"}},
			wantErrs: []error{ErrBadRecord},
		},
		{
			name:     "other language skipped",
			file:     "l.json",
			data:     `[{"language": "de", "title": "Erdbeben", "text": "Ein Erdbeben hat am Freitag zwölf Menschen getötet."}, {"language": "EN_us", "title": "Good", "text": ` + q(body) + `}]`,
			want:     []recordWant{{id: "l.json#2", headline: "Good"}},
			wantErrs: []error{ErrNotEnglish},
		},
		{
			name:     "truncated array keeps the records before the cut",
			file:     "cut.json",
			data:     `[{"title": "One", "text": ` + q(body) + `}, {"title": "Two", "te`,
			want:     []recordWant{{id: "cut.json#1", headline: "One"}},
			wantErrs: []error{ErrBadJSON},
		},
		{name: "truncated object", file: "cut.json", data: `{"title": "One", "text": "abc`, wantErrs: []error{ErrBadJSON}},
		{name: "not a record", file: "x.json", data: `{"a": 1, "b": "two"}`, wantErrs: []error{ErrBadRecord}},
		{name: "a bare string", file: "x.json", data: `"just text"`, wantErrs: []error{ErrBadRecord}},
		{name: "empty array", file: "x.json", data: `[]`, wantErrs: []error{ErrNoText}},
		{name: "no body", file: "x.json", data: `{"title": "Only a title"}`, wantErrs: []error{ErrNoText}},
		{name: "array of numbers", file: "x.json", data: `[1, 2]`, wantErrs: []error{ErrBadRecord, ErrBadRecord}},
		{name: "10,000 levels", file: "deep.json", data: strings.Repeat("[", 10000) + strings.Repeat("]", 10000), wantErrs: []error{ErrTooDeep}},
		{name: "deep inside a string is fine", file: "s.json", data: `{"title": "[[[[", "text": ` + q(body+strings.Repeat("[", 500)) + `}`, want: []recordWant{{id: "s.json", headline: "[[[["}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, errs := ParseAll(tt.file, []byte(tt.data), Limits{})
			checkRecords(t, srcs, tt.want)
			checkErrs(t, errs, tt.wantErrs, tt.file)
		})
	}
}

func TestJSONLines(t *testing.T) {
	good := func(key, title string) string {
		return `{"url": "` + key + `", "title": "` + title + `", "text": ` + q(body) + `}`
	}
	tests := []struct {
		name, file, data string
		want             []recordWant
		wantErrs         []string // each error's start
	}{
		{
			name: "good lines, blank lines skipped",
			file: "f.jsonl",
			data: good("https://a.example/1", "One") + "\n\n" + good("https://a.example/2", "Two") + "\n",
			want: []recordWant{{id: "f.jsonl#https://a.example/1", headline: "One"}, {id: "f.jsonl#https://a.example/2", headline: "Two"}},
		},
		{
			name:     "one bad line among good ones",
			file:     "f.jsonl",
			data:     good("", "One") + "\n{\"title\": \"Two\", \"text\": \n" + good("", "Three") + "\r\n",
			want:     []recordWant{{id: "f.jsonl#1", headline: "One"}, {id: "f.jsonl#3", headline: "Three"}},
			wantErrs: []string{"f.jsonl:2: invalid JSON: truncated"},
		},
		{
			name:     "wrong type and not an object",
			file:     "f.ndjson",
			data:     `{"title": ["x"], "text": "y"}` + "\n[1]\n" + good("", "Three") + "\n",
			want:     []recordWant{{id: "f.ndjson#3", headline: "Three"}},
			wantErrs: []string{`f.ndjson:1: not an article record: "title": want a string, got an array`, "f.ndjson:2: not an article record"},
		},
		{
			name:     "syntax error names the column",
			file:     "f.jsonl",
			data:     `{"title": "x" "text": "y"}` + "\n" + good("", "Two") + "\n",
			want:     []recordWant{{id: "f.jsonl#2", headline: "Two"}},
			wantErrs: []string{"f.jsonl:1: invalid JSON: column 15"},
		},
		{
			name: "JSON Lines in a .json file",
			file: "f.json",
			data: good("", "One") + "\n" + good("", "Two") + "\n",
			want: []recordWant{{id: "f.json#1", headline: "One"}, {id: "f.json#2", headline: "Two"}},
		},
		{
			name:     "only blank lines and garbage",
			file:     "f.jsonl",
			data:     "\n\nnot json\n",
			wantErrs: []string{"f.jsonl:3: not an article record"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, errs := ParseAll(tt.file, []byte(tt.data), Limits{})
			checkRecords(t, srcs, tt.want)
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.wantErrs))
			}
			for i, err := range errs {
				if !strings.HasPrefix(err.Error(), tt.wantErrs[i]) {
					t.Errorf("error %q, want it to start %q", err, tt.wantErrs[i])
				}
			}
		})
	}
}

// A file of many bad lines reports the first maxErrorsPerFile and counts
// the rest in one line.
func TestJSONLinesErrorCap(t *testing.T) {
	data := strings.Repeat("{bad\n", 100)
	_, errs := ParseAll("f.jsonl", []byte(data), Limits{})
	if len(errs) != maxErrorsPerFile+1 {
		t.Fatalf("%d errors, want %d", len(errs), maxErrorsPerFile+1)
	}
	if last := errs[len(errs)-1].Error(); !strings.Contains(last, "80 more bad records") {
		t.Errorf("last error %q", last)
	}
}

func TestRecordLimit(t *testing.T) {
	line := `{"title": "T", "text": ` + q(body) + "}\n"
	for _, tt := range []struct {
		file, data string
	}{
		{"f.jsonl", strings.Repeat(line, 5)},
		{"f.json", "[" + strings.TrimSuffix(strings.Repeat(strings.TrimSpace(line)+",", 5), ",") + "]"},
	} {
		srcs, errs := ParseAll(tt.file, []byte(tt.data), Limits{MaxRecords: 3})
		if len(srcs) != 3 || len(errs) != 1 || !errors.Is(errs[0], ErrTooManyRecords) {
			t.Fatalf("%s: %d sources, errors %v", tt.file, len(srcs), errs)
		}
		if want := "more than 3 records (limit 3)"; !strings.Contains(errs[0].Error(), want) {
			t.Errorf("%s: %q does not say %q", tt.file, errs[0], want)
		}
	}
}

func TestReadReader(t *testing.T) {
	data := `{"uri": "a", "title": "One", "text": ` + q(body) + "}\n" + `{"title": "Two", "text": ` + q(body) + "}\n"
	srcs, errs := ReadReader(strings.NewReader(data), Limits{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	checkRecords(t, srcs, []recordWant{{id: "stdin#a", headline: "One"}, {id: "stdin#2", headline: "Two"}})
	for _, s := range srcs {
		if s.Path != StdinPath {
			t.Errorf("path %q", s.Path)
		}
	}
	_, errs = ReadReader(strings.NewReader(data), Limits{MaxBytes: 10})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("errors %v, want too large", errs)
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		path, data string
		want       Format
	}{
		{"a.txt", "Quake kills 12\n\nText.", FormatText},
		{"a.txt", "\uFEFF  <!DOCTYPE html><html>", FormatHTML},
		{"a.md", "<html><body>", FormatHTML},
		{"a.md", "<b>bold</b> start of a note", FormatText},
		{"a.txt", "[Updated] Quake kills 12", FormatText},
		{"a.html", "Quake kills 12", FormatHTML},
		{"a.HTM", "", FormatHTML},
		{"a.json", "{\n  \"title\": 1\n}", FormatJSON},
		{"a.json", "{\"a\":1}\n{\"a\":2}", FormatJSONLines},
		{"a.jsonl", "{\"a\":1}", FormatJSONLines},
		{"a.jsonl", " [{\"a\":1}]", FormatJSON},
		{"a.ndjson", "{}", FormatJSONLines},
		{"-", "{\"a\":1}\n\n{\"a\":2}\n", FormatJSONLines},
		{"-", "{\"a\":1}", FormatJSON},
		{"-", "[", FormatJSON},
		{"-", "<p>x", FormatHTML},
		{"-", "Quake kills 12", FormatText},
		{"feed", "", FormatText},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.path, []byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %v, want %v", tt.path, tt.data, got, tt.want)
		}
	}
}

func TestIsEnglishTag(t *testing.T) {
	for tag, want := range map[string]bool{"en": true, "EN": true, "en-GB": true, "en_US": true, "eng": true, "English": true, "de": false, "fr-CA": false, "ena": false, "": false} {
		if got := isEnglishTag(tag); got != want {
			t.Errorf("isEnglishTag(%q) = %v", tag, got)
		}
	}
}

// checkRecords compares sources with what is wanted; empty fields of a
// want are not checked, except that ID and headline always are.
func checkRecords(t *testing.T, srcs []*Source, want []recordWant) {
	t.Helper()
	if len(srcs) != len(want) {
		var ids []string
		for _, s := range srcs {
			ids = append(ids, s.ID)
		}
		t.Fatalf("sources %q, want %d", ids, len(want))
	}
	for i, w := range want {
		s := srcs[i]
		got := recordWant{id: s.ID, headline: s.Headline, outlet: s.Outlet, url: s.URL, byline: s.Byline, publishedFrom: s.PublishedFrom}
		if s.HasPublished() {
			got.published = s.Published.Format(time.DateOnly)
		}
		for _, f := range []struct{ name, got, want string }{
			{"id", got.id, w.id}, {"headline", got.headline, w.headline}, {"outlet", got.outlet, w.outlet}, {"url", got.url, w.url},
			{"byline", got.byline, w.byline}, {"published", got.published, w.published}, {"published from", got.publishedFrom, w.publishedFrom},
		} {
			if f.got != f.want && (f.want != "" || f.name == "id" || f.name == "headline") {
				t.Errorf("source %d: %s %q, want %q", i, f.name, f.got, f.want)
			}
		}
		if !strings.Contains(s.Text, w.textHas) {
			t.Errorf("source %d: text %q lacks %q", i, s.Text, w.textHas)
		}
		if s.Body != (Span{0, len(s.Text)}) {
			t.Errorf("source %d: body %+v, text of %d bytes", i, s.Body, len(s.Text))
		}
	}
}

func checkErrs(t *testing.T, errs, want []error, file string) {
	t.Helper()
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %v", errs, want)
	}
	for i, err := range errs {
		if !errors.Is(err, want[i]) {
			t.Errorf("error %q, want %v", err, want[i])
		}
		if !strings.HasPrefix(err.Error(), file) {
			t.Errorf("error %q does not name %s", err, file)
		}
	}
}

// q quotes s as a JSON string.
func q(s string) string { return fmt.Sprintf("%q", s) }

// BenchmarkParseJSONLines reads a scraper feed of 1 MiB: per line a JSON
// decode, then the same page analysis as a text file.
func BenchmarkParseJSONLines(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, `{"url": "https://news.example/%d", "title": "Quake strikes coastal city", "date": "2021-03-05", "text": %q}`+"\n", i, para+"\n\n"+para2+"\n\n"+para)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := ParseAll("bench.jsonl", data, Limits{}); len(errs) > 0 {
			b.Fatal(errs[0])
		}
	}
}
