package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/config"
)

// TestInit: init writes the default configuration, refuses to overwrite
// it without --force, and what it writes loads back to the defaults.
func TestInit(t *testing.T) {
	batch := mustAbs(t, conflictDir)
	inProject(t, "")
	steps := []struct {
		args     []string
		wantCode int
		stderr   string
	}{
		{[]string{"init"}, exitOK, ""},
		{[]string{"init"}, exitError, "claimcheck: .claimcheck.yaml already exists; use --force to overwrite it"},
		{[]string{"init", "--force"}, exitOK, ""},
		{[]string{"init", "extra"}, exitError, "init takes no arguments"},
	}
	for _, s := range steps {
		r := runCLI(s.args...)
		if r.code != s.wantCode || !strings.Contains(r.stderr, s.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", s.args, r.code, r.stderr, s.wantCode, s.stderr)
		}
	}
	cfg, err := config.Load(".claimcheck.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := config.Default()
	want.File = ".claimcheck.yaml"
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("init's file loads to %+v, want the defaults %+v", cfg, want)
	}
	if r := runCLI("check", "--format", "json", batch); r.code != exitFindings {
		t.Errorf("check with init's file: exit %d, want %d (the defaults); stderr %s", r.code, exitFindings, r.stderr)
	}
}
