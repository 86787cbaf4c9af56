package report

import (
	"io"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// Table renders findings as a terminal table: one row per claim, grouped by
// finding, with the finding's reason spanning the last three columns below
// its claims. Color paints severities (conflict red, warning yellow, info
// dim); without it the output holds no escape codes.
type Table struct{ Color bool }

var findingHeaders = []string{"ID", "SEVERITY", "KIND", "EVENT", "SOURCE", "VALUE"}

// Columns of the findings table; the reason row spans reasonFrom..end.
const (
	colID = iota
	colSeverity
	colKind
	colEvent
	colSource
	colValue
	reasonFrom = colEvent
)

// Print writes the summary, the undated sources and the findings table.
func (t Table) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	ew := &errWriter{w: w}
	ew.printf("%s\n", summaryLine(r.Summary))
	if line := undatedLine(r.Sources); line != "" {
		for _, l := range wrap(line, terminalWidth) {
			ew.printf("%s\n", l)
		}
	}
	if len(r.Findings) == 0 {
		ew.printf("No disagreements found.\n")
		return ew.err
	}
	widths := fitWidths(findingColumns(r), terminalWidth)
	table := newTable(ew, findingHeaders, widths, tablewriter.WithRowMergeMode(tw.MergeHorizontal))
	table.Configure(func(cfg *tablewriter.Config) {
		// Only the reason row's cells are meant to merge.
		cfg.Row.Merging.ByColumnIndex = tw.NewMapper[int, bool]().
			Set(colEvent, true).Set(colSource, true).Set(colValue, true)
	})
	labels := eventLabels(r.Events)
	for _, f := range r.Findings {
		for _, row := range t.findingRows(f, labels, widths) {
			if err := table.Append(row); err != nil {
				return err
			}
		}
	}
	if err := table.Render(); err != nil {
		return err
	}
	return ew.err
}

// findingColumns measures the natural width of each column over all
// findings. Long labels, ids and values may be squeezed to their minimum
// and wrapped; ID, SEVERITY and KIND never wrap.
func findingColumns(r *compare.Result) []column {
	cols := make([]column, len(findingHeaders))
	for i, h := range findingHeaders {
		cols[i] = column{header: h, natural: width(h)}
	}
	cols[colEvent].min, cols[colSource].min, cols[colValue].min = 12, 12, 12
	labels := eventLabels(r.Events)
	grow := func(c int, s string) {
		cols[c].natural = max(cols[c].natural, width(oneLine(s)))
	}
	for _, f := range r.Findings {
		grow(colID, f.ID)
		grow(colSeverity, f.Severity.String())
		grow(colKind, f.Kind)
		grow(colEvent, eventLabel(labels, f.Event))
		for _, c := range f.Claims {
			grow(colSource, c.Source)
			grow(colValue, hedgedValueCell(c))
		}
	}
	for _, c := range []int{colID, colSeverity, colKind} {
		cols[c].min = cols[c].natural
	}
	return cols
}

// findingRows is one row per claim (the finding's own cells only on the
// first) and a last row whose reason spans EVENT to VALUE.
func (t Table) findingRows(f compare.Finding, labels map[string]string, widths []int) [][]string {
	first := []string{
		oneLine(f.ID),
		paint(f.Severity.String(), severityColor(f.Severity), t.Color),
		oneLine(f.Kind),
		wrapCell(eventLabel(labels, f.Event), widths[colEvent]),
		"", "",
	}
	rows := [][]string{first}
	for i, c := range f.Claims {
		row := first
		if i > 0 {
			row = make([]string, len(findingHeaders))
		}
		row[colSource] = wrapCell(c.Source, widths[colSource])
		row[colValue] = wrapCell(hedgedValueCell(c), widths[colValue])
		if i > 0 {
			rows = append(rows, row)
		}
	}
	if reason := oneLine(f.Reason); reason != "" {
		span := tableOverhead(len(widths)-reasonFrom) - 4
		for _, wd := range widths[reasonFrom:] {
			span += wd
		}
		cell := wrapCell(reason, span)
		row := make([]string, len(findingHeaders))
		for c := reasonFrom; c < len(row); c++ {
			row[c] = cell
		}
		rows = append(rows, row)
	}
	return rows
}

// hedgedValueCell is the value cell with the claim's hedge, if any, since
// "reportedly Tuesday" is weaker evidence than "Tuesday".
func hedgedValueCell(c compare.Evidence) string {
	cell := valueCell(c.Value, c.Normalized)
	if hedge := oneLine(c.Hedge); hedge != "" {
		cell += " (" + hedge + ")"
	}
	return cell
}
