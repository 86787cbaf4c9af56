package source

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../shared/seeds"

func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not present at %s: %v", seedsDir, err)
	}
	tests := []struct {
		file      string
		published string // "" = undated
		headline  string
		furniture []string // fragments that must lie in furniture
		article   []string // fragments that must not
	}{
		{
			file: "000_53c4b4142334f37a.txt", published: "2020-01-11",
			headline:  "U.S. Delegation Meets with Libyan Parties in Rome",
			furniture: []string{"U.S. Embassy Libya", "For Immediate Release", "January 11, 2020"},
			article:   []string{"U.S. Delegation Meets with Libyan Parties in Rome", "Senior U.S. officials met separately", "The United States welcomes all genuine efforts"},
		},
		{
			file:      "001_f561874637c8955c.txt",
			headline:  "U.S. Officials Meet Strongman Khalifa Haftar To Resolve Libyan Conflict",
			furniture: []string{"Caroline Finnegan", "I cover global news", "Related Articles", "Leave a Reply", "Your email address will not be published"},
			article:   []string{"Some senior U.S. officials reportedly met", "On Saturday, Haftar declared"},
		},
		{
			file: "002_eedd7568bb1c34a6.txt", published: "2019-11-26",
			headline:  "US officials, Khalifa Haftar discuss ways to resolve Libyan conflict",
			furniture: []string{"City", "Epaper", "By ANI | Updated", "Open in App", "( With inputs from ANI )", "Tags: Khalifa", "Related Stories", "Pregnancy Incentive Scheme", "International Realted Stories", "drone attacks on Israel"},
			article:   []string{"US officials, Khalifa Haftar discuss", "A delegation of American officials met", "The US State Department, in a statement, said", "The United States urges the parties"},
		},
		{
			file:      "003_34ed0cbcf165ceff.txt",
			headline:  "US officials push Libya’s Haftar for ceasefire in first meeting",
			furniture: []string{"FILE PHOTO: A Libyan man carries", "REUTERS/Esam Omran Al-Fetori/File Photo", "Powered by automated translation"},
			article:   []string{"While Washington has had contact", "A senior American delegation met", "The State Department also tweeted a photo", "It said this “will facilitate"},
		},
		{
			file: "004_79fef3b2f653cd44.txt", published: "2020-01-04",
			headline:  "US experts, Libyan officials hold security meetings",
			furniture: []string{"January 04, 2020 - 20:39", "Posted in:", "Written By: AbdulkaderAssad"},
			article:   []string{"US experts, Libyan officials hold", "The US embassy in Libya said Friday", "The Interior Ministry stressed"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src, err := ReadFile(filepath.Join(seedsDir, tt.file), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			checkPublished(t, src, tt.published)
			if src.Headline != tt.headline {
				t.Errorf("headline %q, want %q", src.Headline, tt.headline)
			}
			for _, frag := range tt.furniture {
				if i := strings.Index(src.Text, frag); i < 0 || !src.IsFurniture(i, i+len(frag)) {
					t.Errorf("%q should be furniture (found at %d)", frag, i)
				}
			}
			for _, frag := range tt.article {
				if i := strings.Index(src.Text, frag); i < 0 || src.IsFurniture(i, i+len(frag)) {
					t.Errorf("%q must stay article text (found at %d)", frag, i)
				}
			}
			checkGolden(t, filepath.Join("testdata", "seeds", strings.TrimSuffix(tt.file, ".txt")+".golden"), annotate(src))
		})
	}
}

// TestSeedRepeatsKeepFirst checks the headline printed twice in 000 and
// 004 and the paragraph printed twice in 002: the second copy is furniture.
func TestSeedRepeatsKeepFirst(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not present at %s: %v", seedsDir, err)
	}
	for _, f := range []string{"000_53c4b4142334f37a.txt", "002_eedd7568bb1c34a6.txt", "004_79fef3b2f653cd44.txt"} {
		src, err := ReadFile(filepath.Join(seedsDir, f), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		checkRepeatMarked(t, src)
	}
}

func checkPublished(t *testing.T, src *Source, want string) {
	t.Helper()
	if want == "" {
		if src.HasPublished() || src.PublishedFrom != PublishedFromNone {
			t.Errorf("published %v from %q, want undated", src.Published, src.PublishedFrom)
		}
		return
	}
	if got := src.Published.Format(time.DateOnly); got != want || src.PublishedFrom != PublishedFromDateline {
		t.Errorf("published %s from %q, want %s from dateline", got, src.PublishedFrom, want)
	}
}

// annotate renders a source for golden files: one line per non-empty
// line, "F" for furniture or "." for article text, then the line cut to
// 90 bytes.
func annotate(src *Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "headline: %s\npublished: %s (%s)\n\n", src.Headline, src.Published.Format(time.DateOnly), src.PublishedFrom)
	for _, l := range scanLines(src.Text, src.Body.Start) {
		mark := "."
		if src.IsFurniture(l.start, l.end) {
			mark = "F"
		}
		s := src.Text[l.start:l.end]
		if len(s) > 90 {
			s = strings.ToValidUTF8(s[:90], "") + "…"
		}
		fmt.Fprintf(&b, "%s %s\n", mark, s)
	}
	return b.String()
}

// checkGolden compares got with the golden file, rewriting it under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test -update and review the diff):\n%s", path, got)
	}
}

// TestPages checks the furniture maps of the synthetic pages under
// testdata/pages against their golden files.
func TestPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, p := range pages {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := ReadFile(p, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, p+".golden", annotate(src))
		})
	}
}
