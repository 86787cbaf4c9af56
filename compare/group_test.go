package compare

import (
	"flag"
	"fmt"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
)

var bugs = flag.Bool("bugs", false, "run the cases marked BUG too (they fail until the bug is fixed)")

// skipBug skips a case that states the right behaviour the code does not
// have yet, unless -bugs is given.
func skipBug(t *testing.T, bug string) {
	t.Helper()
	if bug != "" && !*bugs {
		t.Skip("BUG: " + bug)
	}
}

// article extracts a one-story test article: a neutral headline line (so
// the body's first sentence is not taken for the headline) and the body,
// published on pub (zero: undated).
func article(t *testing.T, id string, pub time.Time, body string) *claims.Doc {
	t.Helper()
	text := "Report\n\n" + body + "\n"
	if !pub.IsZero() {
		text = fmt.Sprintf("---\npublished: %s\n---\n", pub.Format("2006-01-02")) + text
	}
	src, err := source.Parse(id, "", []byte(text))
	if err != nil {
		t.Fatalf("source.Parse(%s): %v", id, err)
	}
	return claims.Extract(src)
}

// onlyMention returns the one mention of class in d.
func onlyMention(t *testing.T, d *claims.Doc, class string) *claims.Mention {
	t.Helper()
	var found []*claims.Mention
	for _, m := range d.Mentions {
		if m.Class == class {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d %s mentions, want 1 in %q", d.Source.ID, len(found), class, d.Source.Text)
	}
	return found[0]
}
