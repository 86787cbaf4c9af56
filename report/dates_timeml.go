package report

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// DatesTimeML renders each source as a TimeML document, the way TempEval
// tools read them: the creation time in <DCT> (omitted when the source is
// undated, since there is no value to give it), then the body with inline
// <TIMEX3> tags. Several sources are written one document after another.
type DatesTimeML struct{}

// PrintDates writes one TimeML document per source.
func (DatesTimeML) PrintDates(w io.Writer, docs []DatedSource) error {
	ew := &errWriter{w: w}
	for _, d := range docs {
		if d.Source == nil {
			continue
		}
		writeTimeML(ew, d)
	}
	return ew.err
}

func writeTimeML(ew *errWriter, d DatedSource) {
	src := d.Source
	ew.printf("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
	escapeXML(ew, src.ID)
	ew.printf("</DOCID>\n")
	if day := publishedDay(src); day != "" {
		ew.printf(`<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>`+"\n", day, day)
	}
	ew.printf("<TEXT>")
	start, end := bodyRange(src)
	at, tid := start, 0
	for _, e := range d.Dates {
		if !taggable(src.Text, e, at, end) {
			continue
		}
		tid++
		escapeXML(ew, src.Text[at:e.Start])
		ew.printf(`<TIMEX3 tid="t%d" type="`, tid)
		escapeXML(ew, e.Type)
		ew.printf(`" value="`)
		escapeXML(ew, e.Value)
		ew.printf(`">`)
		escapeXML(ew, src.Text[e.Start:e.End])
		ew.printf("</TIMEX3>")
		at = e.End
	}
	escapeXML(ew, src.Text[at:end])
	ew.printf("</TEXT>\n</TimeML>\n")
}

// bodyRange is the source's body clamped to its text; a zero Body (a
// Source built by hand) means the whole text.
func bodyRange(src *source.Source) (int, int) {
	start, end := src.Body.Start, src.Body.End
	if end == 0 && start == 0 {
		end = len(src.Text)
	}
	end = min(max(end, 0), len(src.Text))
	start = min(max(start, 0), end)
	return start, end
}

// taggable reports whether e can be tagged in text[at:end]: it lies there,
// after the previous tag (tags cannot overlap in XML), is not empty, and
// cuts no character in two.
func taggable(text string, e temporal.Expr, at, end int) bool {
	if e.Start < at || e.End > end || e.End <= e.Start {
		return false
	}
	return utf8.RuneStart(text[e.Start]) && (e.End == len(text) || utf8.RuneStart(text[e.End]))
}

// escapeXML writes s as XML character data. xml.EscapeText would also turn
// every newline into "&#xA;", leaving the body on one unreadable line;
// parsers read a literal newline the same, so lines are escaped one at a
// time and joined with literal newlines.
func escapeXML(ew *errWriter, s string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		_ = xml.EscapeText(ew, []byte(s[:i]))
		ew.printf("\n")
		s = s[i+1:]
	}
	_ = xml.EscapeText(ew, []byte(s))
}
