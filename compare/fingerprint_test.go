package compare

import "testing"

func TestFingerprint(t *testing.T) {
	base := Finding{Kind: KindCount, Claims: []Evidence{
		{Source: "a.txt", Normalized: "12", Span: [2]int{10, 12}, Line: 3},
		{Source: "b.txt", Normalized: "14", Span: [2]int{40, 42}, Line: 7},
	}}
	with := func(edit func(f *Finding)) Finding {
		f := base
		f.Claims = append([]Evidence(nil), base.Claims...)
		edit(&f)
		return f
	}
	for _, tc := range []struct {
		name  string
		f     Finding
		label string
		same  bool
	}{
		{"identical", base, "kill: Town", true},
		{"claims in another order", with(func(f *Finding) { f.Claims[0], f.Claims[1] = f.Claims[1], f.Claims[0] }), "kill: Town", true},
		{"moved by an edit above", with(func(f *Finding) { f.Claims[0].Span = [2]int{90, 92}; f.Claims[0].Line = 9 }), "kill: Town", true},
		{"another id and event id", with(func(f *Finding) { f.ID, f.Event = "f9", "e9" }), "kill: Town", true},
		{"another value", with(func(f *Finding) { f.Claims[1].Normalized = "13" }), "kill: Town", false},
		{"another kind", with(func(f *Finding) { f.Kind = KindQuantity }), "kill: Town", false},
		{"another event", base, "injure: Town", false},
		{"parts shifted across the separator", with(func(f *Finding) { f.Kind = "coun" }), "tkill: Town", false},
	} {
		got := Fingerprint(tc.f, tc.label) == Fingerprint(base, "kill: Town")
		if got != tc.same {
			t.Errorf("%s: same fingerprint %v, want %v", tc.name, got, tc.same)
		}
	}
}
