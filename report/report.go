// Package report renders a check's Result (and the claims behind it) for
// people and for machines: a terminal table, a word diff of the evidence
// sentences, and a stable JSON document that CI jobs and other tools read.
//
// Every printer writes to an io.Writer, returns the first write error, and
// never panics on odd input: text from articles is sanitised before it
// reaches a terminal, and missing pieces render as blanks.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// Printer renders a check's Result.
type Printer interface {
	Print(w io.Writer, r *compare.Result) error
}

// ClaimsPrinter renders the claims each source yielded, for
// `claimcheck claims`.
type ClaimsPrinter interface {
	PrintClaims(w io.Writer, sources []*source.Source, cs []claims.Claim) error
}

// Format names accepted by New and NewClaims.
const (
	FormatTable = "table"
	FormatDiff  = "diff"
	FormatJSON  = "json"
	// CI formats: code scanning, Actions annotations, test reports,
	// pull-request comments and line-oriented logs.
	FormatSARIF    = "sarif"
	FormatGitHub   = "github"
	FormatJUnit    = "junit"
	FormatMarkdown = "markdown"
	FormatJSONL    = "jsonl"
)

// Formats lists the formats New accepts, in the order help texts show them.
func Formats() []string {
	return []string{FormatTable, FormatDiff, FormatJSON, FormatSARIF, FormatGitHub, FormatJUnit, FormatMarkdown, FormatJSONL}
}

// ClaimsFormats lists the formats NewClaims accepts.
func ClaimsFormats() []string { return []string{FormatTable, FormatJSON} }

// New returns the Printer for a format name. Color asks for ANSI colours;
// callers decide it (a terminal, no NO_COLOR), so piped output stays plain.
func New(format string, color bool) (Printer, error) {
	switch format {
	case FormatTable:
		return Table{Color: color}, nil
	case FormatDiff:
		return Diff{Color: color}, nil
	case FormatJSON:
		return JSON{}, nil
	case FormatSARIF:
		return SARIF{}, nil
	case FormatGitHub:
		// The CLI sets GitHub.Summary from $GITHUB_STEP_SUMMARY.
		return GitHub{}, nil
	case FormatJUnit:
		return JUnit{}, nil
	case FormatMarkdown:
		return Markdown{}, nil
	case FormatJSONL:
		return JSONL{}, nil
	}
	return nil, unknownFormat(format, Formats())
}

// NewClaims returns the ClaimsPrinter for a format name.
func NewClaims(format string, color bool) (ClaimsPrinter, error) {
	switch format {
	case FormatTable:
		return ClaimsTable{Color: color}, nil
	case FormatJSON:
		return ClaimsJSON{}, nil
	}
	return nil, unknownFormat(format, ClaimsFormats())
}

func unknownFormat(format string, known []string) error {
	return fmt.Errorf("unknown format %q (want one of: %s)", format, strings.Join(known, ", "))
}

// emptyResult stands in for a nil Result so that printers need no nil checks.
var emptyResult = &compare.Result{}

func orEmpty(r *compare.Result) *compare.Result {
	if r == nil {
		return emptyResult
	}
	return r
}
