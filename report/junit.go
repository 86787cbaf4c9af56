package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// JUnit renders a Result as JUnit XML, which most CI systems show as test
// results: one testcase per finding, failing for conflicts and warnings,
// passing for info, and a single passing case when nothing disagrees so
// that the suite is never empty.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name   `xml:"testsuites"`
	Name     string     `xml:"name,attr"`
	Tests    int        `xml:"tests,attr"`
	Failures int        `xml:"failures,attr"`
	Suite    junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

// junitText is CDATA so that multi-line evidence stays readable in the
// file instead of turning into &#xA; entities.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// Print writes the XML document with its declaration and a final newline.
func (JUnit) Print(w io.Writer, r *compare.Result) error {
	suite := buildJUnit(orEmpty(r))
	doc := junitSuites{Name: "claimcheck", Tests: suite.Tests, Failures: suite.Failures, Suite: suite}
	ew := &errWriter{w: w}
	ew.printf("%s", xml.Header)
	enc := xml.NewEncoder(ew)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	ew.printf("\n")
	return ew.err
}

func buildJUnit(r *compare.Result) junitSuite {
	suite := junitSuite{Name: "claimcheck"}
	labels := eventLabels(r.Events)
	for _, f := range r.Findings {
		tc := junitCase{
			ClassName: xmlSafe(nonBlank(f.Event, "event")),
			Name:      xmlSafe(f.Kind + ": " + strings.Join(claimSources(f), ", ")),
			SystemOut: &junitText{junitEvidence(f, eventLabel(labels, f.Event))},
		}
		if f.Severity >= compare.Warning {
			tc.Failure = &junitFailure{
				Type:    f.Severity.String(),
				Message: xmlSafe(oneLine(f.Reason)),
				Text:    xmlSafe(f.ID + " " + f.Severity.String() + ": " + oneLine(f.Reason)),
			}
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	if len(suite.Cases) == 0 {
		suite.Cases = []junitCase{{ClassName: "claimcheck", Name: "no disagreements", SystemOut: &junitText{xmlSafe(summaryLine(r.Summary))}}}
	}
	suite.Tests = len(suite.Cases)
	return suite
}

// junitEvidence lists the event and each side's sentence, one per line.
func junitEvidence(f compare.Finding, label string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "event %s: %s\n", oneLine(f.Event), oneLine(label))
	for _, c := range f.Claims {
		fmt.Fprintf(&b, "%s", oneLine(nonBlank(c.Source, "a source")))
		if c.Line > 0 {
			fmt.Fprintf(&b, ":%d", c.Line)
		}
		fmt.Fprintf(&b, ": %s: %s\n", oneLine(valueCell(c.Value, c.Normalized)), oneLine(c.Text))
	}
	return xmlSafe(b.String())
}

// xmlSafe drops what XML 1.0 cannot carry at all; encoding/xml would
// otherwise write U+FFFD for control characters in some places and fail in
// none, so being explicit keeps the output predictable.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			return -1
		}
		return r
	}, s)
}
