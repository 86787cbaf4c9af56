package claims

import "testing"

// TestPlaceNames: two unknown capitalised words are a person, unless the
// article sets something in them.
func TestPlaceNames(t *testing.T) {
	cases := []struct{ name, text, entity, want string }{
		{"near a name, then a comma", "The bus crashed near Mtito Andei, a small town.", "Mtito Andei", "place:mtito andei"},
		{"every mention follows", "The bus crashed near Mtito Andei, a small town. Mtito Andei residents helped.", "Mtito Andei", "place:mtito andei"},
		{"in the town of a name", "The bus crashed in the town of Mtito Andei on Sunday.", "Mtito Andei", "place:mtito andei"},
		{"a name that qualifies a noun is no place", "Rovers won in the Cascade Cup final.", "Cascade Cup", "name:cascade cup"},
		{"a person stays a person", "The bus was driven by John Kamau, police said.", "John Kamau", "person:john kamau"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := extract(t, pub, c.text)
			var keys []string
			for _, s := range d.Sentences {
				for _, e := range s.Entities {
					if e.Text == c.entity {
						keys = append(keys, e.Key)
					}
				}
			}
			if len(keys) == 0 {
				t.Fatalf("no entity %q", c.entity)
			}
			for _, k := range keys {
				if k != c.want {
					t.Errorf("%s is %s, want %s", c.entity, k, c.want)
				}
			}
		})
	}
}
