package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

// DatesTable renders the temporal expressions of each source as a terminal
// table, one row per expression. The SOURCE cell also gives the date the
// relative expressions were anchored to, since a value such as 2019-11-24
// for "Sunday" only makes sense next to it; other readings of an ambiguous
// expression follow its value.
type DatesTable struct{}

var dateHeaders = []string{"SOURCE", "SPAN", "TEXT", "TYPE", "VALUE", "ANCHOR"}

// Columns of the dates table.
const (
	dateColSource = iota
	dateColSpan
	dateColText
	dateColType
	dateColValue
	dateColAnchor
)

// PrintDates writes a count line, the sources without dates, and the table.
func (DatesTable) PrintDates(w io.Writer, docs []DatedSource) error {
	ew := &errWriter{w: w}
	ew.printf("%s\n", datesSummary(docs))
	var silent []string
	for _, d := range docs {
		if d.Source != nil && len(d.Dates) == 0 {
			silent = append(silent, oneLine(d.Source.ID))
		}
	}
	if len(silent) > 0 {
		for _, l := range wrap("no dates in: "+strings.Join(silent, ", "), terminalWidth) {
			ew.printf("%s\n", l)
		}
	}
	if len(silent) == countSources(docs) {
		return ew.err
	}
	widths := fitWidths(dateColumns(docs), terminalWidth)
	table := newTable(ew, dateHeaders, widths)
	for _, d := range docs {
		if d.Source == nil {
			continue
		}
		for i, e := range d.Dates {
			row := dateRow(e, widths)
			if i == 0 {
				row[dateColSource] = sourceCell(d, widths[dateColSource])
			}
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

// datesSummary is "3 sources (1 undated), 42 dates".
func datesSummary(docs []DatedSource) string {
	sources, undated, dates := 0, 0, 0
	for _, d := range docs {
		if d.Source == nil {
			continue
		}
		sources++
		if !d.Source.HasPublished() {
			undated++
		}
		dates += len(d.Dates)
	}
	s := plural(sources, "source", "sources")
	if undated > 0 {
		s += " (" + strconv.Itoa(undated) + " undated)"
	}
	return s + ", " + plural(dates, "date", "dates")
}

func countSources(docs []DatedSource) int {
	n := 0
	for _, d := range docs {
		if d.Source != nil {
			n++
		}
	}
	return n
}

// dateColumns measures the columns. SPAN, TYPE and ANCHOR never wrap; the
// source, the text and the value may.
func dateColumns(docs []DatedSource) []column {
	cols := make([]column, len(dateHeaders))
	for i, h := range dateHeaders {
		cols[i] = column{header: h, natural: width(h)}
	}
	grow := func(c int, s string) {
		cols[c].natural = max(cols[c].natural, width(oneLine(s)))
	}
	for _, d := range docs {
		if d.Source == nil || len(d.Dates) == 0 {
			continue
		}
		grow(dateColSource, d.Source.ID)
		grow(dateColSource, publishedCell(d))
		for _, e := range d.Dates {
			grow(dateColSpan, spanCell(e))
			grow(dateColText, e.Text)
			grow(dateColType, e.Type)
			grow(dateColValue, valueWithReadings(e))
			grow(dateColAnchor, e.Anchor)
		}
	}
	for _, c := range []int{dateColSpan, dateColType, dateColAnchor} {
		cols[c].min = cols[c].natural
	}
	cols[dateColSource].min = min(cols[dateColSource].natural, 12)
	cols[dateColText].min = min(cols[dateColText].natural, 16)
	cols[dateColValue].min = min(cols[dateColValue].natural, 12)
	return cols
}

func dateRow(e temporal.Expr, widths []int) []string {
	return []string{
		dateColSource: "",
		dateColSpan:   spanCell(e),
		dateColText:   wrapCell(e.Text, widths[dateColText]),
		dateColType:   oneLine(e.Type),
		dateColValue:  wrapCell(valueWithReadings(e), widths[dateColValue]),
		dateColAnchor: oneLine(e.Anchor),
	}
}

// sourceCell is the source's id and, below it, its publication date.
func sourceCell(d DatedSource, w int) string {
	return wrapCell(d.Source.ID, w) + "\n" + wrapCell(publishedCell(d), w)
}

func publishedCell(d DatedSource) string {
	if day := publishedDay(d.Source); day != "" {
		return day
	}
	return "undated"
}

// spanCell is the byte span as "start-end".
func spanCell(e temporal.Expr) string {
	return strconv.Itoa(e.Start) + "-" + strconv.Itoa(e.End)
}

// valueWithReadings is the value followed by the other readings of an
// ambiguous expression: "2019-11-25 (or 2019-11-18)".
func valueWithReadings(e temporal.Expr) string {
	var alt []string
	for _, r := range e.Readings {
		if r != "" && r != e.Value {
			alt = append(alt, r)
		}
	}
	if len(alt) == 0 {
		return e.Value
	}
	return e.Value + " (or " + strings.Join(alt, ", ") + ")"
}
