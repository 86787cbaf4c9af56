package report

import (
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/compare"
)

// Diff renders each finding as a word diff of its evidence sentences: the
// first claim's sentence against each other claim's, with the disagreeing
// values marked on both lines, so a reader sees at once what the sources
// say differently and in what words.
type Diff struct{ Color bool }

// Print writes one block per finding, separated by blank lines.
func (d Diff) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	ew := &errWriter{w: w}
	if len(r.Findings) == 0 {
		ew.printf("No disagreements found.\n")
		return ew.err
	}
	labels := eventLabels(r.Events)
	for i, f := range r.Findings {
		if i > 0 {
			ew.printf("\n")
		}
		d.printFinding(ew, f, eventLabel(labels, f.Event))
	}
	return ew.err
}

// printFinding writes the header, the reason and the claims of a finding.
func (d Diff) printFinding(ew *errWriter, f compare.Finding, label string) {
	ew.printf("%s %s %s · %s (confidence %.2f)\n",
		oneLine(f.ID), paint(f.Severity.String(), severityColor(f.Severity), d.Color),
		oneLine(f.Kind), oneLine(label), f.Confidence)
	if reason := oneLine(f.Reason); reason != "" {
		for _, l := range wrap(reason, terminalWidth) {
			ew.printf("%s\n", l)
		}
	}
	switch len(f.Claims) {
	case 0:
		return
	case 1:
		d.printSingle(ew, f.Claims[0])
		return
	}
	for j, other := range f.Claims[1:] {
		if j > 0 {
			ew.printf("\n")
		}
		d.printPair(ew, f.Claims[0], other)
	}
}

// printPair writes the word diff of two claims' sentences and their values.
func (d Diff) printPair(ew *errWriter, a, b compare.Evidence) {
	ew.printf("--- %s\n+++ %s\n", where(a), where(b))
	segsA, segsB := wordDiff(a.Text, b.Text)
	ew.printf("- %s\n", markSentence(a.Text, segsA, valueRange(a), deletion, d.Color))
	ew.printf("+ %s\n", markSentence(b.Text, segsB, valueRange(b), insertion, d.Color))
	ew.printf("  %s\n  %s\n", valueLine(a), valueLine(b))
}

// printSingle writes a lone claim's sentence with its value marked.
func (d Diff) printSingle(ew *errWriter, c compare.Evidence) {
	ew.printf("--- %s\n", where(c))
	segs := []segment{{0, len(c.Text), false}}
	ew.printf("  %s\n", markSentence(c.Text, segs, valueRange(c), deletion, d.Color))
	ew.printf("  %s\n", valueLine(c))
}

// where names a claim's source and line ("001_x.txt:5").
func where(c compare.Evidence) string {
	if c.Line > 0 {
		return fmt.Sprintf("%s:%d", oneLine(c.Source), c.Line)
	}
	return oneLine(c.Source)
}

// valueLine is "001_x.txt: Monday → 2019-11-25 (hedged: reportedly)".
func valueLine(c compare.Evidence) string {
	line := oneLine(c.Source) + ": " + oneLine(valueCell(c.Value, c.Normalized))
	if hedge := oneLine(c.Hedge); hedge != "" {
		line += " (hedged: " + hedge + ")"
	}
	return line
}

// valueRange is where the claim's value sits in its sentence, or noValue.
func valueRange(c compare.Evidence) [2]int {
	start, end, ok := locateValue(c.Text, c.Value, c.Span, c.SentenceStart)
	if !ok {
		return noValue
	}
	return [2]int{start, end}
}
