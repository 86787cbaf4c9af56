package report

import (
	"io"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// DatedSource is one source and the temporal expressions found in its
// body, for `claimcheck dates`. Expression spans are byte offsets into
// Source.Text, the whole file as read.
type DatedSource struct {
	Source *source.Source
	Dates  []temporal.Expr
}

// DatesPrinter renders the temporal expressions of each source.
type DatesPrinter interface {
	PrintDates(w io.Writer, docs []DatedSource) error
}

// FormatTimeML names the TimeML output, which only `claimcheck dates` has.
const FormatTimeML = "timeml"

// DatesFormats lists the formats NewDates accepts.
func DatesFormats() []string { return []string{FormatTable, FormatJSON, FormatTimeML} }

// NewDates returns the DatesPrinter for a format name.
func NewDates(format string) (DatesPrinter, error) {
	switch format {
	case FormatTable:
		return DatesTable{}, nil
	case FormatJSON:
		return DatesJSON{}, nil
	case FormatTimeML:
		return DatesTimeML{}, nil
	}
	return nil, unknownFormat(format, DatesFormats())
}

// publishedDay is the source's publication date as YYYY-MM-DD, or "" when
// the source is undated.
func publishedDay(s *source.Source) string {
	if s == nil || !s.HasPublished() {
		return ""
	}
	return s.Published.UTC().Format("2006-01-02")
}
