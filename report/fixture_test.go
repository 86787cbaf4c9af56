package report

import (
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// The hand-built batch the golden files are made from: three reports of an
// earthquake, one of them undated, with unicode text, a finding with three
// claims, a hedged claim, a span that is off (found again by search) and a
// value that its sentence does not contain verbatim.

var (
	srcAlpha = &source.Source{
		ID: "001_alpha.txt", Path: "batch/001_alpha.txt",
		Headline:  "Quake shakes Zürich — dozens hurt",
		Published: time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), PublishedFrom: source.PublishedFromDateline,
	}
	srcBeta = &source.Source{
		ID: "002_beta.txt", Path: "batch/002_beta.txt",
		Headline:  "Erdbeben: 12 Tote nach Beben der Stärke 5,8",
		Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), PublishedFrom: source.PublishedFromFrontMatter,
	}
	srcGamma = &source.Source{
		ID: "003_gamma_with_a_rather_long_file_name.txt", Path: "batch/003_gamma_with_a_rather_long_file_name.txt",
		Headline: "Strong earthquake hits Switzerland", PublishedFrom: source.PublishedFromNone,
	}
)

// evidence builds an Evidence whose Span and SentenceStart agree, as the
// comparer makes them: the sentence starts at sentenceStart in the file.
func evidence(src, text, value, normalized string, sentenceStart, line int, hedge string) compare.Evidence {
	off := strings.Index(text, value)
	span := [2]int{0, 0}
	if off >= 0 {
		span = [2]int{sentenceStart + off, sentenceStart + off + len(value)}
	}
	return compare.Evidence{
		Source: src, Text: text, Value: value, Normalized: normalized,
		Span: span, SentenceStart: sentenceStart, Line: line, Hedge: hedge,
	}
}

func sampleResult() *compare.Result {
	offSpan := evidence("003_gamma_with_a_rather_long_file_name.txt",
		"The tremor, which reportedly struck on Tuesday morning, was felt as far as 東京-based sensors recorded.",
		"tuesday", "weekday:Tuesday", 900, 14, "reportedly")
	offSpan.Span = [2]int{3, 10} // wrong offsets: the renderer must search instead
	return &compare.Result{
		Sources: []*source.Source{srcAlpha, srcBeta, srcGamma},
		Events: []compare.Event{
			{ID: "e1", Label: "strike: earthquake, Zürich", Sources: []string{"001_alpha.txt", "002_beta.txt", "003_gamma_with_a_rather_long_file_name.txt"}},
			{ID: "e2", Label: "kill: earthquake", Sources: []string{"001_alpha.txt", "002_beta.txt"}},
			{ID: "e3", Label: "hurt: earthquake, residents of the old town and the surrounding villages", Sources: nil},
		},
		Findings: []compare.Finding{
			{
				ID: "f1", Event: "e1", Kind: compare.KindDate, Severity: compare.Conflict, Confidence: 0.9,
				Reason: "the sources put the earthquake on different days: 2024-03-10 against 2024-03-11",
				Claims: []compare.Evidence{
					evidence("001_alpha.txt", "The earthquake struck Zürich on Sunday evening, officials said.", "Sunday", "2024-03-10", 120, 3, ""),
					evidence("002_beta.txt", "The earthquake struck Zürich on Monday evening, the “SED” said.", "Monday", "2024-03-11", 340, 5, ""),
					offSpan,
				},
			},
			{
				ID: "f2", Event: "e2", Kind: compare.KindCount, Severity: compare.Warning, Confidence: 0.6666666666666666,
				Reason: "killed: 12 against 9; the lower figure may be older",
				Claims: []compare.Evidence{
					evidence("002_beta.txt", "Twelve people were killed and dozens hurt in the old town.", "12", "12", 500, 7, ""),
					evidence("001_alpha.txt", "At least 9 people were killed, police said.", "9", "9", 410, 6, ""),
				},
			},
			{
				ID: "f3", Event: "e3", Kind: compare.KindLocation, Severity: compare.Info, Confidence: 0.4,
				Reason: "one source places the injured in the old town, another in the surrounding villages; both may be true, and the reader should check which of the two the officials meant before publishing anything",
				Claims: []compare.Evidence{
					evidence("001_alpha.txt", "Dozens were hurt in the old town.", "the old town", "old town", 700, 9, ""),
					evidence("003_gamma_with_a_rather_long_file_name.txt", "Dozens were reportedly hurt in the surrounding villages.", "the surrounding villages", "surrounding villages", 1200, 17, "reportedly"),
				},
			},
		},
		Summary: compare.Summary{
			Sources: 3, Undated: 1, Events: 3, ClaimsCompared: 14,
			BySeverity: map[compare.Severity]int{compare.Conflict: 1, compare.Warning: 1, compare.Info: 1},
		},
	}
}

func emptyResultWithSources() *compare.Result {
	return &compare.Result{
		Sources: []*source.Source{srcAlpha, srcGamma},
		Summary: compare.Summary{Sources: 2, Undated: 1, Events: 1, ClaimsCompared: 4},
	}
}

func sampleClaims() ([]*source.Source, []claims.Claim) {
	cs := []claims.Claim{
		{Source: "001_alpha.txt", Kind: "date", Event: "strike", Trigger: "struck",
			Text: "The earthquake struck Zürich on Sunday evening, officials said.", Value: "Sunday", Normalized: "2024-03-10", Span: [2]int{151, 157}, Line: 3},
		{Source: "001_alpha.txt", Kind: "count", Event: "kill", Trigger: "killed",
			Text: "At least 9 people were killed, police said.", Value: "at least 9", Normalized: ">=9", Span: [2]int{410, 420}, Line: 6},
		{Source: "001_alpha.txt", Kind: "quantity", Event: "strike", Trigger: "quake",
			Text: "The magnitude 5.8 quake was the strongest in decades.", Value: "5.8", Normalized: "5.8", Span: [2]int{520, 523}, Line: 8},
		{Source: "003_gamma_with_a_rather_long_file_name.txt", Kind: "location", Event: "hurt", Trigger: "hurt",
			Text: "Dozens were reportedly hurt in the surrounding villages.", Value: "the surrounding villages", Normalized: "surrounding villages", Span: [2]int{1231, 1255}, Line: 17, Hedge: "reportedly"},
		{Source: "009_unlisted.txt", Kind: "participants", Event: "meet", Trigger: "met",
			Text: "Rescue teams from Italy and France met in Bern.", Value: "Rescue teams from Italy and France", Normalized: "rescue teams (Italy); rescue teams (France)", Span: [2]int{0, 34}, Line: 2},
	}
	return []*source.Source{srcAlpha, srcBeta, srcGamma}, cs
}
