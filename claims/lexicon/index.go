package lexicon

import "strings"

// none is the entry number of a failed lookup.
const none = -1

// Entry markers in the data tables. They keep the tables readable while
// saying how a spelling may be matched.
const (
	// markCapsOnly before a spelling means it matches only input that starts
	// with a capital letter ("^Nice", "^Pole"): the lower-case form is an
	// ordinary English word.
	markCapsOnly = '^'
	// markSecondary before a spelling keeps it in the entry for display but
	// out of the index, because a better-known entry owns it ("~Dominican"
	// for Dominica, "~Victoria" as the capital of Seychelles).
	markSecondary = '~'
)

// index maps spellings to entry numbers (positions in a data slice). Each
// key keeps every entry that claimed it, in the order added.
type index struct {
	// names holds case-insensitive keys as made by foldKey.
	names map[string][]int32
	// capsOnly holds keys that match only capitalised input.
	capsOnly map[string][]int32
	// abbrevs holds abbreviations in capitals without dots ("US", "NYC").
	abbrevs map[string][]int32
	// firstWins resolves a shared key to its first entry instead of to
	// nothing (cities list their more prominent namesakes first).
	firstWins bool
}

func newIndex(firstWins bool) *index {
	return &index{
		names:     map[string][]int32{},
		capsOnly:  map[string][]int32{},
		abbrevs:   map[string][]int32{},
		firstWins: firstWins,
	}
}

// parseSpelling splits the markers off a data spelling.
func parseSpelling(s string) (spelling string, capsOnly, secondary bool) {
	for len(s) > 0 {
		switch s[0] {
		case markCapsOnly:
			capsOnly = true
		case markSecondary:
			secondary = true
		default:
			return s, capsOnly, secondary
		}
		s = s[1:]
	}
	return s, capsOnly, secondary
}

// add indexes one data spelling (markers allowed) for entry id.
func (x *index) add(raw string, id int32) {
	s, capsOnly, secondary := parseSpelling(raw)
	if secondary || s == "" {
		return
	}
	if isAbbreviation(s) {
		key, _ := abbrevKey(nil, s)
		put(x.abbrevs, string(key), id)
		return
	}
	key, ok := foldKey(nil, s)
	if !ok || len(key) == 0 {
		return
	}
	key = trimThe(key)
	if isDottedAbbreviation(s) {
		// "Calif.", "Mass.": without the dot several are English words.
		key = append(key, '.')
	}
	if capsOnly {
		put(x.capsOnly, string(key), id)
		return
	}
	put(x.names, string(key), id)
}

// isDottedAbbreviation reports a one-word spelling that ends in a dot and
// is not in capitals ("Calif.", "Mass.", "W.Va."): it is indexed with its
// final dot and matches only input that keeps it.
func isDottedAbbreviation(s string) bool {
	return len(s) > 1 && s[len(s)-1] == '.' && !strings.ContainsRune(s, ' ') && !isAbbreviation(s)
}

// put appends id to the entries of key unless it is there already.
func put(m map[string][]int32, key string, id int32) {
	for _, old := range m[key] {
		if old == id {
			return
		}
	}
	m[key] = append(m[key], id)
}

// collisions lists the keys that two or more entries claim.
func (x *index) collisions() []string {
	var out []string
	for _, m := range []map[string][]int32{x.names, x.capsOnly, x.abbrevs} {
		for k, ids := range m {
			if len(ids) > 1 {
				out = append(out, k)
			}
		}
	}
	return out
}

// pick resolves the entries of one key to a single entry.
func (x *index) pick(ids []int32) int32 {
	if len(ids) == 0 || len(ids) > 1 && !x.firstWins {
		return none
	}
	return ids[0]
}

// lookup finds the entry for s, or none.
func (x *index) lookup(s string) int32 {
	return x.pick(x.lookupAll(s))
}

// lookupAll finds every entry for s. The result is shared: do not modify.
func (x *index) lookupAll(s string) []int32 {
	s = strings.TrimSpace(s)
	if ids := x.lookupSpelling(s); len(ids) > 0 {
		return ids
	}
	if t := trimPossessive(s); len(t) < len(s) {
		return x.lookupSpelling(strings.TrimSpace(t))
	}
	return nil
}

// lookupSpelling finds the entries of s as written: folded name first,
// then abbreviation in capitals.
func (x *index) lookupSpelling(s string) []int32 {
	var buf [maxKey + 8]byte
	key, ok := foldKey(buf[:0], s)
	if !ok || len(key) == 0 {
		return nil
	}
	key = trimThe(key)
	if strings.HasSuffix(s, ".") {
		if ids := x.lookupKey(append(key, '.'), s); len(ids) > 0 {
			return ids
		}
	}
	if ids := x.lookupKey(key, s); len(ids) > 0 {
		return ids
	}
	var ab [16]byte
	if akey, ok := abbrevKey(ab[:0], s); ok {
		return x.abbrevs[string(akey)]
	}
	return nil
}

// lookupKey finds a folded key; orig is the raw input, consulted for the
// capital letter that capsOnly keys demand.
func (x *index) lookupKey(key []byte, orig string) []int32 {
	if ids, found := x.names[string(key)]; found {
		return ids
	}
	if ids, found := x.capsOnly[string(key)]; found && startsUpper(stripLeadingThe(orig)) {
		return ids
	}
	return nil
}

// stripLeadingThe returns s without a leading "the " in any case.
func stripLeadingThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:])
	}
	return s
}

// splitList splits a ';'-separated data field, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cleanList returns the spellings of a data list without their markers,
// for the exported structs.
func cleanList(raw []string) []string {
	out := make([]string, 0, len(raw))
	for _, r := range raw {
		if s, _, _ := parseSpelling(r); s != "" {
			out = append(out, s)
		}
	}
	return out
}
