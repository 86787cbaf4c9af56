package compare

// severityOverride sets the severity of each configured kind's
// disagreements. Info findings are notes on a difference, not a
// disagreement, and stay info: raising them would turn every note (and
// every figure within tolerance) into an alarm. Off drops the kind.
type severityOverride map[string]Severity

func (severityOverride) Name() string { return "severity" }

func (o severityOverride) Process(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		sev, ok := o[f.Kind]
		switch {
		case !ok:
		case sev == Off:
			continue
		case f.Severity > Info:
			f.Severity = sev
		}
		out = append(out, f)
	}
	return out
}
