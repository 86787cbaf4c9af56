package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// GitHub renders a Result as GitHub Actions workflow commands, one
// annotation per finding at its first claim. GitHub shows only ten
// annotations of a kind per step, so when Summary is set (the CLI opens
// $GITHUB_STEP_SUMMARY) the whole report is also appended to it as
// Markdown.
type GitHub struct {
	Summary io.Writer
}

// Print writes one workflow command per finding, then the summary.
func (g GitHub) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	ew := &errWriter{w: w}
	labels := eventLabels(r.Events)
	files := newSourceIndex(r.Sources)
	for _, f := range r.Findings {
		ew.printf("%s\n", githubCommand(f, eventLabel(labels, f.Event), files))
	}
	if ew.err != nil {
		return ew.err
	}
	if g.Summary == nil {
		return nil
	}
	// One write, so that a summary file opened per write is appended to once.
	var md bytes.Buffer
	if err := (Markdown{}).Print(&md, r); err != nil {
		return err
	}
	_, err := g.Summary.Write(md.Bytes())
	return err
}

// githubCommand is `::error file=P,line=L,col=C,title=T::MESSAGE`.
func githubCommand(f compare.Finding, label string, files sourceIndex) string {
	var props []string
	if len(f.Claims) > 0 {
		loc := files.locate(f.Claims[0])
		if loc.path != "" {
			props = append(props, "file="+escapeProperty(loc.path))
		}
		if loc.line > 0 {
			props = append(props, fmt.Sprintf("line=%d", loc.line))
		}
		if loc.column > 0 {
			props = append(props, fmt.Sprintf("col=%d", loc.column))
		}
		if loc.endLine > 0 && loc.endLine != loc.line {
			props = append(props, fmt.Sprintf("endLine=%d", loc.endLine))
		} else if loc.endColumn > 0 {
			props = append(props, fmt.Sprintf("endColumn=%d", loc.endColumn))
		}
	}
	title := fmt.Sprintf("claimcheck %s %s: %s", f.Kind, f.Severity, label)
	props = append(props, "title="+escapeProperty(oneLine(title)))
	return "::" + githubLevel(f.Severity) + " " + strings.Join(props, ",") + "::" + escapeData(githubMessage(f, files))
}

// githubMessage is the reason, then what each side says and where, so the
// annotation stands on its own: "...; here "Sunday"; 002_beta.txt:5 says "Monday"".
func githubMessage(f compare.Finding, files sourceIndex) string {
	parts := []string{oneLine(nonBlank(f.Reason, "sources disagree"))}
	for i, c := range f.Claims {
		if i == 0 {
			parts = append(parts, "here "+quoteValue(c.Value, c.Normalized))
			continue
		}
		where := nonBlank(c.Source, "a source")
		if loc := files.locate(c); loc.line > 0 {
			where += fmt.Sprintf(":%d", loc.line)
		}
		parts = append(parts, oneLine(where)+" says "+quoteValue(c.Value, c.Normalized))
	}
	return strings.Join(parts, "; ")
}

func githubLevel(s compare.Severity) string {
	switch s {
	case compare.Conflict:
		return "error"
	case compare.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a command's message as @actions/core does, so that
// a newline or a '%' in article text cannot end or forge a command.
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// propertyEscaper additionally escapes the separators of key=value lists.
var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
