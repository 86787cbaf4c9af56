package temporal

import (
	"os"
	"path/filepath"
	"testing"
)

// candidatePhrases hold the forms whose parsers reach furthest from their
// head, next to near misses.
var candidatePhrases = []string{
	"The company said this year's third quarter and last year's second-quarter loss grew.",
	"Profit in the comparable year-ago quarter fell, and the year-earlier period was weak.",
	"Sales in fiscal-1990 second-half results and the latter half of 1989 rose; the first half of fiscal 1991 too.",
	"He waited a couple of more years and a half, then two and a half days, 2 1/2 weeks and three more trading days.",
	"The first nine months, the next couple of years, twenty-five years ago, a few days later, a dozen weeks.",
	"In 2005 it killed 128 people; in 1999 10 people were hurt and 2,000 homes lost 4 days of power.",
	"At four in the morning, at 7 at night, 9 o'clock in the evening, 10:35 a.m. (0735 GMT) Friday.",
	"The government said the latter was the full year, the calendar year, the latter part of the decade.",
	"The the report, the 1990s, the '80s, the nineties, the year two thousand and five, nineteen ninety-six.",
}

// TestCandidatesKeepEveryParserThatReads checks the quick tests that spare
// the parsers most tokens: theBeforePlainWord passes over only tokens
// mayStart would refuse, and where mayStart lets a token through, every
// parser candidates leaves out fails there. Each parser is tried at every
// token sentence considers, over the phrases above, the test article,
// the fixtures and the TempEval documents when present.
// (mayStart itself refuses some tokens a parser would read: "the" before
// "comparable year-ago quarter"; that is how dates are found, kept as is.)
func TestCandidatesKeepEveryParserThatReads(t *testing.T) {
	texts := append([]string(nil), candidatePhrases...)
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*", "*.txt"))
	paths = append(paths, more...)
	more, _ = filepath.Glob(filepath.Join(tempevalDir, "*", "*.txt"))
	paths = append(paths, more...)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	tried := 0
	for _, text := range texts {
		for _, ctx := range []Context{{Published: sun24}, {}} {
			tried += checkCandidates(t, text, ctx)
		}
	}
	if tried == 0 {
		t.Fatal("no token tried")
	}
}

// checkCandidates runs Find's loop over text, trying every parser at each
// token before the sentence is parsed; it returns how many tokens it tried.
func checkCandidates(t *testing.T, text string, ctx Context) int {
	t.Helper()
	f := &finder{}
	f.start(text, ctx, nil)
	sc := scanner{text: text}
	tried := 0
	for {
		hit, ok := sc.next()
		if !ok {
			return tried
		}
		if !hit {
			continue
		}
		f.toks, f.preAt, f.sentDay, f.sentStart = sc.toks, -1, -1, len(f.out)
		for i := range f.toks {
			tok := &f.toks[i]
			if (tok.kind == kPunct && tok.punct != '\'') || tok.kind == kWord && (tok.e.cl == clNone || tok.e.cl == clTense) {
				continue // sentence passes these over first
			}
			tried++
			may := f.mayStart(i)
			if f.theBeforePlainWord(i) && may {
				t.Errorf("theBeforePlainWord passes over %q, which mayStart lets through", text[tok.start:tok.end])
			}
			if !may {
				continue
			}
			try := f.candidates(i, f.readPrefix(i))
			f.quoted = f.inQuote(tok.start)
			for k, parse := range parsers {
				saved := *f
				r, ok := parse(f, i)
				*f = saved
				if !ok || r.n <= r.s || r.s < i || r.n > len(f.toks) || r.e.Value == "" {
					continue
				}
				if try&(1<<k) == 0 {
					t.Errorf("parser %d reads %q at %q, left out by candidates (%011b)",
						k, text[f.toks[r.s].start:f.toks[r.n-1].end], text[tok.start:tok.end], try)
				}
			}
		}
		f.sentence(sc.toks)
	}
}
