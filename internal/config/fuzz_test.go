package config

import "testing"

// FuzzConfig: any bytes give either an error that names the file or a
// configuration that validates; never a panic.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"version: 1\n",
		string(DefaultFile()),
		"version: 1\nkinds: [date, count]\nseverity: {location: warning, duplicate: off}\n",
		"version: 1\ntolerances: {count: {absolute: 2, percent: 5}, quantity: {percent: 1}, event_window_days: 10}\n",
		"version: 1\nignore:\n  - {kind: count, event: \"*storm*\", source: \"blog-*\", text: unconfirmed, reason: why}\n",
		"version: 1\nsources:\n  \"003_*.txt\": {published: 2024-03-05, outlet: \"Daily Example\"}\n",
		"version: 1\nkinds: &a [date]\nignore: *a\n",
		"version: !!str 1\n",
		"version: 1\n---\n",
		"{version: 1, kinds: [",
		"? version\n: 1\n",
		"version: 1\nsources: {\"[\": {}}\n",
		"version: 1\ntolerances: {count: {percent: .inf}}\n",
		"\t\x00version: 1",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(name, data)
		if err != nil {
			if cfg != nil {
				t.Fatalf("both a config and an error: %v", err)
			}
			for _, e := range flatten(err) {
				if e.File != name || e.Line < 0 {
					t.Fatalf("error without its place: %#v", e)
				}
			}
			return
		}
		if verr := cfg.Validate(); verr != nil {
			t.Fatalf("loaded config does not validate: %v\n%q", verr, data)
		}
		_ = cfg.Options()
	})
}
