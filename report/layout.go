package report

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// terminalWidth is the width tables are laid out for. Output must read well
// in a 100-column terminal and be the same on every machine (golden files,
// CI logs), so it is fixed rather than measured.
const terminalWidth = 100

// cellPadding is the space tablewriter puts on each side of a cell.
const cellPadding = 1

// column describes one table column for fitWidths.
type column struct {
	header string
	// natural is the widest content (header included), in columns.
	natural int
	// min is the narrowest the column may be squeezed to.
	min int
}

// tableOverhead is what borders and padding take from a row of n columns:
// "│ a │ b │" is 3 per column plus the closing border.
func tableOverhead(n int) int { return 3*n + 1 }

// fitWidths gives each column its natural width and, while the table is
// wider than total, takes one column from the widest column that can still
// shrink. Squeezing the widest first keeps every column legible instead of
// starving the last one.
func fitWidths(cols []column, total int) []int {
	widths := make([]int, len(cols))
	sum := 0
	for i, c := range cols {
		widths[i] = max(c.natural, c.min, width(c.header), 1)
		sum += widths[i]
	}
	budget := total - tableOverhead(len(cols))
	for sum > budget {
		widest := -1
		for i, c := range cols {
			if widths[i] > max(c.min, width(c.header), 1) && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
		sum--
	}
	return widths
}

// newTable returns a tablewriter table with fixed column widths (content
// widths; padding is added here), left-aligned rows and no wrapping of its
// own: cells arrive already wrapped or truncated, so layout never depends on
// the library's heuristics. East Asian ambiguous widths are forced narrow so
// that output does not change with the locale.
func newTable(w io.Writer, headers []string, widths []int, opts ...tablewriter.Option) *tablewriter.Table {
	perColumn := tw.NewMapper[int, int]()
	for i, wd := range widths {
		perColumn.Set(i, wd+2*cellPadding)
	}
	base := []tablewriter.Option{
		tablewriter.WithHeader(headers),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithColumnWidths(perColumn),
	}
	return tablewriter.NewTable(w, append(base, opts...)...)
}
