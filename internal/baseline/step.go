package baseline

import "github.com/claimcheck/claimcheck/compare"

// Step hides the findings of a Result whose fingerprints a baseline holds.
// It runs after compare's own steps, on the whole Result, because a
// fingerprint needs the finding's event label.
type Step struct {
	known map[string]bool
}

// NewStep is the baseline step for a file.
func NewStep(f *File) *Step {
	s := &Step{known: map[string]bool{}}
	if f != nil {
		for _, e := range f.Findings {
			s.known[e.Fingerprint] = true
		}
	}
	return s
}

// Name is the step's name among the post-processing steps.
func (*Step) Name() string { return StepName }

// Apply removes the known findings from res, renumbers the rest in report
// order and recounts the summary; it returns how many it hid. Events stay:
// they are what was compared, whatever was found about them.
func (s *Step) Apply(res *compare.Result) int {
	if res == nil || len(s.known) == 0 {
		return 0
	}
	labels := eventLabels(res)
	kept := res.Findings[:0:0]
	for _, f := range res.Findings {
		if !s.known[compare.Fingerprint(f, labels.of(f.Event))] {
			kept = append(kept, f)
		}
	}
	hidden := len(res.Findings) - len(kept)
	if hidden == 0 {
		return 0
	}
	res.SetFindings(kept)
	return hidden
}

// labels maps event ids to labels.
type labels map[string]string

func eventLabels(res *compare.Result) labels {
	l := make(labels, len(res.Events))
	for _, e := range res.Events {
		l[e.ID] = e.Label
	}
	return l
}

// of is an event's label, or its id when it has none: the same name the
// SARIF report fingerprints it by, so the two agree.
func (l labels) of(id string) string {
	if s := l[id]; s != "" {
		return s
	}
	return id
}
