package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// pathological is an input built to make a careless scanner quadratic: the
// program must finish on it, whatever it reports.
type pathological struct {
	name string
	text func() string
	// commands to run on it besides check.
	also []string
}

// Each input is a few megabytes at most, so a linear pipeline finishes in
// seconds; a step that rescans the sentence, the quotation or the line for
// every word, date or digit would take hours. No time is asserted: the
// watchdog only turns a hang into a failure that names the input, before
// the test binary's own timeout kills everything without saying which.
func TestPathologicalInputsFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological inputs take seconds each; skipped under -short")
	}
	tests := []pathological{
		{name: "one sentence of 100,000 words", text: func() string { return oneSentence(100_000, proseWords) }},
		{name: "one sentence of 100,000 capitalised words", text: func() string { return oneSentence(100_000, nameWords) }},
		{name: "50,000 dates in one sentence", text: func() string {
			return "The council met " + strings.Repeat("on Monday, March 3, 2025, ", 50_000) + "officials said.\n"
		}, also: []string{"dates", "claims"}},
		{name: "50,000 dated sentences", text: func() string {
			var b strings.Builder
			for i := range 50_000 {
				fmt.Fprintf(&b, "The council met on Monday, March %d, 2025, and %d people were hurt.\n", i%28+1, i%90)
			}
			return b.String()
		}, also: []string{"dates"}},
		{name: "quotations nested 10,000 deep", text: func() string {
			return "The minister said " + strings.Repeat("“he said ", 10_000) + "nothing" + strings.Repeat("”", 10_000) + " on Monday.\n"
		}, also: []string{"claims"}},
		{name: "10,000 quotations opened and never closed", text: func() string {
			return "The minister said " + strings.Repeat("“the police said ", 10_000) + "on Monday.\n"
		}},
		{name: "10,000 straight quotes in a row", text: func() string {
			return "The minister said " + strings.Repeat(`"`, 10_000) + " that 12 people died on Monday.\n"
		}},
		{name: "a 5 MB line of digits", text: func() string {
			return "The quake killed " + strings.Repeat("1234567890", 500_000) + " people on Monday.\n"
		}, also: []string{"dates", "claims"}},
		{name: "a 5 MB line of digits with separators", text: func() string {
			return "The budget was " + strings.Repeat("123,456.", 600_000) + " dollars.\n"
		}},
		{name: "a 1 MB word", text: func() string {
			return "The town of " + strings.Repeat("a", 1<<20) + " was hit on Monday, officials said.\n"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "article.txt")
			write(t, path, []byte(tt.text()))
			for _, cmd := range append([]string{"check"}, tt.also...) {
				args := []string{cmd, "--format", "json", path}
				if cmd == "check" {
					args = append(args, "--fail-on", "never")
				}
				start := time.Now()
				r := finishes(t, cmd, func() cliRun { return runCLI(args...) })
				t.Logf("%s: %v", cmd, time.Since(start).Round(time.Millisecond))
				if r.code != exitOK || r.stderr != "" { // a skipped input would test nothing
					t.Errorf("%s: exit %d, stderr %q", cmd, r.code, r.stderr)
				}
			}
		})
	}
}

// Sentence vocabularies: prose mixes function words, names, figures and
// event words; names are runs of twenty capitalised words with just enough
// function words between them ("and the") to stay English.
var (
	proseWords = strings.Fields("the police said that 12 people were killed in Springfield on Monday and " +
		"Maria Lopez of the Red Cross told reporters at least 40 were hurt while officials met")
	nameWords = strings.Fields("Maria Lopez Red Cross Springfield Police Department Minister John Smith Harbour Bridge " +
		"Authority General Hospital North River Valley Fire Service Commissioner Anna Berg and the")
)

// oneSentence joins n words from vocab with spaces and no full stop.
func oneSentence(n int, vocab []string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(vocab[i%len(vocab)])
		b.WriteByte(' ')
	}
	b.WriteString("today.\n")
	return b.String()
}

// finishes runs f and waits for it until shortly before the test's
// deadline (or ten minutes without one); a run still going then fails the
// test with every goroutine's stack, which shows the step that hangs.
func finishes(t *testing.T, what string, f func() cliRun) cliRun {
	t.Helper()
	wait := 10 * time.Minute
	if deadline, ok := t.Deadline(); ok {
		wait = time.Until(deadline) - 30*time.Second
	}
	done := make(chan cliRun, 1)
	go func() { done <- f() }()
	select {
	case r := <-done:
		return r
	case <-time.After(max(wait, time.Second)):
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		fmt.Fprintf(os.Stderr, "%s\n", buf[:n])
		t.Fatalf("%s did not finish in %v: some step is worse than linear (stacks above)", what, wait)
		return cliRun{}
	}
}
