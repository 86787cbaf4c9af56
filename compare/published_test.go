package compare

import (
	"testing"
	"time"
)

// TestProfilesPublishedApart: the whole-second shortcut agrees with
// absDays of time.Time.Sub around the limit, with nanoseconds either way,
// with a monotonic reading and with unknown dates.
func TestProfilesPublishedApart(t *testing.T) {
	base := time.Date(2024, 3, 1, 12, 0, 0, 500, time.UTC)
	limit := time.Duration(maxPublishedGap+1) * 24 * time.Hour
	for _, tc := range []struct {
		name string
		a, b time.Time
	}{
		{"same moment", base, base},
		{"a day apart", base, base.Add(24 * time.Hour)},
		{"just under the limit", base, base.Add(limit - time.Nanosecond)},
		{"at the limit", base, base.Add(limit)},
		{"a second under", base, base.Add(limit - time.Second)},
		{"a second over", base, base.Add(limit + time.Second)},
		{"two seconds under", base, base.Add(limit - 2*time.Second + 1)},
		{"earlier at the limit", base.Add(limit), base},
		{"earlier just under", base.Add(limit - 1), base},
		{"other zone", base, base.Add(limit).In(time.FixedZone("x", 3600))},
		{"centuries apart", base, base.AddDate(-500, 0, 0)},
		{"unknown", base, time.Time{}},
		{"both unknown", time.Time{}, time.Time{}},
		{"monotonic", time.Now(), time.Now().Add(limit - 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pa, pb := profileOfPublished(tc.a), profileOfPublished(tc.b)
			want := !tc.a.IsZero() && !tc.b.IsZero() && absDays(tc.a.Sub(tc.b)) > maxPublishedGap
			if got := profilesPublishedApart(&pa, &pb); got != want {
				t.Errorf("profilesPublishedApart = %v, want %v", got, want)
			}
		})
	}
}

// profileOfPublished is the publication part of profileDoc's profile.
func profileOfPublished(pub time.Time) docProfile {
	p := docProfile{published: pub}
	setPublished(&p)
	return p
}
