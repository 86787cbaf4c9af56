package compare

// kindFilter keeps only the findings of the kinds a configuration asks
// for.
type kindFilter map[string]bool

func newKindFilter(kinds []string) kindFilter {
	keep := kindFilter{}
	for _, k := range kinds {
		keep[k] = true
	}
	return keep
}

func (kindFilter) Name() string { return "kinds" }

func (keep kindFilter) Process(fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if keep[f.Kind] {
			out = append(out, f)
		}
	}
	return out
}
