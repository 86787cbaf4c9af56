package compare

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// duplicateOverlap is the share of sentences two sources must have in
// common to be copies of one article.
const duplicateOverlap = 0.8

// dropDuplicates keeps the first of each set of copies of one article and
// reports the others once, as info: a copy agrees with itself, so it is not
// compared.
func dropDuplicates(docs []*claims.Doc) ([]*claims.Doc, []Finding) {
	sets := make([]map[string]bool, len(docs))
	for i, d := range docs {
		sets[i] = sentenceSet(d)
	}
	var kept []*claims.Doc
	var findings []Finding
	var keptIdx []int
next:
	for i, d := range docs {
		for _, k := range keptIdx {
			if overlap(sets[i], sets[k]) >= duplicateOverlap {
				findings = append(findings, Finding{Kind: KindDuplicate, Severity: Info, Confidence: 1,
					Reason: fmt.Sprintf("%s is a copy of %s; it is not compared", d.Source.ID, docs[k].Source.ID),
					Claims: []Evidence{
						{Source: docs[k].Source.ID, Text: docs[k].Source.Headline, Value: docs[k].Source.ID, Line: 1},
						{Source: d.Source.ID, Text: d.Source.Headline, Value: d.Source.ID, Line: 1},
					}})
				continue next
			}
		}
		kept = append(kept, d)
		keptIdx = append(keptIdx, i)
	}
	return kept, findings
}

func sentenceSet(d *claims.Doc) map[string]bool {
	set := map[string]bool{}
	for _, s := range d.Sentences {
		if !s.Duplicate {
			set[strings.Join(strings.Fields(s.Text(d.Source)), " ")] = true
		}
	}
	return set
}

// overlap is the share of the smaller set found in the larger.
func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 3 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
