package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// goodArticle is the one readable article every bad-input case sits next to.
const goodArticle = "../../fixtures/earthquake/000_wire-flash.txt"

// otherArticle is a second good article, for cases that need a readable
// file that is not a copy of goodArticle.
const otherArticle = "../../fixtures/earthquake/005_wire-update.txt"

// badInput is one folder holding good.txt and something bad.
type badInput struct {
	name string
	// make creates the bad input in dir and returns the paths to name on
	// the command line (dir itself when nil).
	make func(t *testing.T, dir string) []string
	// wantCode is the exit code with --fail-on never.
	wantCode int
	// wantErr are what stderr must say (the file's name and the reason);
	// none means stderr must be empty.
	wantErr []string
	// wantSources are the sources the report must list besides good.txt.
	wantSources []string
}

func TestBadInputs(t *testing.T) {
	tests := []badInput{
		{
			name:     "path that does not exist",
			make:     func(t *testing.T, dir string) []string { return []string{dir, filepath.Join(dir, "missing.txt")} },
			wantCode: exitError, wantErr: []string{"missing.txt", "does not exist"},
		},
		{
			name: "folder with no article files",
			make: func(t *testing.T, dir string) []string {
				empty := filepath.Join(t.TempDir(), "photos")
				mkdir(t, empty)
				write(t, filepath.Join(empty, "cover.png"), tinyPNG())
				write(t, filepath.Join(empty, "notes.pdf"), []byte("%PDF-1.4\n"))
				return []string{filepath.Join(dir, "good.txt"), empty}
			},
			wantCode: exitError, wantErr: []string{"photos", "no article files"},
		},
		{
			name: "folder whose only article is unreadable",
			make: func(t *testing.T, dir string) []string {
				other := filepath.Join(t.TempDir(), "drafts")
				mkdir(t, other)
				write(t, filepath.Join(other, "draft.txt"), nil)
				return []string{filepath.Join(dir, "good.txt"), other}
			},
			wantCode: exitError, wantErr: []string{"draft.txt", "empty file"},
		},
		{
			name:     "empty file",
			make:     writeBad("empty.txt", nil),
			wantCode: exitError, wantErr: []string{"empty.txt", "empty file"},
		},
		{
			name:     "only whitespace",
			make:     writeBad("blank.txt", []byte(" \n\t\r\n  \n\u00a0\n")),
			wantCode: exitError, wantErr: []string{"blank.txt", "only whitespace"},
		},
		{
			name:     "binary file named .txt",
			make:     writeBad("image.txt", tinyPNG()),
			wantCode: exitError, wantErr: []string{"image.txt", "binary file"},
		},
		{
			name:     "invalid UTF-8 (Latin-1)",
			make:     writeBad("latin1.txt", []byte("Quake kills 12 in caf\xe9 district\n\nThe quake killed 12 people on Tuesday, officials said.\n")),
			wantCode: exitError, wantErr: []string{"latin1.txt", "not UTF-8", "0xE9"},
		},
		{
			name:     "UTF-16 little-endian with BOM",
			make:     writeBad("utf16le.txt", utf16(true, "Quake kills 12\n\nThe quake killed 12 people on Tuesday.\n")),
			wantCode: exitError, wantErr: []string{"utf16le.txt", "UTF-16"},
		},
		{
			name:     "UTF-16 big-endian with BOM",
			make:     writeBad("utf16be.txt", utf16(false, "Quake kills 12\n\nThe quake killed 12 people on Tuesday.\n")),
			wantCode: exitError, wantErr: []string{"utf16be.txt", "UTF-16"},
		},
		{
			name: "UTF-8 with BOM is fine",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "bom.txt"), append([]byte("\uFEFF"), read(t, otherArticle)...))
				return []string{dir}
			},
			wantCode: exitOK, wantSources: []string{"bom.txt"},
		},
		{
			name: "Windows line endings are fine",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "crlf.txt"), crlf(read(t, otherArticle)))
				return []string{dir}
			},
			wantCode: exitOK, wantSources: []string{"crlf.txt"},
		},
		{
			name: "file without read permission",
			make: func(t *testing.T, dir string) []string {
				if os.Geteuid() == 0 {
					t.Skip("root reads any file")
				}
				path := filepath.Join(dir, "secret.txt")
				write(t, path, read(t, otherArticle))
				if err := os.Chmod(path, 0); err != nil {
					t.Fatal(err)
				}
				return []string{dir}
			},
			wantCode: exitError, wantErr: []string{"secret.txt", "permission denied"},
		},
		{
			name: "symlink loop between folders",
			make: func(t *testing.T, dir string) []string {
				symlink(t, "..", filepath.Join(dir, "sub", "up"), true)
				return []string{dir}
			},
			wantCode: exitError, wantErr: []string{"up", "symlink loop"},
		},
		{
			name: "symlink loop between files",
			make: func(t *testing.T, dir string) []string {
				symlink(t, "b.txt", filepath.Join(dir, "a.txt"), false)
				symlink(t, "a.txt", filepath.Join(dir, "b.txt"), false)
				return []string{dir}
			},
			wantCode: exitError, wantErr: []string{"a.txt", "b.txt", "symlink loop"},
		},
		{
			name: "symlink loop named on the command line",
			make: func(t *testing.T, dir string) []string {
				loop := filepath.Join(t.TempDir(), "self.txt")
				symlink(t, "self.txt", loop, false)
				return []string{dir, loop}
			},
			wantCode: exitError, wantErr: []string{"self.txt", "symlink loop"},
		},
		{
			name: "broken symlink",
			make: func(t *testing.T, dir string) []string {
				symlink(t, "gone.txt", filepath.Join(dir, "link.txt"), false)
				return []string{dir}
			},
			wantCode: exitError, wantErr: []string{"link.txt", "broken symlink"},
		},
		{
			name: "one line of 5 MB",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "oneline.txt"), oneLine(read(t, otherArticle), 5<<20))
				return []string{dir}
			},
			wantCode: exitOK, wantSources: []string{"oneline.txt"},
		},
		{
			name: "one word of 5 MB",
			make: writeBad("oneword.txt", bytes.Repeat([]byte("a"), 5<<20)),
			// One word is text, if poor text: it is read, not refused.
			wantCode: exitOK, wantSources: []string{"oneword.txt"},
		},
		{
			name:     "malformed front matter",
			make:     writeBad("meta.md", []byte("---\ntitle: [unclosed\n---\n\nThe quake killed 12 people on Tuesday.\n")),
			wantCode: exitError, wantErr: []string{"meta.md", "front matter"},
		},
		{
			name:     "truncated JSON",
			make:     writeBad("feed.json", []byte(`{"title": "Quake kills 12", "text": "The quake killed 12 people on Tues`)),
			wantCode: exitError, wantErr: []string{"feed.json", "invalid JSON", "truncated"},
		},
		{
			name:     "JSON with a wrong type",
			make:     writeBad("feed.json", []byte(`{"headline": 5, "body_text": "The quake killed 12 people on Tuesday."}`)),
			wantCode: exitError, wantErr: []string{"feed.json", `"headline": want a string, got a number`},
		},
		{
			name:     "JSON nested 10,000 levels",
			make:     writeBad("deep.json", []byte(strings.Repeat("[", 10_000)+strings.Repeat("]", 10_000))),
			wantCode: exitError, wantErr: []string{"deep.json", "nested too deeply", "more than 100 levels"},
		},
		{
			name: "JSON Lines with one bad line among good ones",
			make: func(t *testing.T, dir string) []string {
				good := jsonLine(t, map[string]any{"title": "Quake update", "text": string(read(t, otherArticle))})
				write(t, filepath.Join(dir, "feed.jsonl"), []byte(good+"\n{\"title\": \"cut\", \"te\n"+good+"\n"))
				return []string{dir}
			},
			wantCode: exitError, wantErr: []string{"feed.jsonl:2: invalid JSON: truncated"},
			// the third line repeats the first: a duplicate, still read
			wantSources: []string{"feed.jsonl#1", "feed.jsonl#3"},
		},
		{
			name: "JSON record in another language",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "feed.json"), []byte(jsonLine(t, map[string]any{"uri": "de-1", "language": "de", "title": "Erdbeben", "text": "Ein Erdbeben hat am Dienstag zwölf Menschen getötet."})))
				return []string{dir}
			},
			wantCode: exitOK, wantErr: []string{"feed.json: skipped: not English", `language "de"`},
		},
		{
			name: "HTML page",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "page.html"), htmlPage(fixtureArticle{name: "x.txt", body: string(read(t, otherArticle))}, 1))
				return []string{dir}
			},
			wantCode: exitOK, wantSources: []string{"page.html"},
		},
		{
			name:     "HTML that is only a script",
			make:     writeBad("script.html", []byte("<html><head><script>var killed = 12;</script></head><body><script>track()</script></body></html>")),
			wantCode: exitError, wantErr: []string{"script.html", "no article text"},
		},
		{
			name:     "empty HTML",
			make:     writeBad("empty.html", nil),
			wantCode: exitError, wantErr: []string{"empty.html", "empty file"},
		},
		{
			name:     "binary named .html",
			make:     writeBad("image.html", tinyPNG()),
			wantCode: exitError, wantErr: []string{"image.html", "binary file"},
		},
		{
			name: "same article under two names",
			make: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "copy.txt"), read(t, goodArticle))
				return []string{dir}
			},
			wantCode: exitOK, wantSources: []string{"copy.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "good.txt"), read(t, goodArticle))
			paths := tt.make(t, dir)
			for _, cmd := range [][]string{
				{"check", "--fail-on", "never", "--format", "json"},
				{"claims", "--format", "json"},
			} {
				r := runCLI(append(cmd, paths...)...)
				tt.assert(t, cmd[0], r)
			}
		})
	}
}

// assert checks one command's run against the case.
func (tt badInput) assert(t *testing.T, cmd string, r cliRun) {
	t.Helper()
	if r.code != tt.wantCode {
		t.Errorf("%s: exit %d, want %d; stderr %q", cmd, r.code, tt.wantCode, r.stderr)
	}
	for _, s := range tt.wantErr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("%s: stderr %q does not say %q", cmd, r.stderr, s)
		}
	}
	if len(tt.wantErr) == 0 && r.stderr != "" {
		t.Errorf("%s: stderr %q, want nothing", cmd, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	ids := rep.sourceIDs()
	for _, id := range append([]string{"good.txt"}, tt.wantSources...) {
		if !slices.Contains(ids, id) {
			t.Errorf("%s: sources %v lack %s", cmd, ids, id)
		}
	}
	if len(ids) != 1+len(tt.wantSources) {
		t.Errorf("%s: sources %v, want good.txt and %v", cmd, ids, tt.wantSources)
	}
}

// A copy of an article is reported once, as a duplicate, and never
// compared with its original: they cannot disagree.
func TestDuplicateArticle(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), read(t, goodArticle))
	write(t, filepath.Join(dir, "copy.txt"), read(t, goodArticle))
	write(t, filepath.Join(dir, "other.txt"), read(t, otherArticle))
	r := runCLI("check", "--fail-on", "never", "--format", "json", dir)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	duplicates := 0
	for _, f := range rep.Findings {
		var fromGood, fromCopy bool
		for _, c := range f.Claims {
			fromGood = fromGood || c.Source == "good.txt"
			fromCopy = fromCopy || c.Source == "copy.txt"
		}
		switch {
		case f.Kind == "duplicate" && fromGood && fromCopy:
			duplicates++
		case fromGood && fromCopy:
			t.Errorf("finding %s (%s) compares an article with its copy", f.ID, f.Kind)
		}
	}
	if duplicates != 1 {
		t.Errorf("%d duplicate findings for good.txt and copy.txt, want 1", duplicates)
	}
}

// Windows line endings change nothing but the bytes: the same claims, on
// the same lines, with the same headline and date.
func TestCRLFGivesSameClaims(t *testing.T) {
	for _, dir := range fixtureBatches(t) {
		for _, path := range articleFiles(t, dir) {
			t.Run(filepath.Base(path), func(t *testing.T) {
				tmp := t.TempDir()
				lf, crlfPath := filepath.Join(tmp, "lf", "a.txt"), filepath.Join(tmp, "crlf", "a.txt")
				mkdir(t, filepath.Dir(lf))
				mkdir(t, filepath.Dir(crlfPath))
				write(t, lf, read(t, path))
				write(t, crlfPath, crlf(read(t, path)))
				a, b := claimsOf(t, lf), claimsOf(t, crlfPath)
				if a != b {
					t.Errorf("CRLF changes the claims\n%s", firstDifference([]byte(b), []byte(a)))
				}
			})
		}
	}
}

// claimsOf is a file's claims report without byte offsets and paths, the
// only things line endings may change.
func claimsOf(t *testing.T, path string) string {
	t.Helper()
	r := runCLI("claims", "--format", "json", path)
	if r.code != exitOK {
		t.Fatalf("claims %s: exit %d: %s", path, r.code, r.stderr)
	}
	var rep struct {
		Sources []struct {
			Headline      string           `json:"headline"`
			Published     *string          `json:"published"`
			PublishedFrom string           `json:"published_from"`
			Claims        []map[string]any `json:"claims"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(r.stdout, &rep); err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Sources {
		for _, c := range s.Claims {
			delete(c, "span")
		}
	}
	out, _ := json.MarshalIndent(rep, "", " ")
	return string(out)
}

// The size limit is tested on source.ReadFile with a tiny limit rather
// than with a 64 MiB file; limits_test.go covers the CLI's --max-bytes.
func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	text := []byte("The quake killed 12 people on Tuesday, officials said.\n")
	write(t, path, text)
	size := int64(len(text))
	tests := []struct {
		limit   int64
		wantErr error
	}{
		{10, source.ErrTooLarge},
		{size - 1, source.ErrTooLarge},
		{size, nil},
		{0, nil}, // the default limit
	}
	for _, tt := range tests {
		_, err := source.ReadFile(path, source.Limits{MaxBytes: tt.limit})
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("limit %d: error %v, want %v", tt.limit, err, tt.wantErr)
		}
		if err != nil && !strings.Contains(err.Error(), "big.txt") {
			t.Errorf("limit %d: %q does not name the file", tt.limit, err)
		}
	}
}

// A usage error must leave stdout alone: CI reads the report from it.
func TestUsageErrorsKeepStdoutClean(t *testing.T) {
	// An unknown flag once printed "Incorrect Usage" and the help to
	// stdout, so `check --colour never --format json DIR > report.json`
	// left help text in the report; each command's OnUsageError now
	// returns the error for run to print on stderr.
	tests := []struct {
		args []string
		bug  string
	}{
		{args: []string{"check", "--format", "xml", earthquakeDir}},
		{args: []string{"check", "--fail-on", "sometimes", earthquakeDir}},
		{args: []string{"check", "--format", "json"}},
		{args: []string{"claims", "--format", "json"}},
		{args: []string{"check", "--colour", "never", "--format", "json", earthquakeDir}},
		{args: []string{"claims", "--format", "json", "--no-such-flag", earthquakeFile}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			if tt.bug != "" {
				t.Skip(tt.bug)
			}
			r := runCLI(tt.args...)
			if r.code != exitError {
				t.Errorf("exit %d, want %d", r.code, exitError)
			}
			if len(r.stdout) != 0 {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
			if r.stderr == "" {
				t.Errorf("nothing on stderr")
			}
		})
	}
}

// A file with more records than --max-records allows yields the first ones
// and an error that names the flag; the flag raises the limit.
func TestMaxRecords(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for _, p := range []string{goodArticle, otherArticle, goodArticle} {
		lines = append(lines, jsonLine(t, map[string]any{"title": "Quake", "text": string(read(t, p))}))
	}
	feed := filepath.Join(dir, "feed.jsonl")
	write(t, feed, []byte(strings.Join(lines, "\n")))
	r := runCLI("check", "--fail-on", "never", "--format", "json", "--max-records", "2", feed)
	if r.code != exitError || !strings.Contains(r.stderr, "feed.jsonl: too many records: more than 2 records (limit 2)") || !strings.Contains(r.stderr, "--max-records") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if ids := decodeReport(t, r.stdout).sourceIDs(); len(ids) != 2 {
		t.Errorf("sources %v, want the first 2", ids)
	}
	r = runCLI("check", "--fail-on", "never", "--format", "json", "--max-records", "3", feed)
	if r.code != exitOK || len(decodeReport(t, r.stdout).sourceIDs()) != 3 {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runCLI("check", "--max-records", "0", feed); r.code != exitError || !strings.Contains(r.stderr, "--max-records") {
		t.Errorf("--max-records 0: exit %d, stderr %q", r.code, r.stderr)
	}
}

// "-" reads standard input next to the files; a bad line of it is named
// by its line number and the rest is still checked.
func TestStdin(t *testing.T) {
	good := jsonLine(t, map[string]any{"uri": "a1", "title": "Quake update", "text": string(read(t, otherArticle))})
	tests := []struct {
		name     string
		stdin    string
		wantCode int
		wantErr  string
		wantIDs  []string
	}{
		{"one record", good + "\n", exitOK, "", []string{"stdin#a1", "000_wire-flash.txt"}},
		{"a bad line", "{oops\n" + good + "\n", exitError, "stdin:1: invalid JSON", []string{"stdin#a1", "000_wire-flash.txt"}},
		{"nothing", "", exitError, "stdin: empty file", []string{"000_wire-flash.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runStdin([]byte(tt.stdin), "check", "--fail-on", "never", "--format", "json", goodArticle, "-")
			if r.code != tt.wantCode || tt.wantErr == "" && r.stderr != "" || !strings.Contains(r.stderr, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.wantCode, tt.wantErr)
			}
			if ids := decodeReport(t, r.stdout).sourceIDs(); !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("sources %v, want %v", ids, tt.wantIDs)
			}
		})
	}
}

// jsonLine is v as one line of JSON.
func jsonLine(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// writeBad returns a make function that writes one bad file.
func writeBad(name string, data []byte) func(*testing.T, string) []string {
	return func(t *testing.T, dir string) []string {
		write(t, filepath.Join(dir, name), data)
		return []string{dir}
	}
}

// tinyPNG is a PNG signature and header chunk followed by zeros.
func tinyPNG() []byte {
	header := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00")
	return append(header, make([]byte, 512)...)
}

// utf16 encodes ASCII text as UTF-16 with a byte order mark.
func utf16(littleEndian bool, text string) []byte {
	out := []byte{0xFE, 0xFF}
	if littleEndian {
		out = []byte{0xFF, 0xFE}
	}
	for _, c := range []byte(text) {
		if littleEndian {
			out = append(out, c, 0)
		} else {
			out = append(out, 0, c)
		}
	}
	return out
}

func crlf(data []byte) []byte {
	return bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
}

// oneLine repeats an article's text with its line breaks as spaces until
// it is size bytes long (cut at a space, so it stays valid UTF-8).
func oneLine(article []byte, size int) []byte {
	unit := append(bytes.ReplaceAll(article, []byte("\n"), []byte(" ")), ' ')
	out := bytes.Repeat(unit, size/len(unit)+1)[:size]
	if i := bytes.LastIndexByte(out, ' '); i > 0 {
		out = out[:i]
	}
	return out
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// symlink makes link point to target, creating link's folder when asked.
func symlink(t *testing.T, target, link string, makeParent bool) {
	t.Helper()
	if makeParent {
		mkdir(t, filepath.Dir(link))
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
}
