package compare

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
)

// complementStops end the "of" phrase of a counted noun.
var complementStops = map[string]bool{
	"and": true, "or": true, "but": true, "including": true, "from": true, "with": true,
	"in": true, "on": true, "at": true, "to": true, "by": true, "for": true, "since": true,
	"that": true, "which": true, "who": true, "as": true, "after": true, "before": true,
	"were": true, "was": true, "had": true, "have": true, "has": true, "is": true, "are": true,
}

// ofComplement is the phrase that says what a counted noun counts, "burn
// injuries" in "23 reports of burn injuries": reports of burns and reports
// of property damage are different counts, though both are reports. It is
// "" when the noun has no "of" phrase.
func ofComplement(m *claims.Mention, f claims.Figure) string {
	s := f.Sentence
	if s == nil {
		s = m.Sentence
	}
	if s == nil || f.Noun == "" {
		return ""
	}
	ws := s.WordsIn(docSource(m))
	i := sort.Search(len(ws), func(i int) bool { return ws[i].Start() >= f.End })
	// the counted noun, possibly after an adjective or two ("23 new reports of")
	for k := 0; k < 3 && i < len(ws) && !ws[i].Punct(); k++ {
		if strings.EqualFold(ws[i].Text(), "of") {
			break
		}
		i++
	}
	if i >= len(ws) || !strings.EqualFold(ws[i].Text(), "of") {
		return ""
	}
	var phrase []string
	for j := i + 1; j < len(ws) && len(phrase) < 3; j++ {
		w := strings.ToLower(ws[j].Text())
		if ws[j].Punct() || complementStops[w] {
			break
		}
		if w == "the" || w == "a" || w == "an" || w == "their" || w == "its" {
			continue
		}
		phrase = append(phrase, w)
	}
	return strings.Join(phrase, " ")
}

// docSource is the source of a mention's document, nil for a mention made
// without one (Sentence.WordsIn then reads the words the sentence holds).
func docSource(m *claims.Mention) *source.Source {
	if m == nil || m.Doc == nil {
		return nil
	}
	return m.Doc.Source
}
