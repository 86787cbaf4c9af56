package claims

import "testing"

// TestSpeaker: who a sentence is attributed to.
func TestSpeaker(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"subject before the verb", `"Cash flow rose," Jens Okafor said.`, "person:jens okafor"},
		{"name right after the verb", `"Cash flow rose," said Jens Okafor.`, "person:jens okafor"},
		{"a lower-case job title between verb and name", `"Cash flow rose," said finance director Matthias Brandt.`, "person:matthias brandt"},
		{"a company spokeswoman", `"We are investigating," said company spokeswoman Ana Ruiz.`, "person:ana ruiz"},
		{"a function word ends the title", `"We are investigating," said in a statement on Monday.`, ""},
		{"a value's participle names no speaker", `The tornado was rated EF4, with peak winds estimated at 170 mph.`, ""},
		{"who measured is the speaker", `The USGS measured the quake at magnitude 6.2.`, "org:usgs"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := extract(t, pub, c.text)
			got := ""
			for _, s := range d.Sentences {
				if s.Speaker != "" {
					got = s.Speaker
				}
			}
			if got != c.want {
				t.Errorf("speaker %q, want %q", got, c.want)
			}
		})
	}
}
