package lexicon

import (
	"strings"
	"sync"
)

// titleNode is one state of the title trie; its edges are folded words.
type titleNode struct {
	next map[string]*titleNode
	// end says a title ends here; the flags below qualify it.
	end bool
	// anyCase: some title ending here matches in any case. When false,
	// the match needs a capitalised first word (capsEnd) or capitals
	// throughout (abbrevEnd).
	anyCase, capsEnd, abbrevEnd bool
	// modifiable: a title ending here accepts Deputy, Acting, Vice...
	modifiable bool
}

func (n *titleNode) child(word string) *titleNode {
	if n.next == nil {
		n.next = map[string]*titleNode{}
	}
	c := n.next[word]
	if c == nil {
		c = &titleNode{}
		n.next[word] = c
	}
	return c
}

// titleIndexes holds the trie of titles and the modifier words.
type titleIndexes struct {
	root      *titleNode
	modifiers map[string]bool
}

var titleData = sync.OnceValue(buildTitles)

func buildTitles() *titleIndexes {
	ti := &titleIndexes{root: &titleNode{}, modifiers: map[string]bool{}}
	for _, t := range titlePhrases {
		ti.add(t, false)
	}
	for _, t := range modifiableTitles {
		ti.add(t, true)
	}
	for _, t := range portfolioTitles() {
		ti.add(t, true)
	}
	for _, m := range titleModifiers {
		key, _ := foldKey(nil, m)
		ti.modifiers[string(key)] = true
	}
	return ti
}

// portfolioTitles expands portfolios into every form of office name:
// "Foreign Minister", "Minister of Foreign Affairs", "Minister of the
// Interior", "Minister for Health", "Minister of State for Trade",
// "Secretary of State", "Foreign Ministry spokesman", "army spokesman".
func portfolioTitles() []string {
	var out []string
	for _, p := range portfolios {
		for _, h := range portfolioHeads {
			out = append(out, p+" "+h)
		}
		for _, h := range portfolioOf {
			out = append(out, h+" of "+p, h+" of the "+p, h+" for "+p, h+" for the "+p)
		}
		out = append(out, "Minister of State for "+p, "Minister of State for the "+p)
	}
	for _, org := range spokesOrgs {
		out = append(out, org+" Spokesman", org+" Spokeswoman", org+" Spokesperson")
	}
	return out
}

// add puts one data title into the trie.
func (ti *titleIndexes) add(raw string, modifiable bool) {
	s, capsOnly, _ := parseSpelling(raw)
	key, ok := foldKey(nil, s)
	if !ok || len(key) == 0 {
		return
	}
	n := ti.root
	for _, w := range strings.Fields(string(key)) {
		n = n.child(w)
	}
	n.end = true
	n.modifiable = n.modifiable || modifiable
	switch {
	case isAbbreviation(s):
		n.abbrevEnd = true
	case capsOnly:
		n.capsEnd = true
	default:
		n.anyCase = true
	}
}

// maxTitleParts bounds how many folded words Title looks at; no title is
// longer.
const maxTitleParts = 12

// titlePart is one folded word of the input, as offsets into the fold
// buffer, and the input word it came from ("Secretary-General" gives two
// parts of one word).
type titlePart struct {
	start, end int
	word       int
	last       bool // last part of its input word
}

// Title returns the number of words at the start of words that form the
// longest title: "Deputy National Security Advisor" (4), "Minister of
// Foreign Affairs" (4), "Lt. Gen." (2), "Gen." (1), "Mr" (1). Words match
// case-insensitively with dots optional and hyphens read as spaces
// ("Secretary-General" is one word of the input). Titles that are also
// common words ("Father", "Major") need a capital; abbreviations in
// capitals ("PM", "HE") need capitals. Any number of modifiers (Deputy,
// Assistant, Principal, Acting, Vice...) may precede a title that takes
// them. ok is false, and n 0, when words do not start with a title.
func Title(words []string) (n int, ok bool) {
	ti := titleData()
	var bufArr [maxKey * 2]byte
	var partsArr [maxTitleParts]titlePart
	buf, parts := splitTitleParts(words, bufArr[:0], partsArr[:0])
	best := ti.longest(words, buf, parts, false)
	for i := 0; i < len(parts) && ti.modifiers[string(buf[parts[i].start:parts[i].end])]; i++ {
		if parts[i].last {
			if m := ti.longest(words, buf, parts[i+1:], true); m > best {
				best = m
			}
		}
	}
	return best, best > 0
}

// splitTitleParts folds the leading words into buf and cuts them into
// parts, stopping at the part limit or at a word that folds to nothing.
func splitTitleParts(words []string, buf []byte, parts []titlePart) ([]byte, []titlePart) {
	for wi, w := range words {
		start := len(buf)
		var ok bool
		buf, ok = foldKey(buf, w)
		if !ok || len(buf) == start || len(buf)-start > maxKey {
			break
		}
		for i := start; i < len(buf) && len(parts) < maxTitleParts; {
			j := i
			for j < len(buf) && buf[j] != ' ' {
				j++
			}
			parts = append(parts, titlePart{start: i, end: j, word: wi, last: j == len(buf)})
			i = j + 1
		}
		if len(parts) >= maxTitleParts {
			break
		}
	}
	return buf, parts
}

// longest walks the trie along parts and returns how many input words the
// longest acceptable title covers. afterModifier demands a title that takes
// modifiers.
func (ti *titleIndexes) longest(words []string, buf []byte, parts []titlePart, afterModifier bool) int {
	n, best := ti.root, 0
	for _, p := range parts {
		n = n.next[string(buf[p.start:p.end])]
		if n == nil {
			break
		}
		if p.last && n.end && (!afterModifier || n.modifiable) && titleCaseFits(n, words[parts[0].word:p.word+1]) {
			best = p.word + 1
		}
	}
	return best
}

// titleCaseFits checks the capitalisation a title's entry demands.
func titleCaseFits(n *titleNode, words []string) bool {
	if n.anyCase {
		return true
	}
	if n.capsEnd && startsUpper(words[0]) {
		return true
	}
	if n.abbrevEnd {
		for _, w := range words {
			if _, ok := abbrevKey(make([]byte, 0, 16), w); !ok {
				return false
			}
		}
		return true
	}
	return false
}

// IsTitleWord reports whether w is a title by itself ("President", "Gen.",
// "spokesman") or a word that modifies one ("Deputy", "Acting", "Vice"):
// the words a name finder should not take for part of a person's name.
// Words that only occur inside longer titles ("Foreign", "Security") are
// not title words.
func IsTitleWord(w string) bool {
	ti := titleData()
	var buf [maxKey + 8]byte
	key, ok := foldKey(buf[:0], w)
	if !ok || len(key) == 0 {
		return false
	}
	if ti.modifiers[string(key)] {
		return true
	}
	n, _ := Title([]string{w})
	return n == 1
}
