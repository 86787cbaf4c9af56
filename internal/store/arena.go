package store

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// A DocArena holds the structs of the documents DecodeIn reads (the
// documents, sources, sentences, mentions, entities, dates, figures and
// the lists that point at them), cut from one array per kind, until
// Reset. A caller that reads a few documents, drops them and reads the
// next few (a story checked at a time) reuses the arrays instead of
// allocating every document's structs anew: decoding a story's documents
// allocated about five times their text, all of it pointer-laden memory
// the collector had to scan.
//
// Strings are not cut from it: a document's strings (its text, its
// string table) are one allocation of its own, as DecodeDoc makes them, so
// that a string that outlives the documents (a finding's quote) stays
// what it was. Only the structs are reused.
type DocArena struct {
	// exact makes every take a fresh allocation of just its size: what
	// DecodeDoc does, with no arena kept.
	exact bool

	docs       []claims.Doc
	sources    []source.Source
	spans      []source.Span
	sentences  []claims.Sentence
	sentPtrs   []*claims.Sentence
	words      []text.Word
	quotes     []text.Quote
	times      []temporal.Expr
	numbers    []numbers.Number
	entities   []claims.Entity
	mentions   []claims.Mention
	menPtrs    []*claims.Mention
	entPtrs    []*claims.Entity
	figures    []claims.Figure
	ownerships []claims.Ownership
	strs       []string
}

// exactArena is the arena DecodeDoc reads into: it never keeps an array
// (every take allocates), so one serves every goroutine.
var exactArena = &DocArena{exact: true}

// DecodeIn reads a document as DecodeDoc does, its structs cut from a.
// The document is valid until a.Reset; its strings stay valid after.
func (a *DocArena) DecodeIn(data []byte) (*claims.Doc, error) {
	return decodeDoc(data, a)
}

// Reset makes every document read into a since the last Reset invalid,
// and readies a for the next: the arrays' items in use are zeroed (a
// decoded struct may leave fields the record does not hold, and zeroing
// drops their references to the old documents' strings) and kept.
// Arrays outgrown since the last Reset are left to the collector.
func (a *DocArena) Reset() {
	reuse(&a.docs)
	reuse(&a.sources)
	reuse(&a.spans)
	reuse(&a.sentences)
	reuse(&a.sentPtrs)
	reuse(&a.words)
	reuse(&a.quotes)
	reuse(&a.times)
	reuse(&a.numbers)
	reuse(&a.entities)
	reuse(&a.mentions)
	reuse(&a.menPtrs)
	reuse(&a.entPtrs)
	reuse(&a.figures)
	reuse(&a.ownerships)
	reuse(&a.strs)
}

func reuse[T any](buf *[]T) {
	clear(*buf)
	*buf = (*buf)[:0]
}

// grab cuts n zeroed items from one of a's arrays (a fresh slice when a
// is exact).
func grab[T any](a *DocArena, buf *[]T, n int) []T {
	if a.exact {
		return make([]T, n)
	}
	return bump(buf, n)
}

// one is a pointer to one zeroed item of one of a's arrays.
func one[T any](a *DocArena, buf *[]T) *T {
	if a.exact {
		return new(T)
	}
	return &bump(buf, 1)[0]
}

// da is the arena the reader cuts structs from: exactArena unless one
// was given (a reader made by a test has none).
func (r *reader) da() *DocArena {
	if r.arena == nil {
		return exactArena
	}
	return r.arena
}
