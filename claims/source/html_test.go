package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLPages checks the text, metadata and furniture map extracted from
// the pages under testdata/html against their golden files.
func TestHTMLPages(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.htm*"))
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			srcs, errs := ReadAll(p, Limits{})
			if len(errs) > 0 || len(srcs) != 1 {
				t.Fatalf("%d sources, errors %v", len(srcs), errs)
			}
			src := srcs[0]
			if src.ID != filepath.Base(p) || src.Path != p {
				t.Errorf("ID %q path %q", src.ID, src.Path)
			}
			got := fmt.Sprintf("outlet: %s\nurl: %s\nbyline: %s\n%s", src.Outlet, src.URL, src.Byline, annotate(src))
			checkGolden(t, strings.TrimSuffix(p, filepath.Ext(p))+".golden", got)
		})
	}
}

// Page furniture never reaches the text: menus, related links, comments,
// share buttons, scripts and footers.
func TestHTMLFurnitureStaysOut(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "html", "news-meta.html"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := ParseHTML("news-meta.html", "", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Business", "Floods kill 40", "500 people", "Share on", "Copyright", "window.ads", "display:flex", "Privacy"} {
		if strings.Contains(src.Text, bad) {
			t.Errorf("text holds furniture %q:\n%s", bad, src.Text)
		}
	}
	for _, good := range []string{"killing at least 12 people", "magnitude 6.1", "Schools will stay closed on Monday"} {
		if !strings.Contains(src.Text, good) {
			t.Errorf("text lacks %q:\n%s", good, src.Text)
		}
	}
}

func TestHTMLRefused(t *testing.T) {
	tests := []struct {
		name, file string
		data       string
		want       error
	}{
		{"empty file", "e.html", "", ErrEmpty},
		{"only white space", "w.html", " \n\t", ErrWhitespace},
		{"only a script", "s.html", "<html><head><script>var killed = 12; document.write('x');</script></head><body><script>track()</script></body></html>", ErrNoText},
		{"empty document", "d.html", "<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>", ErrNoText},
		{"binary named .html", "b.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + strings.Repeat("\x00", 64), ErrBinary},
		{"100,000 nested divs", "deep.html", strings.Repeat("<div>", 100_000) + "A strong earthquake struck the city.", ErrTooDeep},
		{"300 nested divs, closed", "deep.html", strings.Repeat("<div>", 300) + "A strong earthquake struck the city." + strings.Repeat("</div>", 300), ErrTooDeep},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, errs := ParseAll(tt.file, []byte(tt.data), Limits{})
			if len(srcs) != 0 || len(errs) != 1 || !errors.Is(errs[0], tt.want) {
				t.Fatalf("sources %d, errors %v; want one %v", len(srcs), errs, tt.want)
			}
			if !strings.HasPrefix(errs[0].Error(), tt.file+": ") {
				t.Errorf("error %q does not name the file", errs[0])
			}
		})
	}
}

// A page saved in another encoding is read in that encoding: the one its
// meta tag declares, else windows-1252, as browsers do.
func TestHTMLCharset(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"declared windows-1252", "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 fire</title></head><body><article><p>The caf\xe9 owner said 12 people died in the fire on Monday \x96 the worst in years.</p></article></body></html>", "café owner said 12 people died in the fire on Monday – the worst"},
		{"declared ISO-8859-1 in http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article><p>Z\xfcrich police said 12 people died in the fire on Monday.</p></article></body></html>", "Zürich police said"},
		{"undeclared Latin-1", "<p>The caf\xe9 owner said 12 people died in the fire on Monday.</p>", "café owner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, errs := ParseAll("p.html", []byte(tt.data), Limits{})
			if len(errs) != 0 || len(srcs) != 1 {
				t.Fatalf("sources %d, errors %v", len(srcs), errs)
			}
			if !strings.Contains(srcs[0].Text, tt.want) {
				t.Errorf("text %q does not hold %q", srcs[0].Text, tt.want)
			}
		})
	}
}

// Tags the parser closes by itself, and void elements, do not count as
// nesting: a page of 10,000 unclosed paragraphs is flat.
func TestNestsTooDeep(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{strings.Repeat("<p>"+para, 10_000), false},
		{"<ul>" + strings.Repeat("<li>item", 10_000) + "</ul>", false},
		{strings.Repeat("<br><img src=x>", 10_000), false},
		{strings.Repeat("<div>x</div>", 10_000), false},
		{strings.Repeat("<div><span>x</span></div>", 10_000), false},
		{strings.Repeat("<section>", 257), true},
		{strings.Repeat("<section>", 256), false},
		{strings.Repeat("<table><tr><td>", 100), true},
	}
	for _, tt := range tests {
		if got := nestsTooDeep([]byte(tt.page)); got != tt.want {
			t.Errorf("nestsTooDeep(%.40q… %d bytes) = %v, want %v", tt.page, len(tt.page), got, tt.want)
		}
	}
}

func TestPageTitle(t *testing.T) {
	tests := []struct{ title, h1, want string }{
		{"Quake kills 12", "Quake kills 12", "Quake kills 12"},
		{"Rescue teams reach miners", "WARSAW - Rescue teams reach miners", "WARSAW - Rescue teams reach miners"},
		{"Quake kills 12", "Weather", "Quake kills 12"},
		{"", "Quake kills 12", "Quake kills 12"},
		{"Quake kills 12", "", "Quake kills 12"},
	}
	for _, tt := range tests {
		if got := pageTitle(tt.title, tt.h1); got != tt.want {
			t.Errorf("pageTitle(%q, %q) = %q, want %q", tt.title, tt.h1, got, tt.want)
		}
	}
}

func TestNormaliseBlocks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\n\n  a  \n\n\n\n b\nc \n\n", "a\n\nb\nc"},
		{"one", "one"},
		{"\t \n", ""},
	}
	for _, tt := range tests {
		if got := normaliseBlocks(tt.in); got != tt.want {
			t.Errorf("normaliseBlocks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// benchHTMLPage is a news page of about n bytes: head with meta tags and
// scripts, a menu, the article's paragraphs, related links and comments.
func benchHTMLPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Quake strikes coastal city - Times</title><meta property="og:site_name" content="Times"><meta property="article:published_time" content="2021-03-05T10:00:00Z"><script>var a=1;</script></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav><article><h1>Quake strikes coastal city</h1>`)
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<p>%s Paragraph %d.</p>\n", para, i)
		if i%5 == 3 {
			fmt.Fprintf(&b, "<p>%s <a href=\"/x%d\">a link</a> in <em>text</em>.</p>\n", para2, i)
		}
	}
	b.WriteString(`</article><aside class="related"><ul><li><a href="/r">Other quake hits island</a></li></ul></aside><section id="comments"><p>First!</p></section><footer>Copyright</footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkParseHTML(b *testing.B) {
	for _, size := range []int{8 << 10, 256 << 10} {
		data := benchHTMLPage(size)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseHTML("bench.html", "", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
