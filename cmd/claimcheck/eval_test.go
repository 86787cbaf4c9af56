package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/gold"
)

// checkJSON runs `claimcheck check --format json` on dir in-process.
func checkJSON(t *testing.T, dir string) []compare.Finding {
	t.Helper()
	var out, errb bytes.Buffer
	code := run([]string{"claimcheck", "check", "--format", "json", "--fail-on", "never", dir}, nil, &out, &errb)
	if code != 0 {
		t.Fatalf("claimcheck check %s: exit %d: %s", dir, code, errb.String())
	}
	var rep struct {
		Findings []compare.Finding `json:"findings"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("bad JSON report for %s: %v", dir, err)
	}
	return rep.Findings
}

// Fixture batches are scored against their gold; the batches were written
// by someone who had not read the extraction code.
func TestFixturesAgainstGold(t *testing.T) {
	dirs, _ := filepath.Glob("../../fixtures/*/gold.yaml")
	if len(dirs) == 0 {
		t.Fatal("no fixture batches found")
	}
	var total gold.Score
	for _, g := range dirs {
		dir := filepath.Dir(g)
		gf, err := gold.Load(g)
		if err != nil {
			t.Fatal(err)
		}
		sc := gold.Evaluate(checkJSON(t, dir), gf)
		t.Logf("%-18s gold=%d found=%d fp=%d dup=%d missed=%v", filepath.Base(dir), sc.Gold, sc.Found, sc.FP, sc.Dup, sc.Missed)
		for _, fp := range sc.FalsePositives {
			t.Logf("    FP %s", fp)
		}
		total = total.Add(sc)
	}
	p, r := total.Precision(), total.Recall()
	t.Logf("fixtures: precision %.2f recall %.2f (gold %d, found %d, fp %d)", p, r, total.Gold, total.Found, total.FP)
	if p < minFixturePrecision || r < minFixtureRecall {
		t.Errorf("fixtures: precision %.2f (want ≥ %.2f), recall %.2f (want ≥ %.2f)", p, minFixturePrecision, r, minFixtureRecall)
	}
}

// The seed articles live outside the repository (../shared/seeds); the
// project ships none of their text. All three seed disagreements must be
// found at conflict or warning, and nothing else at those severities.
func TestSeeds(t *testing.T) {
	const seeds, goldPath = "../../../shared/seeds", "../../../shared/eval/seeds-gold.yaml"
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seed articles not present at %s: skipping", seeds)
	}
	gf, err := gold.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	sc := gold.Evaluate(checkJSON(t, seeds), gf)
	for _, fp := range sc.FalsePositives {
		t.Errorf("false alarm on the seeds: %s", fp)
	}
	if len(sc.Missed) > 0 {
		t.Errorf("seed disagreements missed: %v", sc.Missed)
	}
}
