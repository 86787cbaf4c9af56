package source

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// article is a minimal valid body used where a test needs one.
const article = "Quake strikes coastal city\n\nA strong earthquake struck the coastal city on Friday, officials said. Rescue teams were sent.\n"

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		path    string
		lim     Limits
		wantErr error
		wantMsg string // a fragment the message must hold besides the path
	}{
		{"missing", filepath.Join(dir, "nope.txt"), Limits{}, fs.ErrNotExist, "does not exist"},
		{"directory", dir, Limits{}, ErrIsDir, "directory"},
		{"empty", write("empty.txt", nil, 0o644), Limits{}, ErrEmpty, "empty"},
		{"whitespace", write("ws.txt", []byte(" \r\n\t\n\u00a0\n"), 0o644), Limits{}, ErrWhitespace, "whitespace"},
		{"binary nul", write("bin.txt", []byte("PK\x03\x04\x00\x00abc"), 0o644), Limits{}, ErrBinary, "NUL byte at offset 4"},
		{"binary controls", write("ctl.txt", []byte("\x01\x02\x03\x04\x05\x06abc"), 0o644), Limits{}, ErrBinary, "control"},
		{"binary high bytes", write("hi.txt", []byte{0xff, 0xfe - 1, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc}, 0o644), Limits{}, ErrBinary, "not text"},
		{"latin-1", write("latin1.txt", []byte("Caf\xe9 owners met on Friday to discuss the plan in detail."), 0o644), Limits{}, ErrNotUTF8, "offset 3"},
		{"utf-16 le", write("u16le.txt", []byte{0xff, 0xfe, 'H', 0, 'i', 0}, 0o644), Limits{}, ErrUTF16, "UTF-16"},
		{"utf-16 be", write("u16be.txt", []byte{0xfe, 0xff, 0, 'H', 0, 'i'}, 0o644), Limits{}, ErrUTF16, "byte order mark"},
		{"too large", write("big.txt", []byte(strings.Repeat("word ", 100)), 0o644), Limits{MaxBytes: 64}, ErrTooLarge, "limit 64"},
		{"only furniture", write("furn.txt", []byte("Advertisement\n\nShare this\nRead more\n"), 0o644), Limits{}, ErrOnlyFurniture, "furniture"},
		{"front matter only", write("fm.txt", []byte("---\ntitle: X\n---\n\n"), 0o644), Limits{}, ErrWhitespace, "after the front matter"},
		{"bad yaml", write("yaml.txt", []byte("---\ntitle: a\n  bad: [\n---\n"+article), 0o644), Limits{}, ErrFrontMatter, "line "},
		{"unclosed front matter", write("open.txt", []byte("---\ntitle: a\n"+article), 0o644), Limits{}, ErrFrontMatter, "no closing"},
		{"bad published", write("date.txt", []byte("---\ntitle: a\npublished: someday\n---\n"+article), 0o644), Limits{}, ErrFrontMatter, "line 3"},
		{"nested title", write("nested.txt", []byte("---\ntitle:\n  a: b\n---\n"+article), 0o644), Limits{}, ErrFrontMatter, "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ReadFile(tt.path, tt.lim)
			if err == nil {
				t.Fatalf("ReadFile(%s) = %+v, want error %v", tt.path, src, tt.wantErr)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q is not %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q should name %s and say %q", err, tt.path, tt.wantMsg)
			}
		})
	}
}

func TestReadFilePermissionDenied(t *testing.T) {
	p := filepath.Join(t.TempDir(), "locked.txt")
	if err := os.WriteFile(p, []byte(article), 0o000); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running with privileges that ignore file modes (root)")
	}
	_, err := ReadFile(p, Limits{})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("ReadFile = %v, want permission denied naming %s", err, p)
	}
}

func TestReadFileOK(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", "story.txt")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := ReadFile(p, Limits{MaxBytes: int64(len(article))})
	if err != nil {
		t.Fatal(err)
	}
	if src.ID != "story.txt" || src.Path != p || src.Text != article || src.Headline != "Quake strikes coastal city" {
		t.Errorf("got ID %q Path %q Headline %q", src.ID, src.Path, src.Headline)
	}
	if src.PublishedFrom != PublishedFromNone || src.HasPublished() {
		t.Errorf("undated article got %v from %q", src.Published, src.PublishedFrom)
	}
}

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name                       string
		text                       string
		headline, outlet, url, day string
		from                       string
	}{
		{
			name:     "all keys",
			text:     "---\npublished: 2020-01-11\noutlet: Daily Planet\nurl: https://example.com/a\ntitle: Given title\nextra: [1, 2]\n---\nBody headline\n\n" + article,
			headline: "Given title", outlet: "Daily Planet", url: "https://example.com/a", day: "2020-01-11", from: PublishedFromFrontMatter,
		},
		{
			name:     "synonyms",
			text:     "---\ndate: \"March 3, 2021\"\nsite: Wire\nheadline: Other title\n---\n" + article,
			headline: "Other title", outlet: "Wire", day: "2021-03-03", from: PublishedFromFrontMatter,
		},
		{
			name:     "source key and timestamp",
			text:     "---\nsource: Example News\npublished: 2021-03-03T23:30:00-05:00\n---\n" + article,
			headline: "Quake strikes coastal city", outlet: "Example News", day: "2021-03-03", from: PublishedFromFrontMatter,
		},
		{
			name:     "front matter beats dateline",
			text:     "---\npublished: 2020-01-11\n---\nQuake strikes coastal city\nJanuary 5, 2020\n\n" + article,
			headline: "Quake strikes coastal city", day: "2020-01-11", from: PublishedFromFrontMatter,
		},
		{
			name:     "empty front matter",
			text:     "---\n---\n" + article,
			headline: "Quake strikes coastal city", from: PublishedFromNone,
		},
		{
			name:     "crlf front matter",
			text:     "---\r\ntitle: Windows title\r\npublished: 2020-01-11\r\n---\r\n" + strings.ReplaceAll(article, "\n", "\r\n"),
			headline: "Windows title", day: "2020-01-11", from: PublishedFromFrontMatter,
		},
		{
			name:     "bom before front matter",
			text:     "\uFEFF---\noutlet: BOM Daily\n---\n" + article,
			headline: "Quake strikes coastal city", outlet: "BOM Daily", from: PublishedFromNone,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Parse("a.md", "dir/a.md", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			day := ""
			if src.HasPublished() {
				day = src.Published.Format(time.DateOnly)
			}
			if src.Headline != tt.headline || src.Outlet != tt.outlet || src.URL != tt.url || day != tt.day || src.PublishedFrom != tt.from {
				t.Errorf("got headline %q outlet %q url %q published %q from %q", src.Headline, src.Outlet, src.URL, day, src.PublishedFrom)
			}
			if !strings.HasPrefix(src.Text[src.Body.Start:], "Body headline") && !strings.Contains(src.Text[src.Body.Start:], "Quake strikes") {
				t.Errorf("body starts at %q", src.Text[src.Body.Start:])
			}
			if strings.Contains(src.Text[src.Body.Start:src.Body.End], "---") {
				t.Errorf("body %q still holds the front matter", src.Text[src.Body.Start:src.Body.End])
			}
		})
	}
}

func TestParseCRLF(t *testing.T) {
	lf := "City\nWorld\n\nQuake strikes coastal city\nBy Jane Doe | Updated: March 3, 2021 14:02 GMT\n\n" +
		"A strong earthquake struck the coastal city on Friday, officials said.\n\nAdvertisement\n\nRescue teams were sent to the area.\n\nRelated Stories\nOther story one\n"
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		text := strings.ReplaceAll(lf, "\n", eol)
		src, err := Parse("crlf.txt", "", []byte(text))
		if err != nil {
			t.Fatalf("eol %q: %v", eol, err)
		}
		if src.Text != text {
			t.Errorf("eol %q: Text not verbatim", eol)
		}
		if src.Headline != "Quake strikes coastal city" || src.Published.Format(time.DateOnly) != "2021-03-03" {
			t.Errorf("eol %q: headline %q published %v", eol, src.Headline, src.Published)
		}
		for _, f := range src.Furniture {
			if s := src.Text[f.Start:f.End]; strings.HasSuffix(s, "\r") || strings.HasPrefix(s, "\r") {
				t.Errorf("eol %q: furniture %q carries a line ending", eol, s)
			}
		}
		if got := furnitureLines(src); strings.Join(got, "|") != "City|World|By Jane Doe | Updated: March 3, 2021 14:02 GMT|Advertisement|Related Stories|Other story one" {
			t.Errorf("eol %q: furniture %q", eol, got)
		}
	}
}

// furnitureLines lists the non-empty lines of src that lie in furniture.
func furnitureLines(src *Source) []string {
	var out []string
	for _, l := range scanLines(src.Text, src.Body.Start) {
		if src.IsFurniture(l.start, l.end) {
			out = append(out, src.Text[l.start:l.end])
		}
	}
	return out
}

// chunkReader hands out its text at most chunk bytes a read and counts
// the reads, like a file read by system calls.
type chunkReader struct {
	text  string
	chunk int
	reads int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.reads++
	if r.text == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), r.chunk)], r.text)
	r.text = r.text[n:]
	return n, nil
}

// TestReadSized: a file read to the size fstat gave is read in one read;
// one that grew or shrank since, or that comes in short reads, is read
// whole to its end, and one that grew past the limit comes back longer
// than the limit for the caller to refuse.
func TestReadSized(t *testing.T) {
	text := strings.Repeat("Rescuers searched the rubble. ", 10)
	tests := []struct {
		name      string
		text      string
		size, max int64
		chunk     int
		want      string
		wantReads int // 0: not counted
	}{
		{"the size fstat gave", text, int64(len(text)), 1 << 20, 1 << 20, text, 1},
		{"grew since fstat", text, 20, 1 << 20, 1 << 20, text, 0},
		{"grew past the limit", text, 20, 100, 1 << 20, text[:101], 0},
		{"shrank since fstat", text[:50], 80, 1 << 20, 1 << 20, text[:50], 2},
		{"short reads", text, int64(len(text)), 1 << 20, 7, text, len(text)/7 + 2},
		{"empty", "", 0, 1 << 20, 1 << 20, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &chunkReader{text: tt.text, chunk: tt.chunk}
			data, err := readSized(r, tt.size, tt.max)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != tt.want {
				t.Errorf("read %d bytes %.20q..., want %d", len(data), data, len(tt.want))
			}
			if tt.wantReads > 0 && r.reads != tt.wantReads { // 0: as many as the buffer's growth takes
				t.Errorf("%d reads, want %d", r.reads, tt.wantReads)
			}
		})
	}
}
