package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// SARIF renders a Result as a SARIF 2.1.0 log for code-scanning services:
// one rule per finding kind, one result per finding located at its first
// claim, the other claims as related locations, and a fingerprint that
// survives edits elsewhere in the articles so reruns update alerts instead
// of duplicating them.
type SARIF struct{}

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	// sarifColumnKind is SARIF's default; stating it spares consumers the guess.
	sarifColumnKind = "utf16CodeUnits"
	// fingerprintKey versions the fingerprint recipe: change the key, not
	// the recipe under it, or every alert reopens.
	fingerprintKey = "claimcheck/v1"
)

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name  string      `json:"name"`
	Rules []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	Name             string       `json:"name"`
	ShortDescription sarifMessage `json:"shortDescription"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
	ContextRegion    *sarifRegion          `json:"contextRegion,omitempty"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

// sarifRegion is a text region; zero fields are omitted because SARIF
// requires line and column numbers, when present, to be at least 1.
type sarifRegion struct {
	StartLine   int           `json:"startLine,omitempty"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

type sarifProperties struct {
	FindingID  string  `json:"findingId"`
	Event      string  `json:"event"`
	EventLabel string  `json:"eventLabel"`
	Severity   string  `json:"severity"`
	Confidence float64 `json:"confidence"`
}

// ruleDescriptions names what each kind of finding is about, in the order
// the rules are listed; unknown kinds get a generic rule after them.
var ruleDescriptions = []struct{ kind, text string }{
	{compare.KindDate, "Sources give different dates or times for the same event."},
	{compare.KindLocation, "Sources place the same event in different places."},
	{compare.KindParticipants, "Sources name different participants in the same event."},
	{compare.KindAttribution, "Sources attribute the same act or possession to different parties."},
	{compare.KindCount, "Sources give different counts of people killed, hurt, arrested or otherwise affected."},
	{compare.KindQuantity, "Sources give different figures for the same quantity."},
	{compare.KindDuplicate, "Sources repeat the same text, so they may not be independent."},
	{compare.KindOther, "Sources disagree about the same event."},
}

// Print writes the SARIF log, indented by two spaces, with a final
// newline. It is streamed (jsonStream): one result is encoded at a time,
// so the whole log is never in memory.
func (SARIF) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	rules, ruleIndex := sarifRules(r.Findings)
	labels := eventLabels(r.Events)
	files := newSourceIndex(r.Sources)
	s := newJSONStream(w)
	root := s.object(0)
	root.field("$schema", sarifSchema)
	root.field("version", sarifVersion)
	root.key("runs")
	runs := s.list(1)
	runs.next()
	run := s.object(2)
	run.field("tool", sarifTool{Driver: sarifDriver{Name: "claimcheck", Rules: rules}})
	run.field("columnKind", sarifColumnKind)
	run.key("results")
	results := s.list(3)
	results.addEach(len(r.Findings), func(i int) any {
		f := r.Findings[i]
		return sarifResultOf(f, ruleIndex[f.Kind], eventLabel(labels, f.Event), files)
	})
	results.end()
	run.end()
	runs.end()
	root.end()
	return s.close()
}

// sarifRules lists every known kind (so rule indexes do not shift between
// runs) and then any other kind the findings use, in order of appearance.
func sarifRules(findings []compare.Finding) ([]sarifRule, map[string]int) {
	rules := make([]sarifRule, 0, len(ruleDescriptions))
	index := make(map[string]int, len(ruleDescriptions))
	add := func(kind, text string) {
		index[kind] = len(rules)
		rules = append(rules, sarifRule{ID: ruleID(kind), Name: kind, ShortDescription: sarifMessage{text}})
	}
	for _, d := range ruleDescriptions {
		add(d.kind, d.text)
	}
	for _, f := range findings {
		if _, ok := index[f.Kind]; !ok {
			add(f.Kind, "Sources disagree about the same event ("+oneLine(f.Kind)+").")
		}
	}
	return rules, index
}

// ruleID is the stable rule name of a finding kind: "claimcheck/date".
func ruleID(kind string) string {
	if kind == "" {
		kind = compare.KindOther
	}
	return "claimcheck/" + oneLine(kind)
}

func sarifResultOf(f compare.Finding, rule int, label string, files sourceIndex) sarifResult {
	res := sarifResult{
		RuleID:              ruleID(f.Kind),
		RuleIndex:           rule,
		Level:               sarifLevel(f.Severity),
		Message:             sarifMessage{nonBlank(f.Reason, "sources disagree")},
		Locations:           []sarifLocation{},
		PartialFingerprints: map[string]string{fingerprintKey: Fingerprint(f, label)},
		Properties: sarifProperties{
			FindingID: f.ID, Event: f.Event, EventLabel: label,
			Severity: f.Severity.String(), Confidence: jsonConfidence(f.Confidence),
		},
	}
	for i, c := range f.Claims {
		loc := sarifLocation{PhysicalLocation: sarifPhysical(files.locate(c), c)}
		if i == 0 {
			res.Locations = append(res.Locations, loc)
			continue
		}
		id := i
		loc.ID = &id
		loc.Message = &sarifMessage{claimSays(c)}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	return res
}

func sarifPhysical(loc claimLocation, c compare.Evidence) sarifPhysicalLocation {
	pl := sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: fileURI(loc.path)}}
	if loc.line > 0 {
		pl.Region = &sarifRegion{
			StartLine: loc.line, StartColumn: loc.column,
			EndLine: loc.endLine, EndColumn: loc.endColumn,
			Snippet: &sarifMessage{c.Value},
		}
		if c.Text != "" {
			// The sentence is the context a reviewer needs; SARIF wants the
			// region's own snippet to be the flagged text itself.
			pl.ContextRegion = &sarifRegion{StartLine: loc.sentenceLine, Snippet: &sarifMessage{c.Text}}
		}
	}
	return pl
}

func sarifLevel(s compare.Severity) string {
	switch s {
	case compare.Conflict:
		return "error"
	case compare.Warning:
		return "warning"
	}
	return "note"
}

// claimSays is how one side is named in messages: `002_beta.txt says "Monday"`.
func claimSays(c compare.Evidence) string {
	return nonBlank(c.Source, "a source") + " says " + quoteValue(c.Value, c.Normalized)
}

// quoteValue quotes a value as written, or its normalized form when the
// writing is missing.
func quoteValue(value, normalized string) string {
	if v := oneLine(value); v != "" {
		return `"` + v + `"`
	}
	return `"` + oneLine(normalized) + `"`
}

func nonBlank(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

// fileURI turns a path as given into a relative URI reference: forward
// slashes, and percent-escapes for what a URI cannot hold (spaces, '#').
func fileURI(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	return u.EscapedPath()
}

// Fingerprint is compare.Fingerprint, kept here for callers of the
// report package; the recipe lives in compare so that a baseline and SARIF
// name a finding alike.
func Fingerprint(f compare.Finding, eventLabel string) string {
	return compare.Fingerprint(f, eventLabel)
}

// claimLocation is where a claim sits in its file, in SARIF's terms: lines
// and columns from 1, columns in UTF-16 code units, end column exclusive.
// A zero line means the place is unknown.
type claimLocation struct {
	path               string
	line, column       int
	endLine, endColumn int
	sentenceLine       int
}

// sourceIndex finds a claim's source (by ID) for its path.
type sourceIndex map[string]*source.Source

func newSourceIndex(sources []*source.Source) sourceIndex {
	idx := make(sourceIndex, len(sources))
	for _, s := range sources {
		if s != nil {
			idx[s.ID] = s
		}
	}
	return idx
}

// locate is a claim's place: the path of its source's file and the lines
// and columns the comparer worked out from the text (compare.Evidence.Place),
// so that no printer needs the text itself. A claim without columns (its
// span did not fit the text) has the line the comparer recorded alone.
func (idx sourceIndex) locate(c compare.Evidence) claimLocation {
	loc := claimLocation{path: c.Source}
	if s := idx[c.Source]; s != nil && s.Path != "" {
		loc.path = s.Path
	}
	if c.Column <= 0 || c.Line <= 0 {
		if c.Line > 0 {
			loc.line, loc.sentenceLine = c.Line, c.Line
		}
		return loc
	}
	loc.line, loc.column = c.Line, c.Column
	loc.endLine, loc.endColumn = c.EndLine, c.EndColumn
	loc.sentenceLine = c.SentenceLine
	if loc.sentenceLine <= 0 || loc.sentenceLine > loc.line {
		loc.sentenceLine = loc.line
	}
	return loc
}
