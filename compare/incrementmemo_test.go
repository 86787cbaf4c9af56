package compare

import (
	"slices"
	"testing"
)

// One memo array reused from group to group, groups taken in batch order,
// in reverse and by size, answers every figure as incrementFigure does,
// whichever way its figures are asked (a mention first, as the date and
// location comparators ask, or figure by figure, as counts and quantities
// do).
func TestIncrementMemoReuseIsFresh(t *testing.T) {
	var groups []*EventGroup
	for _, story := range aliasedStories(t, 300_000, 5) {
		groups = append(groups, groupMentionsWithin(story, recentDays)...)
	}
	bySize := slices.Clone(groups)
	slices.SortStableFunc(bySize, func(a, b *EventGroup) int { return len(b.Mentions) - len(a.Mentions) })
	orders := []struct {
		name   string
		groups []*EventGroup
	}{
		{"batch order", groups},
		{"reversed", reversed(groups)},
		{"largest first", bySize},
	}
	asked := 0
	for _, o := range orders {
		var memos []incrementMemo
		for _, g := range o.groups {
			memos = grown(memos, len(g.Mentions))
			g.increments = memos
			for i, m := range g.Mentions {
				if i%2 == 0 {
					g.incrementMention(i) // half the mentions asked whole first
				}
				for _, l := range []struct {
					list figureList
					n    int
				}{{countFigures, len(m.Counts)}, {quantityFigures, len(m.Quantities)}} {
					for fi := range l.n {
						f := m.Counts
						if l.list == quantityFigures {
							f = m.Quantities
						}
						if got, want := g.incrementAt(i, l.list, fi), incrementFigure(m, f[fi]); got != want {
							t.Fatalf("%s: group %s mention %d figure %d of list %d: memo says %v, incrementFigure %v", o.name, g.ID, i, fi, l.list, got, want)
						}
						asked++
					}
				}
			}
			g.increments = nil
		}
	}
	if asked == 0 {
		t.Fatal("no figures asked")
	}
}

// reversed is a reversed copy of s.
func reversed[T any](s []T) []T {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
