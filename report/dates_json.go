package report

import (
	"io"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

// DatesJSON renders the temporal expressions of each source as JSON, the
// shape TempEval scorers and CI jobs read: keys in a fixed order, lists
// never null, an undated source's "published" null.
type DatesJSON struct{}

type jsonDates struct {
	Version int               `json:"version"`
	Sources []jsonDatedSource `json:"sources"`
}

type jsonDatedSource struct {
	ID        string     `json:"id"`
	Published *string    `json:"published"`
	Dates     []jsonDate `json:"dates"`
}

type jsonDate struct {
	Span     [2]int   `json:"span"`
	Text     string   `json:"text"`
	Type     string   `json:"type"`
	Value    string   `json:"value"`
	Anchor   string   `json:"anchor"`
	Readings []string `json:"readings"`
}

// PrintDates writes one document for all sources, indented by two spaces.
func (DatesJSON) PrintDates(w io.Writer, docs []DatedSource) error {
	out := jsonDates{Version: jsonVersion, Sources: make([]jsonDatedSource, 0, len(docs))}
	for _, d := range docs {
		if d.Source == nil {
			continue
		}
		js := jsonDatedSource{
			ID:        d.Source.ID,
			Published: nullIfEmpty(publishedDay(d.Source)),
			Dates:     make([]jsonDate, 0, len(d.Dates)),
		}
		for _, e := range d.Dates {
			js.Dates = append(js.Dates, dateJSON(e))
		}
		out.Sources = append(out.Sources, js)
	}
	return writeJSON(w, out)
}

func dateJSON(e temporal.Expr) jsonDate {
	return jsonDate{
		Span:     [2]int{e.Start, e.End},
		Text:     e.Text,
		Type:     e.Type,
		Value:    e.Value,
		Anchor:   e.Anchor,
		Readings: nonNil(e.Readings),
	}
}
