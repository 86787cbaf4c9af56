package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// Every fixture batch written as text files, as HTML pages (with menus,
// related links and comments around the article), as a ninjs JSON file,
// as scraper JSON Lines and piped to standard input must give the same
// findings: the format changes how an article is read, never what it
// says. Source IDs differ by design and are mapped back to the text
// file's name before comparing.
func TestSameFindingsInEveryFormat(t *testing.T) {
	for _, dir := range fixtureBatches(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			arts := fixtureArticles(t, dir)
			want := findingsOf(t, runCLI("check", "--format", "json", "--fail-on", "never", dir), nil)
			if want == "" {
				t.Skip("no findings to compare")
			}
			tmp := t.TempDir()
			pages, ninjs, scraped := writeFormats(t, tmp, arts)
			for _, tt := range []struct {
				name  string
				run   cliRun
				names map[string]string
			}{
				{"html", runCLI("check", "--format", "json", "--fail-on", "never", pages), pageIDs(arts)},
				{"ninjs", runCLI("check", "--format", "json", "--fail-on", "never", ninjs), recordIDs(arts, "batch.json")},
				{"jsonl", runCLI("check", "--format", "json", "--fail-on", "never", scraped), recordIDs(arts, "batch.jsonl")},
				{"stdin", runStdin(read(t, scraped), "check", "--format", "json", "--fail-on", "never", "-"), recordIDs(arts, "stdin")},
			} {
				got := findingsOf(t, tt.run, tt.names)
				if got != want {
					t.Errorf("%s: findings differ from the text files'\n%s", tt.name, firstDifference([]byte(got), []byte(want)))
				}
			}
		})
	}
}

// fixtureArticle is one text article split the way a feed would carry it.
type fixtureArticle struct {
	name     string // the text file's base name
	headline string // "" when the text does not open with its headline
	body     string
}

// fixtureArticles splits each article into a headline and a body only when
// its first line is the headline the text reader finds, followed by a
// blank line, so that headline + blank line + body is the text verbatim.
func fixtureArticles(t *testing.T, dir string) []fixtureArticle {
	t.Helper()
	var out []fixtureArticle
	for _, path := range articleFiles(t, dir) {
		src, err := source.ReadFile(path, source.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSpace(src.Text)
		art := fixtureArticle{name: filepath.Base(path), body: text}
		if first, rest, ok := strings.Cut(text, "\n\n"); ok && first == src.Headline {
			art.headline, art.body = first, rest
		}
		out = append(out, art)
	}
	return out
}

// writeFormats writes the articles as an HTML folder, a ninjs 2/3 JSON
// array and a scraper JSON Lines file, and returns their paths.
func writeFormats(t *testing.T, dir string, arts []fixtureArticle) (pages, ninjs, scraped string) {
	t.Helper()
	pages = filepath.Join(dir, "pages")
	mkdir(t, pages)
	var records []map[string]any
	var lines bytes.Buffer
	for i, a := range arts {
		write(t, filepath.Join(pages, pageName(a.name)), htmlPage(a, i))
		records = append(records, map[string]any{
			"uri":       "urn:test:" + a.name,
			"language":  "en",
			"headlines": []map[string]string{{"value": a.headline, "contenttype": "text/plain"}},
			"bodies":    []map[string]string{{"value": a.body, "contenttype": "text/plain"}},
		})
		line, err := json.Marshal(map[string]any{"title": a.headline, "text": a.body, "url": "https://example.com/" + a.name, "hostname": "example.com"})
		if err != nil {
			t.Fatal(err)
		}
		lines.Write(append(line, '\n'))
	}
	data, err := json.MarshalIndent(map[string]any{"items": records}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	ninjs, scraped = filepath.Join(dir, "batch.json"), filepath.Join(dir, "batch.jsonl")
	write(t, ninjs, data)
	write(t, scraped, lines.Bytes())
	return pages, ninjs, scraped
}

// htmlPage wraps an article in a page with the furniture real pages have
// (a menu, related links, a comment) that must not reach the text.
func htmlPage(a fixtureArticle, i int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
	if a.headline != "" {
		fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString(a.headline))
	}
	fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=\"Outlet %d\">\n</head><body>\n", i)
	b.WriteString(`<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>` + "\n<article>\n")
	if a.headline != "" {
		fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(a.headline))
	}
	for _, para := range strings.Split(a.body, "\n\n") {
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(para), "\n") {
			lines = append(lines, html.EscapeString(l))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", strings.Join(lines, "<br>\n"))
	}
	b.WriteString("</article>\n")
	b.WriteString(`<aside class="related"><h2>Related</h2><ul><li><a href="/a">Floods kill 40 in the north</a></li><li><a href="/b">Minister resigns after 3 days</a></li></ul></aside>` + "\n")
	b.WriteString(`<section id="comments" class="comments"><p class="comment">I heard 500 people died on Monday.</p></section>` + "\n")
	b.WriteString("<footer>Copyright 2024 Outlet</footer>\n</body></html>\n")
	return []byte(b.String())
}

func pageName(textName string) string {
	return strings.TrimSuffix(textName, filepath.Ext(textName)) + ".html"
}

// pageIDs maps the HTML pages' IDs to the text files' names.
func pageIDs(arts []fixtureArticle) map[string]string {
	m := map[string]string{}
	for _, a := range arts {
		m[pageName(a.name)] = a.name
	}
	return m
}

// recordIDs maps the records' IDs (file#uri or file#url) to the text
// files' names.
func recordIDs(arts []fixtureArticle, file string) map[string]string {
	m := map[string]string{}
	for _, a := range arts {
		m[file+"#urn:test:"+a.name] = a.name
		m[file+"#https://example.com/"+a.name] = a.name
	}
	return m
}

// runStdin runs claimcheck with stdin as standard input.
func runStdin(stdin []byte, args ...string) cliRun {
	var out, errb bytes.Buffer
	code := run(append([]string{"claimcheck"}, args...), bytes.NewReader(stdin), &out, &errb)
	return cliRun{code: code, stdout: out.Bytes(), stderr: errb.String()}
}

// findingsOf renders a run's findings without what the format may change
// (IDs of findings and events, spans, lines), with source IDs mapped
// through names when given.
func findingsOf(t *testing.T, r cliRun, names map[string]string) string {
	t.Helper()
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep struct {
		Findings []struct {
			Kind     string `json:"kind"`
			Severity string `json:"severity"`
			Reason   string `json:"reason"`
			Claims   []struct {
				Source     string `json:"source"`
				Text       string `json:"text"`
				Value      string `json:"value"`
				Normalized string `json:"normalized"`
			} `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(r.stdout, &rep); err != nil {
		t.Fatalf("not a JSON report: %v", err)
	}
	var b strings.Builder
	var renames []string
	for id, name := range names {
		renames = append(renames, id, name)
	}
	// Reasons name sources too; IDs never contain one another here, so
	// the order of replacement does not matter.
	rename := strings.NewReplacer(renames...)
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%s %s: %s\n", f.Severity, f.Kind, rename.Replace(f.Reason))
		for _, c := range f.Claims {
			src := c.Source
			if names != nil {
				mapped, ok := names[src]
				if !ok {
					t.Errorf("unexpected source ID %q", src)
				}
				src = mapped
			}
			fmt.Fprintf(&b, "  %s: %q = %s (%s)\n", src, c.Value, c.Normalized, c.Text)
		}
	}
	return b.String()
}
