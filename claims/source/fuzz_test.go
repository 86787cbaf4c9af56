package source

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/internal/benchgen"
)

func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		" \n\t\r\n",
		article,
		"City\nEpaper\n\nQuake strikes coastal city\nBy ANI | Updated: November 26, 2019 09:45 IST\n\n" + para + "\n\nOpen in App\n\n" + para + "\n\nTags: a, b\nRelated Stories\nOne\n",
		"---\npublished: 2020-01-11\ntitle: T\n---\n" + article,
		"---\ntitle: [\n---\n" + article,
		"---\n",
		"---\r\n---\r\nx\r\ny",
		"\uFEFFHeadline here today\r\n\r\nFILE PHOTO: a man. REUTERS/Jane Doe\r\n" + para2,
		"U.S. Embassy\nFor Immediate Release\nJanuary 11, 2020\n\nHeadline of the release here\n" + para,
		"Jane Doe\nI cover news as a reporter.\n",
		"a\rb\rc\r\r\rMon 3 Mar 2021 14.02 GMT",
		"\xff\xfeH\x00",
		"abc\x00def",
		"caf\xe9",
		"Home > World > Asia\n2021-03-03T14:02:00+05:30\nx y z w\n" + para,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		src, err := Parse("fuzz.txt", "fuzz.txt", []byte(text))
		if err != nil {
			checkFuzzError(t, err)
			return
		}
		if src.Text != text {
			t.Fatal("Text is not verbatim")
		}
		if !utf8.ValidString(src.Headline) || src.Headline == "" {
			t.Fatalf("headline %q", src.Headline)
		}
		if src.Body.Start < 0 || src.Body.Start > src.Body.End || src.Body.End != len(text) {
			t.Fatalf("body %+v outside text of %d bytes", src.Body, len(text))
		}
		prevEnd := -1
		for _, sp := range src.Furniture {
			if sp.Start < src.Body.Start || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("furniture %+v outside body %+v", sp, src.Body)
			}
			if sp.Start <= prevEnd {
				t.Fatalf("furniture %v not sorted or overlapping", src.Furniture)
			}
			prevEnd = sp.End
		}
		switch src.PublishedFrom {
		case PublishedFromNone:
			if src.HasPublished() {
				t.Fatal("published date from none")
			}
		case PublishedFromDateline, PublishedFromFrontMatter:
			if !src.HasPublished() {
				t.Fatalf("no date from %s", src.PublishedFrom)
			}
		default:
			t.Fatalf("PublishedFrom %q", src.PublishedFrom)
		}
	})
}

func checkFuzzError(t *testing.T, err error) {
	t.Helper()
	for _, want := range []error{ErrEmpty, ErrWhitespace, ErrBinary, ErrNotUTF8, ErrUTF16, ErrFrontMatter, ErrOnlyFurniture} {
		if errors.Is(err, want) {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Parse reported a file-system error: %v", err)
	}
	t.Fatalf("unexpected error %v", err)
}

// benchPage builds a realistic page of about n bytes: menu, headline,
// byline, unique paragraphs with a caption and widgets between them, and
// a related list at the end.
func benchPage(n int) []byte {
	var b strings.Builder
	b.WriteString("City\nEpaper\nWorld\n\nQuake strikes coastal city, rescuers search rubble\n\nBy Jane Doe | Updated: November 26, 2019 09:45 IST\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%s Paragraph %d.\n\n", para, i)
		switch i % 7 {
		case 2:
			b.WriteString("FILE PHOTO: Rescuers search the rubble of a building in the city, March 1, 2021. REUTERS/Jane Doe/File Photo\n\n")
		case 4:
			b.WriteString("Advertisement\n\n")
		case 5:
			fmt.Fprintf(&b, "%s Quote %d.\r\n\r\n", para2, i)
		}
	}
	b.WriteString("( With inputs from ANI )\n\nTags: Quake, Rescue\n\nRelated Stories\n\nOther quake hits island\n\nMarkets fall on Monday\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	for _, size := range []int{8 << 10, 1 << 20} {
		data := benchPage(size)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("bench.txt", "", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseShortLines is the worst case for the per-line rules: a
// page of nothing but short lines.
func BenchmarkParseShortLines(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Quake strikes coastal city\n")
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "Short line number %d of text\r\n", i)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("short.txt", "", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseGenerated parses a generated batch article by article, as
// claimcheck does: per-article costs (the top lines' dateline tests) show
// here and not on one big page.
func BenchmarkParseGenerated(b *testing.B) {
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: 1e6, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, a := range c.Articles {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range c.Articles {
			if _, err := Parse(a.Name, "", a.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
