package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// TestScreenKeepsDetectsVerdict: keepEnglish asks lang.Screen, which may
// decide from a sample of a long body, what lang.Detect decides from all
// of it. Over every body the tests know (fixtures, seeds, test data and
// generated batches, plus the directories in CLAIMCHECK_LANG_DIRS) the
// verdict and the language named must be Detect's, and the sample must
// decide most generated articles alone, or Screen saves nothing.
func TestScreenKeepsDetectsVerdict(t *testing.T) {
	dirs := []string{"../../fixtures", "../../../shared/seeds", "testdata", "../../claims/source/testdata"}
	dirs = append(dirs, strings.Fields(os.Getenv("CLAIMCHECK_LANG_DIRS"))...)
	var bodies []string
	for _, dir := range dirs {
		bodies = append(bodies, bodiesUnder(dir)...)
	}
	generated := 0
	for _, opts := range []benchgen.Options{{Bytes: 4e6, Seed: 1}, {Bytes: 1e6, Seed: 2}, {Bytes: 1e6, Seed: 7}} {
		var c benchgen.Collector
		if err := benchgen.Generate(&c, opts); err != nil {
			t.Fatal(err)
		}
		for _, a := range c.Articles {
			if src, err := source.Parse(a.Name, "", a.Text); err == nil {
				bodies = append(bodies, src.Text[src.Body.Start:src.Body.End])
				generated++
			}
		}
	}
	sampled, foreign := 0, 0
	for _, body := range bodies {
		full, screened := lang.Detect(body), lang.Screen(body)
		if full.English != screened.English || full.Language != screened.Language && !full.English {
			t.Errorf("Screen says English=%v (%s), Detect English=%v (%s), on %.80q", screened.English, screened.Language, full.English, full.Language, body)
		}
		if screened.Words < full.Words {
			sampled++
		}
		if !full.English {
			foreign++
		}
	}
	t.Logf("%d bodies (%d generated, %d not English), %d decided by the sample", len(bodies), generated, foreign, sampled)
	if sampled < generated/2 {
		t.Errorf("the sample decided %d of %d bodies, fewer than half the %d generated", sampled, len(bodies), generated)
	}
}

// bodiesUnder reads every file under dir as claimcheck does and returns
// the bodies of the articles it holds; files that are not articles give
// none. A missing directory (the seeds live outside the repository) gives
// none.
func bodiesUnder(dir string) []string {
	var bodies []string
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		srcs, _ := source.ReadAll(path, source.Limits{})
		for _, src := range srcs {
			bodies = append(bodies, src.Text[src.Body.Start:src.Body.End])
		}
		return nil
	})
	return bodies
}
