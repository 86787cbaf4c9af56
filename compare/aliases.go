package compare

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// resolveAliases rewrites entity keys so that one entity has one key across
// the batch: a surname alone or with a title resolves to the one full name
// that has it, and an acronym defined in any source ("Kenya Red Cross
// (KRC)") resolves to what it stands for.
func resolveAliases(docs []*claims.Doc) {
	spreadRegions(docs)
	spreadPlaceNames(docs)
	surnames := map[string]map[string]bool{} // surname (without "person:") -> full person keys
	acronyms := map[string]string{}          // "org:abc" -> key
	orgFirst := map[string]map[string]bool{} // first word of an organisation's name -> org keys
	orgNames := map[string]bool{}            // every organisation key, without its "org:"
	var orgSieve lengthSieve                 // orgNames' lengths, asked before the map
	longer := map[string]map[string]bool{}   // "elena sastre" -> "person:elena sastre molina"
	for _, d := range docs {
		for _, s := range d.Sentences {
			for k := range s.Entities {
				e := &s.Entities[k] // not a copy: an entity is large, and there are many
				if first, second, n := personNameWords(e); n == 3 {
					short := first + " " + second
					if longer[short] == nil {
						longer[short] = map[string]bool{}
					}
					longer[short][e.Key] = true
					if surnames[second] == nil {
						surnames[second] = map[string]bool{}
					}
					surnames[second][e.Key] = true // Spanish double surnames: "Sastre" alone
				}
				if e.Kind == claims.EntPerson && strings.Contains(strings.TrimPrefix(e.Key, "person:"), " ") {
					sn := lastWord(strings.TrimPrefix(e.Key, "person:"))
					if surnames[sn] == nil {
						surnames[sn] = map[string]bool{}
					}
					surnames[sn][e.Key] = true
				}
				if e.Kind == claims.EntOrg && strings.Contains(e.Key, " ") {
					first := firstField(strings.TrimPrefix(e.Key, "org:"))
					if orgFirst[first] == nil {
						orgFirst[first] = map[string]bool{}
					}
					orgFirst[first][e.Key] = true
				}
				if name, ok := strings.CutPrefix(e.Key, "org:"); ok && e.Kind == claims.EntOrg {
					orgNames[name] = true
					orgSieve.add(name)
				}
				// The kind is asked first: reading the text after every
				// entity for an acronym was a tenth of resolving.
				if e.Kind != claims.EntOrg && e.Kind != claims.EntName {
					continue
				}
				if acr, ok := acronymAfter(d.Source.Text, e.End); ok {
					acronyms["org:"+strings.ToLower(acr)] = e.Key
				}
			}
		}
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			speaker := -1 // the entity the sentence is attributed to, whose key s.Speaker must follow
			for k := range s.Entities {
				if s.Speaker != "" && s.Entities[k].Key == s.Speaker {
					speaker = k
					break
				}
			}
			for k := range s.Entities {
				e := &s.Entities[k]
				if name := afterKind(e.Key); e.Kind != claims.EntOrg && orgSieve.may(name) && orgNames[name] {
					e.Key, e.Kind = orgFromAny(e.Key), claims.EntOrg // the same name, defined as an organisation elsewhere
				}
				if len(acronyms) > 0 { // most stories define none
					if to, ok := acronyms[strings.Replace(e.Key, "name:", "org:", 1)]; ok && to != e.Key {
						e.Key, e.Kind = to, claims.EntOrg
						continue
					}
				}
				if e.Kind != claims.EntPerson && e.Kind != claims.EntName {
					continue
				}
				name := e.Key[strings.IndexByte(e.Key, ':')+1:]
				if full := longer[name]; len(full) == 1 && e.Kind == claims.EntPerson {
					for key := range full {
						e.Key = key // "Elena Sastre" is "Elena Sastre Molina"
					}
					continue
				}
				if strings.Contains(name, " ") && e.Kind == claims.EntPerson {
					continue
				}
				if full := surnames[lastWord(name)]; len(full) == 1 {
					for key := range full {
						e.Key, e.Kind = key, claims.EntPerson
					}
				} else if org := orgFirst[name]; len(org) == 1 && e.Kind == claims.EntName {
					for key := range org {
						e.Key, e.Kind = key, claims.EntOrg
					}
				}
			}
			if speaker >= 0 {
				s.Speaker = s.Entities[speaker].Key
			}
		}
	}
}

// personNameWords counts the words of a person's key (none for other
// kinds) and gives the first two, without making the list of them.
func personNameWords(e *claims.Entity) (first, second string, n int) {
	if e.Kind != claims.EntPerson {
		return "", "", 0
	}
	for w := range strings.FieldsSeq(strings.TrimPrefix(e.Key, "person:")) {
		switch n {
		case 0:
			first = w
		case 1:
			second = w
		}
		n++
	}
	return first, second, n
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// acronymAfter reads " (ABC)" right after a name.
func acronymAfter(text string, end int) (string, bool) {
	rest := text[end:min(len(text), end+16)]
	if !strings.HasPrefix(rest, " (") {
		return "", false
	}
	close := strings.IndexByte(rest, ')')
	if close < 3 {
		return "", false
	}
	acr := rest[2:close]
	if len(acr) < 2 {
		return "", false
	}
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return "", false
		}
	}
	return acr, true
}

// orgFromAny turns "person:nagrik vikas aghadi" into "org:nagrik vikas aghadi".
func orgFromAny(key string) string { return "org:" + afterKind(key) }

// afterKind is a key without its kind: "nagrik vikas aghadi" of
// "person:nagrik vikas aghadi".
func afterKind(key string) string { return key[strings.IndexByte(key, ':')+1:] }

// spreadRegions: a name one article calls a province or an island ("in
// Catanduanes province") is an area in every article of the story, which
// may hold any town named beside it.
func spreadRegions(docs []*claims.Doc) {
	regions := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for k := range s.Entities {
				if e := &s.Entities[k]; e.Level == claims.LevelRegion {
					regions[e.Key] = true
				}
			}
		}
	}
	if len(regions) == 0 {
		return
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for k := range s.Entities {
				// The level is asked first: most entities are not towns
				// or unlevelled, and need not be hashed.
				if e := &s.Entities[k]; (e.Level == claims.LevelTown || e.Level == "") && regions[e.Key] {
					e.Level = claims.LevelRegion
				}
			}
		}
	}
}

// firstField is strings.Fields(s)[0] ("" when s is all space), without
// the list of every field: resolveAliases asks it of every organisation
// named with a space.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// lengthSieve notes the lengths (modulo 64) of a set's strings, so that a
// string of another length is known to be absent without hashing it:
// every entity of a story is looked up among its organisations' names, a
// few of a few lengths, and the look-ups were a seventh of resolving.
type lengthSieve uint64

func (ls *lengthSieve) add(s string) { *ls |= 1 << (len(s) & 63) }

// may: s may be in the set (it is not when its length was never added).
func (ls lengthSieve) may(s string) bool { return ls&(1<<(len(s)&63)) != 0 }
