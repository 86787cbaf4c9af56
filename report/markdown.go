package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Markdown renders a Result for a pull-request comment or a CI step
// summary: the summary line, a table of findings, and per finding a
// collapsed block with the evidence sentences. Article text is escaped so
// that it can neither break the table nor inject HTML or links.
type Markdown struct{}

// Print writes the Markdown document.
func (Markdown) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	ew := &errWriter{w: w}
	ew.printf("### claimcheck\n\n%s\n", mdText(summaryLine(r.Summary)))
	if u := undatedLine(r.Sources); u != "" {
		ew.printf("\n_%s_\n", mdText(u))
	}
	if len(r.Findings) == 0 {
		ew.printf("\nNo disagreements found.\n")
		return ew.err
	}
	labels := eventLabels(r.Events)
	ew.printf("\n| Severity | Kind | Event | Sources | Values | Reason |\n")
	ew.printf("|---|---|---|---|---|---|\n")
	for _, f := range r.Findings {
		ew.printf("| %s | %s | %s | %s | %s | %s |\n",
			mdCell(f.Severity.String()), mdCell(f.Kind), mdCell(eventLabel(labels, f.Event)),
			mdCell(strings.Join(claimSources(f), ", ")), mdCell(strings.Join(claimValues(f), " / ")),
			mdCell(f.Reason))
	}
	for _, f := range r.Findings {
		writeMarkdownDetails(ew, f, eventLabel(labels, f.Event))
	}
	return ew.err
}

// writeMarkdownDetails writes one finding's evidence, folded away.
func writeMarkdownDetails(ew *errWriter, f compare.Finding, label string) {
	ew.printf("\n<details>\n<summary>%s %s %s: %s</summary>\n\n",
		mdText(f.ID), mdText(f.Severity.String()), mdText(f.Kind), mdText(label))
	for _, c := range f.Claims {
		where := mdText(nonBlank(c.Source, "a source"))
		if c.Line > 0 {
			where += fmt.Sprintf(", line %d", c.Line)
		}
		hedge := ""
		if c.Hedge != "" {
			hedge = fmt.Sprintf(" (hedged: %s)", mdText(c.Hedge))
		}
		ew.printf("- **%s**: %s%s\n  > %s\n", where, mdText(valueCell(c.Value, c.Normalized)), hedge, mdText(c.Text))
	}
	ew.printf("\n</details>\n")
}

// claimSources lists a finding's sources once each, in claim order.
func claimSources(f compare.Finding) []string {
	var ids []string
	seen := map[string]bool{}
	for _, c := range f.Claims {
		if !seen[c.Source] {
			seen[c.Source] = true
			ids = append(ids, c.Source)
		}
	}
	return ids
}

// claimValues lists each claim's value as written (normalized when blank).
func claimValues(f compare.Finding) []string {
	vals := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		vals = append(vals, nonBlank(c.Value, c.Normalized))
	}
	return vals
}

// mdEscaper neutralises what Markdown or HTML would act on: emphasis, code,
// links, headings, tables and tags.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"#", `\#`, "|", `\|`, "~", `\~`, "!", `\!`,
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
)

// mdText makes outside text one safe Markdown line.
func mdText(s string) string { return mdEscaper.Replace(oneLine(s)) }

// mdCell is mdText for a table cell; an empty cell stays visibly empty.
func mdCell(s string) string {
	if t := mdText(s); t != "" {
		return t
	}
	return " "
}
