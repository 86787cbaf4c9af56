package compare

import "testing"

// TestDemands: what one side asks for is compared like any other figure.
func TestDemands(t *testing.T) {
	cases := []struct {
		name string
		docs []doc
		want int // quantity findings
	}{
		{name: "two different pay demands",
			docs: []doc{
				{id: "a", text: "The union is demanding an 8.2% increase in base pay."},
				{id: "b", text: "The union is demanding a 12.8% raise in base pay."},
			}, want: 1},
		{name: "two different ransoms",
			docs: []doc{
				{id: "a", text: "The gang is demanding $4.5 million from the hospital group."},
				{id: "b", text: "The hackers have demanded $8 million from the hospital group."},
			}, want: 1},
		{name: "the same demand",
			docs: []doc{
				{id: "a", text: "The union is demanding an 8.2% increase in base pay."},
				{id: "b", text: "The union demands an 8.2% raise in base pay."},
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := 0
			for _, f := range Check(extractAll(t, c.docs)).Findings {
				if f.Kind == KindQuantity {
					n++
				}
			}
			if n != c.want {
				t.Errorf("%d quantity findings, want %d", n, c.want)
			}
		})
	}
}

// TestWhoFired: who fired is compared whatever each sentence says was
// fired at.
func TestWhoFired(t *testing.T) {
	docs := extractAll(t, []doc{
		{id: "a", text: "Police fired tear gas at fans outside Gate 4 on Saturday."},
		{id: "b", text: "Private security agents fired tear gas to push back the crowd outside the stadium on Saturday."},
	})
	n := 0
	for _, f := range Check(docs).Findings {
		if f.Kind == KindAttribution {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d attribution findings, want 1", n)
	}
}
