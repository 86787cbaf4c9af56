package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestNoProgressBarWhenPiped runs a batch large enough for a bar with
// stderr a buffer and a pipe: no bar bytes reach either.
func TestNoProgressBarWhenPiped(t *testing.T) {
	batch := generatedBatch(t, 400<<10)
	if n := len(articleFiles(t, batch)); n <= progressMinSources {
		t.Fatalf("only %d articles: too few for a bar", n)
	}
	r := runCLI("check", "--fail-on", "never", "--format", "json", batch)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if strings.ContainsAny(r.stderr, "\r\x1b") || strings.Contains(r.stderr, "reading") {
		t.Errorf("bar bytes on a buffer: %q", r.stderr)
	}

	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := runContext(context.Background(), []string{"claimcheck", "check", "--fail-on", "never", "--format", "json", batch}, strings.NewReader(""), &out, pw)
	pw.Close()
	var stderr bytes.Buffer
	stderr.ReadFrom(pr)
	if code != 0 || stderr.Len() != 0 {
		t.Errorf("exit %d; stderr on a pipe %q, want nothing", code, stderr.String())
	}
}

// TestProgressDecision: a bar only for many sources on a terminal, never
// with --no-progress or in CI.
func TestProgressDecision(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	for _, tc := range []struct {
		name   string
		stderr any
		n      int
		flags  []string
	}{
		{"buffer", &bytes.Buffer{}, 500, nil},
		{"pipe", pw, 500, nil},
		{"few sources", pw, 10, nil},
		{"--no-progress", pw, 500, []string{"--no-progress"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := &cli.App{ErrWriter: tc.stderr.(interface{ Write([]byte) (int, error) })}
			var got progress
			app.Flags = []cli.Flag{noProgressFlag}
			app.Action = func(c *cli.Context) error { got = newProgress(c, tc.n); return nil }
			if err := app.Run(append([]string{"x"}, tc.flags...)); err != nil {
				t.Fatal(err)
			}
			if got.bar != nil {
				t.Error("a bar where none belongs")
			}
			got.add() // a missing bar takes calls quietly
			got.done()
		})
	}
}
