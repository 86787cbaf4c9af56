package benchgen

import (
	"bytes"
	"strings"
	"testing"
)

func generate(t *testing.T, opts Options) *Collector {
	t.Helper()
	var c Collector
	if err := Generate(&c, opts); err != nil {
		t.Fatal(err)
	}
	return &c
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name  string
		bytes int64
		seed  uint64
	}{
		{"small", 200_000, 1},
		{"one-mb", 1_000_000, 7},
		{"other-seed", 500_000, 42},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Bytes: tt.bytes, Seed: tt.seed}
			a, b := generate(t, opts), generate(t, opts)
			if !sameArticles(a, b) {
				t.Fatal("same seed gave different batches")
			}
			if lo, hi := float64(tt.bytes)*0.95, float64(tt.bytes)*1.05; float64(a.Bytes) < lo || float64(a.Bytes) > hi {
				t.Errorf("batch is %d bytes, want within 5%% of %d", a.Bytes, tt.bytes)
			}
			for _, art := range a.Articles {
				if n := len(art.Text); n < MinArticleBytes || n > MaxArticleBytes {
					t.Errorf("%s is %d bytes, want %d..%d", art.Name, n, MinArticleBytes, MaxArticleBytes)
				}
				if bytes.ContainsAny(art.Text, "{}") {
					t.Errorf("%s has an unfilled slot", art.Name)
				}
			}
			checkPlants(t, a)
		})
	}
}

func TestSeedsDiffer(t *testing.T) {
	a := generate(t, Options{Bytes: 100_000, Seed: 1})
	b := generate(t, Options{Bytes: 100_000, Seed: 2})
	if sameArticles(a, b) {
		t.Fatal("different seeds gave the same batch")
	}
}

func TestGenerateRejectsEmptyTarget(t *testing.T) {
	if err := Generate(&Collector{}, Options{}); err == nil {
		t.Fatal("want an error for a zero size")
	}
}

func sameArticles(a, b *Collector) bool {
	if len(a.Articles) != len(b.Articles) {
		return false
	}
	for i := range a.Articles {
		if a.Articles[i].Name != b.Articles[i].Name || !bytes.Equal(a.Articles[i].Text, b.Articles[i].Text) {
			return false
		}
	}
	return true
}

// checkPlants: roughly one story in five has a plant, and the odd article
// states the planted value.
func checkPlants(t *testing.T, c *Collector) {
	t.Helper()
	stories := c.Articles[len(c.Articles)-1].Story + 1
	plants := c.Plants()
	if stories >= 40 && (len(plants) < stories/10 || len(plants) > stories*3/10) {
		t.Errorf("%d plants in %d stories, want about one in five", len(plants), stories)
	}
	texts := map[string]string{}
	for _, a := range c.Articles {
		texts[a.Name] = string(a.Text)
	}
	for _, p := range plants {
		if p.Want == p.Got {
			t.Errorf("story %d: plant %s does not change the value %q", p.Story, p.Kind, p.Want)
		}
		if !strings.Contains(texts[p.Odd], p.Got) || !strings.Contains(texts[p.Base], p.Want) {
			t.Errorf("story %d: plant %s %q/%q not stated in %s / %s", p.Story, p.Kind, p.Want, p.Got, p.Base, p.Odd)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	const size = 1_000_000
	b.SetBytes(size)
	for b.Loop() {
		if err := Generate(&Collector{}, Options{Bytes: size, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
