// Package benchgen writes synthetic news batches for benchmarks: thousands
// of invented stories at once, each told by 3 to 8 articles in different
// outlet styles (wire, press release, blog, translated piece, newspaper),
// with the density of dates, counts, names and quotes of real news. About
// one story in five carries a planted disagreement between two of its
// articles (a different weekday, death toll or city), so a benchmark run
// also exercises the comparison and reporting paths.
//
// Output is deterministic: the same Options give the same bytes, because
// all randomness comes from one math/rand/v2 PCG source seeded from
// Options.Seed and nothing is emitted in map order.
package benchgen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Article sizes in bytes; every generated article lies within them.
const (
	MinArticleBytes = 2048
	MaxArticleBytes = 6144
)

// DefaultPlantRate is the share of stories given a planted disagreement
// when Options.PlantRate is zero.
const DefaultPlantRate = 0.2

// Options says how much to generate and from which seed.
type Options struct {
	// Bytes is the target total size of all articles; generation stops at
	// the first article that reaches it, so the batch overshoots by less
	// than one article.
	Bytes int64
	// Seed selects the batch; the same seed gives the same bytes.
	Seed uint64
	// PlantRate is the share of stories with a planted disagreement
	// (DefaultPlantRate when zero; negative means none).
	PlantRate float64
}

// Article is one generated file.
type Article struct {
	// Name is the file name, NNNNNN_story-slug_outlet.txt.
	Name string
	// Story numbers the story the article tells, from 0.
	Story int
	// Style is the outlet style: wire, release, blog, translated or paper.
	Style string
	// Text is the article's bytes.
	Text []byte
	// Plant describes the disagreement this article carries against
	// another article of its story ("" for none).
	Plant *Plant
}

// Plant is a disagreement planted between two articles of one story.
type Plant struct {
	Story int
	// Kind is "date", "count" or "location".
	Kind string
	// Base and Odd name the article stating the story's value and the one
	// stating the planted one.
	Base, Odd string
	// Want and Got are the two values as written ("Tuesday" / "Monday").
	Want, Got string
}

// Writer receives generated articles in order.
type Writer interface {
	WriteArticle(a *Article) error
}

// Collector keeps generated articles in memory.
type Collector struct {
	Articles []*Article
	Bytes    int64
}

// WriteArticle appends a to c.
func (c *Collector) WriteArticle(a *Article) error {
	c.Articles = append(c.Articles, a)
	c.Bytes += int64(len(a.Text))
	return nil
}

// Plants returns the disagreements planted in the collected articles.
func (c *Collector) Plants() []Plant {
	var out []Plant
	for _, a := range c.Articles {
		if a.Plant != nil {
			out = append(out, *a.Plant)
		}
	}
	return out
}

// DirWriter writes each article as a file in Dir and the list of planted
// disagreements to Dir/PLANTS.tsv (an extension claimcheck does not read)
// when closed.
type DirWriter struct {
	Dir    string
	plants []Plant
}

// WriteArticle writes a into the folder.
func (w *DirWriter) WriteArticle(a *Article) error {
	if a.Plant != nil {
		w.plants = append(w.plants, *a.Plant)
	}
	return os.WriteFile(filepath.Join(w.Dir, a.Name), a.Text, 0o644)
}

// Close writes PLANTS.tsv: story, kind, base article, odd article, values.
func (w *DirWriter) Close() error {
	var b strings.Builder
	b.WriteString("story\tkind\tbase\todd\twant\tgot\n")
	for _, p := range w.plants {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\n", p.Story, p.Kind, p.Base, p.Odd, p.Want, p.Got)
	}
	return os.WriteFile(filepath.Join(w.Dir, "PLANTS.tsv"), []byte(b.String()), 0o644)
}

// Generate writes articles to w until their total size reaches opts.Bytes.
func Generate(w Writer, opts Options) error {
	if opts.Bytes <= 0 {
		return errors.New("benchgen: Options.Bytes must be positive")
	}
	rate := opts.PlantRate
	if rate == 0 {
		rate = DefaultPlantRate
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	var total int64
	fileNo := 0
	for storyNo := 0; total < opts.Bytes; storyNo++ {
		s := newStory(rng, storyNo, rate)
		arts := s.articles(rng)
		for i, a := range arts {
			if total >= opts.Bytes {
				break
			}
			a.Name = fmt.Sprintf("%06d_%s_%s.txt", fileNo, s.slug, a.Name)
			if s.plant != nil && i == s.plant.odd {
				p := s.plant.Plant
				p.Base, p.Odd = arts[s.plant.base].Name, a.Name
				a.Plant = &p
			}
			fileNo++
			total += int64(len(a.Text))
			if err := w.WriteArticle(a); err != nil {
				return err
			}
		}
	}
	return nil
}
