package compare

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

// pastPeriod reports whether an expression places its event in an earlier
// month or year counted back from the article's own day, "last month",
// "last year", "two years ago", in an article that gives no date to anchor
// it. News reports what happened in the past days; an event told as last
// month's is an earlier one, even when no calendar date says so.
func pastPeriod(t *temporal.Expr) bool {
	if t == nil || t.Quoted || !t.Relative || !t.Lo.IsZero() || !periodGrans[t.Gran] {
		return false
	}
	text := strings.ToLower(t.Text)
	return strings.HasPrefix(text, "last ") || strings.HasPrefix(text, "the last ") ||
		strings.HasPrefix(text, "previous ") || strings.HasPrefix(text, "the previous ") ||
		strings.HasSuffix(text, " ago")
}
