package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// ClaimsTable renders the claims each source yielded as a terminal table:
// one row per claim, and under it the claim's sentence, truncated to what
// fits, spanning from EVENT to HEDGE. (Eight columns side by side leave a
// sentence a dozen columns of a 100-column terminal; below, it gets sixty.)
// NORMALIZED shows "=" when it is the value as written. Color paints
// hedges yellow: a hedged claim ("reportedly") is weaker.
type ClaimsTable struct{ Color bool }

var claimHeaders = []string{"SOURCE", "LINE", "EVENT", "KIND", "VALUE", "NORMALIZED", "HEDGE"}

// Columns of the claims table; the sentence row spans textFrom..end.
const (
	claimColSource = iota
	claimColLine
	claimColEvent
	claimColKind
	claimColValue
	claimColNormalized
	claimColHedge
	textFrom = claimColEvent
)

// PrintClaims writes a count line, the sources that yielded nothing, and
// the table.
func (t ClaimsTable) PrintClaims(w io.Writer, sources []*source.Source, cs []claims.Claim) error {
	groups := groupClaims(sources, cs)
	ew := &errWriter{w: w}
	ew.printf("%s, %s\n", plural(len(groups), "source", "sources"), plural(len(cs), "claim", "claims"))
	var silent []string
	for _, g := range groups {
		if len(g.claims) == 0 {
			silent = append(silent, oneLine(g.source.ID))
		}
	}
	if len(silent) > 0 {
		for _, l := range wrap("no claims from: "+strings.Join(silent, ", "), terminalWidth) {
			ew.printf("%s\n", l)
		}
	}
	if len(cs) == 0 {
		return ew.err
	}
	widths := fitWidths(claimColumns(groups), terminalWidth)
	table := newTable(ew, claimHeaders, widths, tablewriter.WithRowMergeMode(tw.MergeHorizontal))
	table.Configure(func(cfg *tablewriter.Config) {
		merge := tw.NewMapper[int, bool]()
		for c := textFrom; c < len(claimHeaders); c++ {
			merge.Set(c, true)
		}
		cfg.Row.Merging.ByColumnIndex = merge
	})
	for _, g := range groups {
		for i, c := range g.claims {
			row := t.claimRow(c, widths)
			if i > 0 {
				row[claimColSource] = ""
			}
			if err := table.Append(row); err != nil {
				return err
			}
			if err := table.Append(sentenceRow(c.Text, widths)); err != nil {
				return err
			}
		}
	}
	if err := table.Render(); err != nil {
		return err
	}
	return ew.err
}

// claimColumns measures the columns; ids and values wrap when squeezed.
func claimColumns(groups []claimGroup) []column {
	cols := make([]column, len(claimHeaders))
	for i, h := range claimHeaders {
		cols[i] = column{header: h, natural: width(h)}
	}
	grow := func(c int, s string) {
		cols[c].natural = max(cols[c].natural, width(oneLine(s)))
	}
	for _, g := range groups {
		for _, c := range g.claims {
			grow(claimColSource, c.Source)
			grow(claimColLine, strconv.Itoa(c.Line))
			grow(claimColEvent, c.Event)
			grow(claimColKind, c.Kind)
			grow(claimColValue, c.Value)
			grow(claimColNormalized, c.Normalized)
			grow(claimColHedge, c.Hedge)
		}
	}
	for _, c := range []int{claimColLine, claimColKind} {
		cols[c].min = cols[c].natural
	}
	cols[claimColEvent].min = min(cols[claimColEvent].natural, 10)
	cols[claimColHedge].min = min(cols[claimColHedge].natural, 10)
	cols[claimColSource].min = min(cols[claimColSource].natural, 12)
	cols[claimColValue].min = min(cols[claimColValue].natural, 12)
	cols[claimColNormalized].min = min(cols[claimColNormalized].natural, 12)
	return cols
}

func (t ClaimsTable) claimRow(c claims.Claim, widths []int) []string {
	line := ""
	if c.Line > 0 {
		line = strconv.Itoa(c.Line)
	}
	return []string{
		claimColSource:     wrapCell(c.Source, widths[claimColSource]),
		claimColLine:       line,
		claimColEvent:      wrapCell(c.Event, widths[claimColEvent]),
		claimColKind:       wrapCell(c.Kind, widths[claimColKind]),
		claimColValue:      wrapCell(c.Value, widths[claimColValue]),
		claimColNormalized: wrapCell(normalizedCell(c), widths[claimColNormalized]),
		claimColHedge:      paint(wrapCell(c.Hedge, widths[claimColHedge]), ansiYellow, t.Color),
	}
}

// normalizedCell shows "=" when normalizing left the value as written.
// Besides being shorter, it keeps the two cells from being equal, which
// the table would merge into one.
func normalizedCell(c claims.Claim) string {
	if c.Normalized != "" && c.Normalized == c.Value {
		return "="
	}
	return c.Normalized
}

// sentenceRow puts the claim's sentence, on one line and truncated, in
// every merged column, which the table then draws as one cell.
func sentenceRow(text string, widths []int) []string {
	span := tableOverhead(len(widths)-textFrom) - 4
	for _, wd := range widths[textFrom:] {
		span += wd
	}
	cell := truncate(oneLine(text), span)
	row := make([]string, len(widths))
	for c := textFrom; c < len(row); c++ {
		row[c] = cell
	}
	return row
}
