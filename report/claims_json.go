package report

import (
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
)

// ClaimsJSON renders the claims each source yielded as JSON:
// {"version": 1, "sources": [{"id", "path", "headline", "published",
// "published_from", "claims": [...]}]}, sources in the order given and
// each source's claims in the order given.
type ClaimsJSON struct{}

type jsonClaimsReport struct {
	Version int                `json:"version"`
	Sources []jsonClaimsSource `json:"sources"`
}

type jsonClaimsSource struct {
	jsonSource
	Claims []jsonClaim `json:"claims"`
}

type jsonClaim struct {
	Kind       string  `json:"kind"`
	Event      string  `json:"event"`
	Trigger    string  `json:"trigger"`
	Text       string  `json:"text"`
	Value      string  `json:"value"`
	Normalized string  `json:"normalized"`
	Span       [2]int  `json:"span"`
	Line       int     `json:"line"`
	Hedge      *string `json:"hedge"`
}

// PrintClaims writes the claims grouped by source.
func (ClaimsJSON) PrintClaims(w io.Writer, sources []*source.Source, cs []claims.Claim) error {
	rep := jsonClaimsReport{Version: jsonVersion, Sources: []jsonClaimsSource{}}
	for _, g := range groupClaims(sources, cs) {
		js := jsonClaimsSource{jsonSource: sourceJSON(g.source), Claims: make([]jsonClaim, 0, len(g.claims))}
		for _, c := range g.claims {
			js.Claims = append(js.Claims, jsonClaim{
				Kind: c.Kind, Event: c.Event, Trigger: c.Trigger, Text: c.Text,
				Value: c.Value, Normalized: c.Normalized, Span: c.Span, Line: c.Line,
				Hedge: nullIfEmpty(c.Hedge),
			})
		}
		rep.Sources = append(rep.Sources, js)
	}
	return writeJSON(w, rep)
}

// claimGroup is one source and the claims it yielded.
type claimGroup struct {
	source *source.Source
	claims []claims.Claim
}

// groupClaims groups claims by source, in the order of sources. A claim
// naming a source that is not in the list still gets a group (after the
// listed ones, in order of first appearance): losing it silently would be
// worse than showing a source without metadata.
func groupClaims(sources []*source.Source, cs []claims.Claim) []claimGroup {
	var groups []claimGroup
	index := make(map[string]int)
	add := func(s *source.Source) int {
		if k, ok := index[s.ID]; ok {
			return k
		}
		index[s.ID] = len(groups)
		groups = append(groups, claimGroup{source: s})
		return len(groups) - 1
	}
	for _, s := range sources {
		if s != nil {
			add(s)
		}
	}
	for _, c := range cs {
		k, ok := index[c.Source]
		if !ok {
			k = add(&source.Source{ID: c.Source, PublishedFrom: source.PublishedFromNone})
		}
		groups[k].claims = append(groups[k].claims, c)
	}
	return groups
}
