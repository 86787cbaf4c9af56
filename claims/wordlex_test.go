package claims

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

func BenchmarkLexiconOf(b *testing.B) {
	para := "Senior officials said the attack killed 12 people on Sunday, Nov. 24, in the capital, according to police. The U.S. delegation reportedly left the plant.\n"
	doc := strings.Repeat(para, 100)
	ws := text.Words(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	var lex []*wordLex
	for b.Loop() {
		lex = lexiconOf(lex, ws)
	}
}
