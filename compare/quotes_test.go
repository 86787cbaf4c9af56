package compare

import (
	"strings"
	"testing"
)

func TestQuoteSpeakers(t *testing.T) {
	cases := []struct {
		name string
		docs []doc
		want string // the finding's speakers, "" for none
	}{
		{name: "the same words given to two people",
			docs: []doc{
				{id: "a", text: `"We converted that growth into cash: free cash flow rose to 455 million euros in the quarter," said Jens Okafor, the chief financial officer.`},
				{id: "b", text: `"We have converted the growth into cash, the free cash flow rose in the quarter to 455 million euros," said finance director Matthias Brandt.`},
			},
			want: "Jens Okafor / Matthias Brandt"},
		{name: "a surname alone is the same speaker",
			docs: []doc{
				{id: "a", text: `"We converted that growth into cash: free cash flow rose to 455 million euros in the quarter," said Jens Okafor, the chief financial officer.`},
				{id: "b", text: `"We converted that growth into cash, and free cash flow rose to 455 million euros," Okafor said.`},
			}},
		{name: "different remarks by different people",
			docs: []doc{
				{id: "a", text: `"Demand from data-center builders remained strong across every region," said Jens Okafor.`},
				{id: "b", text: `"The automotive side is soft and will stay soft into next year," said Matthias Brandt.`},
			}},
		{name: "a short phrase is said by many",
			docs: []doc{
				{id: "a", text: `"A terrible tragedy," said Jens Okafor.`},
				{id: "b", text: `"A terrible tragedy," said Matthias Brandt.`},
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Check(extractAll(t, c.docs))
			var got []string
			for _, f := range res.Findings {
				if f.Kind != KindParticipants {
					continue
				}
				var names []string
				for _, e := range f.Claims {
					names = append(names, e.Value)
				}
				got = append(got, strings.Join(names, " / "))
			}
			if strings.Join(got, "; ") != c.want {
				t.Errorf("findings %q, want %q", got, c.want)
			}
		})
	}
}
