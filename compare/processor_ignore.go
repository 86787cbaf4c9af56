package compare

import (
	"path"
	"strings"
)

// ignoreFilter drops the findings that match an ignore rule. Event globs
// match the event's label ("kill: Riverton") as well as its id ("e3"),
// because labels are what a reader sees in the report.
type ignoreFilter struct {
	rules  []IgnoreRule
	labels map[string]string // event id -> label
}

func newIgnoreFilter(rules []IgnoreRule, events []Event) ignoreFilter {
	labels := make(map[string]string, len(events))
	for _, e := range events {
		labels[e.ID] = e.Label
	}
	return ignoreFilter{rules: rules, labels: labels}
}

func (ignoreFilter) Name() string { return "ignore" }

func (x ignoreFilter) Process(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if !x.ignored(f) {
			out = append(out, f)
		}
	}
	return out
}

// ignored: some rule matches every field it gives.
func (x ignoreFilter) ignored(f Finding) bool {
	for _, r := range x.rules {
		if matchesRule(r, f, x.labels[f.Event]) {
			return true
		}
	}
	return false
}

// matchesRule: a rule that gives no field at all matches nothing, so that
// an empty rule cannot silently hide every finding.
func matchesRule(r IgnoreRule, f Finding, label string) bool {
	if r.Kind == "" && r.Event == "" && r.Source == "" && r.Text == "" {
		return false
	}
	if r.Kind != "" && r.Kind != f.Kind {
		return false
	}
	if r.Event != "" && !globMatch(r.Event, label) && !globMatch(r.Event, f.Event) {
		return false
	}
	if r.Source != "" && !anyClaim(f, func(c Evidence) bool { return globMatch(r.Source, c.Source) }) {
		return false
	}
	if r.Text != "" && !mentionsText(f, strings.ToLower(r.Text)) {
		return false
	}
	return true
}

// globMatch matches a shell glob; a malformed pattern matches nothing
// (the config loader refuses them before they get here).
func globMatch(pattern, s string) bool {
	ok, err := path.Match(pattern, s)
	return err == nil && ok
}

func anyClaim(f Finding, pred func(Evidence) bool) bool {
	for _, c := range f.Claims {
		if pred(c) {
			return true
		}
	}
	return false
}

// mentionsText: the lower-case text occurs in the reason or in a claim's
// sentence or value.
func mentionsText(f Finding, text string) bool {
	if strings.Contains(strings.ToLower(f.Reason), text) {
		return true
	}
	return anyClaim(f, func(c Evidence) bool {
		return strings.Contains(strings.ToLower(c.Text), text) || strings.Contains(strings.ToLower(c.Value), text)
	})
}
