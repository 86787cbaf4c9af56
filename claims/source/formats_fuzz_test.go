package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{
		"",
		"<html></html>",
		"<script>x()</script>",
		"<!DOCTYPE html><title>T</title><h1>T</h1><p>" + para + "</p><p>" + para2 + "</p>",
		"<html><head><meta property=\"article:published_time\" content=\"2021-13-45\"><time datetime=\"2020-02-30\"></time></head><body><article><p>" + para + "</p></article></body></html>",
		"<p>" + strings.Repeat("<div>", 300) + para + "</p>",
		"<table><tr><td>" + para + "</td></tr></table><math><mi>x</mi></math>",
		"<h1>WARSAW - Miners trapped</h1><p>\x00</p>",
		"<p>caf\xe9</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		srcs, errs := ParseAll("fuzz.html", []byte(page), Limits{})
		checkFuzzSources(t, srcs, errs)
	})
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		"",
		"{}",
		"[]",
		"null",
		`{"headline": 5}`,
		`{"title": "T", "text": "` + para + `", "date": "2021-03-05", "url": "https://x.example/1"}`,
		`[{"uri": "a", "headline": "H", "body_text": "` + para + `"}, {"uri": "a", "headline": "H", "body_text": "` + para2 + `"}]`,
		`{"items": [{"headlines": [{"value": "H"}], "bodies": [{"value": "<p>` + para + `</p>", "contenttype": "text/html"}]}]}`,
		`{"data": {"hits": [1, "x", null, {"title": null, "text": "` + para + `"}]}}`,
		`[{"title": "T", "te`,
		strings.Repeat("[", 200),
		`{"language": "fr", "title": "T", "text": "x"}`,
		`{"title": "\u0000", "text": "\u0000\u0000"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		srcs, errs := ParseAll("fuzz.json", []byte(data), Limits{MaxRecords: 50})
		checkFuzzSources(t, srcs, errs)
	})
}

func FuzzParseJSONLines(f *testing.F) {
	for _, s := range []string{
		"",
		"\n\n",
		`{"title": "T", "text": "` + para + `"}` + "\n" + `{"title": "T", "te` + "\n" + `{"id": 1, "title": "U", "text": "` + para2 + `"}`,
		`{"id": "1", "title": "A", "text": "` + para + `"}` + "\n" + `{"title": "B", "text": "` + para2 + `"}`,
		"[1]\n{}\n\"x\"\n",
		`{"bodies": [{"value": 5}], "headlines": "x"}` + "\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		srcs, errs := ParseAll("fuzz.jsonl", []byte(data), Limits{MaxRecords: 50})
		checkFuzzSources(t, srcs, errs)
	})
}

// checkFuzzSources asserts what every reader promises: each source's body
// lies inside its text, IDs are set and unique within the file, dates say
// where they came from, and every error names the file and wraps one of
// the package's reasons.
func checkFuzzSources(t *testing.T, srcs []*Source, errs []error) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range srcs {
		if s.ID == "" || seen[s.ID] {
			t.Fatalf("ID %q empty or repeated", s.ID)
		}
		seen[s.ID] = true
		if s.Body.Start < 0 || s.Body.Start > s.Body.End || s.Body.End > len(s.Text) {
			t.Fatalf("body %+v outside text of %d bytes", s.Body, len(s.Text))
		}
		if strings.TrimSpace(s.Text) == "" || !utf8.ValidString(s.Text) {
			t.Fatalf("text %q", s.Text)
		}
		for _, sp := range s.Furniture {
			if sp.Start < s.Body.Start || sp.End > len(s.Text) || sp.Start >= sp.End {
				t.Fatalf("furniture %+v outside the text", sp)
			}
		}
		if s.HasPublished() == (s.PublishedFrom == PublishedFromNone) {
			t.Fatalf("published %v from %q", s.Published, s.PublishedFrom)
		}
	}
	reasons := []error{ErrEmpty, ErrWhitespace, ErrBinary, ErrNotUTF8, ErrUTF16, ErrOnlyFurniture, ErrNoText, ErrBadJSON, ErrTooDeep, ErrBadRecord, ErrTooManyRecords, ErrNotEnglish}
	for _, err := range errs {
		if !strings.HasPrefix(err.Error(), "fuzz.") {
			t.Fatalf("error %q does not name the file", err)
		}
		known := false
		for _, r := range reasons {
			known = known || errors.Is(err, r)
		}
		if !known {
			t.Fatalf("unexpected error %v", err)
		}
	}
}
