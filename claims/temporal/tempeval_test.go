package temporal

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var tempevalErrors = flag.Bool("tempeval-errors", false, "log misses, extras and wrong values on the TempEval-3 data")

// tempevalDir holds the TempEval-3 training documents (see its README.md).
const tempevalDir = "../../../shared/temporal"

// relaxedF1Floor and valueF1Floor are a little below what the finder
// reaches on the data (relaxed 0.941, value 0.811); the test fails when a
// change makes extraction or normalization worse than this.
const (
	relaxedF1Floor = 0.935
	valueF1Floor   = 0.805
)

type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type goldDoc struct {
	Published string      `json:"published"`
	BodyStart int         `json:"body_start"`
	Timex     []goldTimex `json:"timex"`
}

// teItem is one expression in code-point offsets.
type teItem struct {
	start, end int
	typ, value string
	text       string
}

// teCounts follows score.py: relaxed (any overlap, one-to-one), strict
// (same span), value and type agreement over relaxed matches.
type teCounts struct{ gold, sys, relaxed, strict, value, typ int }

func (c *teCounts) add(o teCounts) {
	c.gold += o.gold
	c.sys += o.sys
	c.relaxed += o.relaxed
	c.strict += o.strict
	c.value += o.value
	c.typ += o.typ
}

func prf(m, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(m) / float64(sys)
	}
	if gold > 0 {
		r = float64(m) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (c teCounts) String() string {
	rp, rr, rf := prf(c.relaxed, c.sys, c.gold)
	_, _, sf := prf(c.strict, c.sys, c.gold)
	vacc := 0.0
	if c.relaxed > 0 {
		vacc = float64(c.value) / float64(c.relaxed)
	}
	return fmt.Sprintf("gold=%4d sys=%4d relaxed P=%.3f R=%.3f F1=%.3f strict F1=%.3f value acc=%.3f F1=%.3f",
		c.gold, c.sys, rp, rr, rf, sf, vacc, vacc*rf)
}

func (c teCounts) relaxedF1() float64 { _, _, f := prf(c.relaxed, c.sys, c.gold); return f }

// valueF1 is the fraction of relaxed matches with the right value times
// the relaxed F1, as the TempEval-3 scorer defines it.
func (c teCounts) valueF1() float64 {
	if c.relaxed == 0 {
		return 0
	}
	return float64(c.value) / float64(c.relaxed) * c.relaxedF1()
}

// align pairs overlapping gold and system items one-to-one, in the order of
// where the later of the two begins, as score.py does.
func align(gold, sys []teItem) [][2]int {
	type cand struct{ k1, k2, g, s int }
	var cands []cand
	for gi, g := range gold {
		for si, s := range sys {
			if min(g.end, s.end) > max(g.start, s.start) {
				cands = append(cands, cand{max(g.start, s.start), min(g.start, s.start), gi, si})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.k1 != b.k1 {
			return a.k1 < b.k1
		}
		if a.k2 != b.k2 {
			return a.k2 < b.k2
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.s < b.s
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cands {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		usedG[c.g], usedS[c.s] = true, true
		out = append(out, [2]int{c.g, c.s})
	}
	return out
}

func countDoc(gold, sys []teItem, pairs [][2]int, onlyType string) teCounts {
	var c teCounts
	gOK := make([]bool, len(gold))
	for i, g := range gold {
		gOK[i] = onlyType == "" || g.typ == onlyType
		if gOK[i] {
			c.gold++
		}
	}
	aligned := map[int]int{}
	for _, p := range pairs {
		aligned[p[1]] = p[0]
	}
	for si, s := range sys {
		if gi, ok := aligned[si]; ok {
			if gOK[gi] {
				c.sys++
			}
		} else if onlyType == "" || s.typ == onlyType {
			c.sys++
		}
	}
	for _, p := range pairs {
		g, s := gold[p[0]], sys[p[1]]
		if !gOK[p[0]] {
			continue
		}
		c.relaxed++
		if g.start == s.start && g.end == s.end {
			c.strict++
		}
		if g.value == s.value {
			c.value++
		}
		if g.typ == s.typ {
			c.typ++
		}
	}
	return c
}

// byteToRune maps byte offsets of text to code-point offsets.
func byteToRune(text string) []int {
	m := make([]int, len(text)+1)
	r := 0
	for i := 0; i < len(text); i++ {
		m[i] = r // a continuation byte maps to the start of the next character
		if utf8.RuneStart(text[i]) {
			m[i] = r
			r++
		}
	}
	m[len(text)] = r
	return m
}

func TestTempEval(t *testing.T) {
	if _, err := os.Stat(tempevalDir); err != nil {
		t.Skipf("TempEval-3 data not found at %s: %v", tempevalDir, err)
	}
	types := []string{"DATE", "TIME", "DURATION", "SET"}
	var all teCounts
	byType := map[string]*teCounts{}
	for _, ty := range types {
		byType[ty] = &teCounts{}
	}
	var errs strings.Builder
	docs := 0
	for _, split := range []string{"aquaint", "timebank"} {
		files, _ := filepath.Glob(filepath.Join(tempevalDir, split, "*.txt"))
		var sc teCounts
		for _, path := range files {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			gj, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.json")
			if err != nil {
				continue
			}
			var g goldDoc
			if err := json.Unmarshal(gj, &g); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			pub, err := time.Parse("2006-01-02", g.Published)
			if err != nil {
				t.Fatalf("%s: published %q: %v", path, g.Published, err)
			}
			text := string(raw)
			b2r := byteToRune(text)
			var gold, sys []teItem
			for _, x := range g.Timex {
				gold = append(gold, teItem{x.Start, x.End, x.Type, x.Value, x.Text})
			}
			for _, e := range Find(text, Context{Published: pub}) {
				s, en := b2r[e.Start], b2r[e.End]
				if en <= g.BodyStart {
					continue
				}
				sys = append(sys, teItem{max(s, g.BodyStart), en, e.Type, e.Value, e.Text})
			}
			pairs := align(gold, sys)
			c := countDoc(gold, sys, pairs, "")
			sc.add(c)
			for _, ty := range types {
				byType[ty].add(countDoc(gold, sys, pairs, ty))
			}
			docs++
			if *tempevalErrors {
				writeErrors(&errs, split+"/"+filepath.Base(path), gold, sys, pairs)
			}
		}
		t.Logf("%-9s %s", split, sc)
		all.add(sc)
	}
	t.Logf("%-9s %s (docs=%d)", "all", all, docs)
	for _, ty := range types {
		t.Logf("  %-8s %s", ty, *byType[ty])
	}
	if *tempevalErrors {
		t.Log("\n" + errs.String())
	}
	if f := all.relaxedF1(); f < relaxedF1Floor {
		t.Errorf("relaxed extraction F1 %.3f fell below the floor %.3f", f, relaxedF1Floor)
	}
	if f := all.valueF1(); f < valueF1Floor {
		t.Errorf("value F1 %.3f fell below the floor %.3f", f, valueF1Floor)
	}
}

func writeErrors(w *strings.Builder, name string, gold, sys []teItem, pairs [][2]int) {
	type line struct {
		at int
		s  string
	}
	var lines []line
	ag, as := map[int]int{}, map[int]bool{}
	for _, p := range pairs {
		ag[p[0]], as[p[1]] = p[1], true
	}
	for gi, g := range gold {
		si, ok := ag[gi]
		switch {
		case !ok:
			lines = append(lines, line{g.start, fmt.Sprintf("  MISS  %-8s %-18s %q", g.typ, g.value, g.text)})
		case sys[si].value != g.value:
			lines = append(lines, line{g.start, fmt.Sprintf("  VALUE %-8s gold %-14s got %-14s %q / %q", g.typ, g.value, sys[si].value, g.text, sys[si].text)})
		case sys[si].start != g.start || sys[si].end != g.end:
			lines = append(lines, line{g.start, fmt.Sprintf("  SPAN  %-8s %-18s gold %q got %q", g.typ, g.value, g.text, sys[si].text)})
		}
	}
	for si, s := range sys {
		if !as[si] {
			lines = append(lines, line{s.start, fmt.Sprintf("  EXTRA %-8s %-18s %q", s.typ, s.value, s.text)})
		}
	}
	if len(lines) == 0 {
		return
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].at < lines[j].at })
	w.WriteString(name + "\n")
	for _, l := range lines {
		w.WriteString(l.s + "\n")
	}
}
