package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// roleFindings runs the role comparator over every mention of two
// one-sentence articles and renders its findings as "kind severity",
// space-separated ("" for none).
func roleFindings(t *testing.T, a, b string) string {
	t.Helper()
	var ms []*claims.Mention
	for _, d := range []*claims.Doc{article(t, "a", published, a), article(t, "b", published, b)} {
		ms = append(ms, d.Mentions...)
	}
	got := ""
	for _, f := range (roleComparator{}).Compare(&EventGroup{ID: "e1", Mentions: ms, Strength: 3}) {
		if got != "" {
			got += " "
		}
		got += f.Kind + " " + f.Severity.String()
	}
	return got
}

// TestRoleHolders pins judgeRoleHolder: one role with two holders is a
// warning, unless the roles differ, the holders are one side, or each
// source has the other signing too.
func TestRoleHolders(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want string
	}{
		{name: "two delegations have two heads",
			a: "John Smith led the American delegation.", b: "Mary Jones led the Italian delegation."},
		{name: "one delegation with two heads is a warning",
			a: "John Smith led the American delegation.", b: "Mary Jones led the American delegation.", want: "participants warning"},
		{name: "one head twice agrees",
			a: "John Smith led the American delegation.", b: "John Smith led the American delegation on Monday."},
		{name: "two judges presiding over one trial is a warning",
			a: "Judge Ana Ruiz presided over the trial.", b: "Judge Carl Berg presided over the trial.", want: "participants warning"},
		{name: "a co-signatory the other source names signing too",
			a: "John Smith signed the agreement.", b: "Mary Jones signed the agreement with John Smith."},
		{name: "two signatories neither source names together is a warning",
			a: "The agreement was signed by John Smith.", b: "The agreement was signed by Mary Jones.", want: "participants warning"},
		{name: "two countries credited with brokering is an attribution warning",
			a: "The deal was brokered by Brazil.", b: "Mexico, which mediated the talks, welcomed the deal.", want: "attribution warning"},
		{name: "a country's ministry and the country are one mediator",
			a: "The talks were mediated by the Italian Foreign Ministry.", b: "The talks were mediated by Italy."},
		{name: "one mediator in two phrasings agrees",
			a: "The talks were mediated by Qatar.", b: "Qatari mediators brokered the talks."},
		{name: "two people named as mediator is a participants warning",
			a: "The talks were mediated by Qatari minister of state Abdullah Al-Kaabi.", b: "The talks were mediated by Qatar's Minister of State Khalid Al-Marri.", want: "participants warning"},
		{name: "one mediator with and without middle names agrees",
			a: "The talks were mediated by His Excellency Khalid bin Saad Al-Marri.", b: "The talks were mediated by Qatar's Minister of State Khalid Al-Marri."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := roleFindings(t, c.a, c.b); got != c.want {
				t.Errorf("findings %q, want %q", got, c.want)
			}
			if got := roleFindings(t, c.b, c.a); got != c.want {
				t.Errorf("findings %q with the sources swapped, want %q", got, c.want)
			}
		})
	}
}

// TestSameCountry: a demonym and an organisation of that country name one
// side; two countries do not.
func TestSameCountry(t *testing.T) {
	cases := []struct {
		name string
		a, b claims.Entity
		want bool
	}{
		{name: "the Italian coast guard and Italian are one country",
			a: claims.Entity{Key: "org:italian coast guard", Country: "IT"}, b: claims.Entity{Key: "country:IT", Country: "IT"}, want: true},
		{name: "two countries are two",
			a: claims.Entity{Key: "country:IT", Country: "IT"}, b: claims.Entity{Key: "country:FR", Country: "FR"}},
		{name: "no country on either side is not one country",
			a: claims.Entity{Key: "person:john smith"}, b: claims.Entity{Key: "person:mary jones"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sameCountry(&c.a, &c.b); got != c.want {
				t.Errorf("sameCountry = %v, want %v", got, c.want)
			}
		})
	}
}

// storyBatch builds n tiny articles, published on one day: article i says
// "<person> spoke for <org> in a statement." with the names names(i) gives.
func storyBatch(t *testing.T, n int, names func(i int) (person, org string)) []*claims.Doc {
	t.Helper()
	var docs []*claims.Doc
	for i := 0; i < n; i++ {
		p, o := names(i)
		body := "The board met on Monday.\n\n" + p + " spoke for " + o + " in a statement."
		docs = append(docs, article(t, fmt.Sprintf("d%02d", i), published, body))
	}
	return docs
}

// blockIDs renders blocks as their documents' ids, "|" between blocks.
func blockIDs(blocks [][]*claims.Doc) string {
	var bs []string
	for _, b := range blocks {
		var ids []string
		for _, d := range b {
			ids = append(ids, d.Source.ID)
		}
		bs = append(bs, strings.Join(ids, " "))
	}
	return strings.Join(bs, " | ")
}

// TestStoryBlocks pins how a big batch is cut into stories: articles that
// share two rare names join, a name in more than maxKeyDocs articles joins
// nothing, and a small batch is one story.
func TestStoryBlocks(t *testing.T) {
	// Two stories of 35 articles each, interleaved (even: story A, odd:
	// story B). Each story's articles share a pair of names, and each
	// pair is in at most 20 articles so that no name is common; the pairs
	// overlap so each story is connected.
	twoStories := func(i int) (string, string) {
		k := i / 2 // index within the story
		if i%2 == 0 {
			if k < 10 {
				return "Ilse Vantongeren", "Brakmoor Holdings"
			}
			if k < 20 {
				return "Ilse Vantongeren and Karel Osterhuis", "Brakmoor Holdings and Veldpoort Mills"
			}
			return "Karel Osterhuis", "Veldpoort Mills"
		}
		if k < 10 {
			return "Tobias Quennell", "Harwick Dairies"
		}
		if k < 20 {
			return "Tobias Quennell and Ottilie Marchbank", "Harwick Dairies and Penrose Tanneries"
		}
		return "Ottilie Marchbank", "Penrose Tanneries"
	}
	// withShared adds two names that join stories to the first n articles,
	// of both stories.
	withShared := func(n int) func(int) (string, string) {
		return func(i int) (string, string) {
			p, o := twoStories(i)
			if i < n {
				p += " and Greta Lindqvist"
				o += " and Solberg Freight"
			}
			return p, o
		}
	}
	ids := func(from, step, n int) string {
		var out []string
		for i := from; i < n; i += step {
			out = append(out, fmt.Sprintf("d%02d", i))
		}
		return strings.Join(out, " ")
	}
	storyA, storyB := ids(0, 2, 70), ids(1, 2, 70)
	cases := []struct {
		name  string
		n     int
		names func(int) (string, string)
		want  string
	}{
		{name: "a batch of 60 is one story whatever it holds", n: 60, names: twoStories,
			want: ids(0, 1, 60)},
		{name: "70 articles of two stories make two blocks in batch order", n: 70, names: twoStories,
			want: storyA + " | " + storyB},
		{name: "two names shared by 70 articles join no stories", n: 70, names: withShared(70),
			want: storyA + " | " + storyB},
		{name: "two names shared by 26 articles, one more than maxKeyDocs, join no stories", n: 70, names: withShared(maxKeyDocs + 1),
			want: storyA + " | " + storyB},
		{name: "two names shared by maxKeyDocs articles join the stories", n: 70, names: withShared(maxKeyDocs),
			want: ids(0, 1, 70)},
		{name: "one name shared across stories does not join them", n: 70, names: func(i int) (string, string) {
			p, o := twoStories(i)
			if i < 10 {
				p += " and Greta Lindqvist"
			}
			return p, o
		}, want: storyA + " | " + storyB},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := blockIDs(storyBlocks(storyBatch(t, c.n, c.names))); got != c.want {
				t.Errorf("blocks\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}
