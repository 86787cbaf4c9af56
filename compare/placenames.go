package compare

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// spreadPlaceNames: two capitalised words the extractor took for a
// person's name in one article ("Mtito Andei said" cannot be told from
// "John Smith said") are a place when another article of the batch sets
// something in them ("near Mtito Andei"). Untitled "persons" of that name
// become the place name everywhere, so their places are compared and no
// surname is read into them.
func spreadPlaceNames(docs []*claims.Doc) {
	places := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, e := range s.Entities {
				if e.Kind == claims.EntPlace && e.Level == claims.LevelTown && strings.Contains(e.Key, " ") {
					places[strings.TrimPrefix(e.Key, "place:")] = true
				}
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for k := range s.Entities {
				e := &s.Entities[k]
				if name := strings.TrimPrefix(e.Key, "person:"); e.Kind == claims.EntPerson && e.Title == "" && places[name] {
					e.Kind, e.Key, e.Level = claims.EntPlace, "place:"+name, claims.LevelTown
				}
			}
		}
	}
}
