package compare

import (
	"math/rand"
	"testing"
	"time"
)

// TestSomeDayAllowedSteps: stepping the calendar itself answers as asking
// time.Time for every day, over random spans (leap years, times of day,
// reversed, other zones, wider than stepping allows) and constraints.
func TestSomeDayAllowedSteps(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	zones := []*time.Location{time.UTC, time.UTC, time.UTC, time.FixedZone("e", 5*3600), time.FixedZone("w", -11*3600)}
	randomConstraint := func(lo, hi time.Time) dayConstraint {
		c := dayConstraint{}
		if rng.Intn(2) == 0 {
			c.lo, c.hi = lo.Add(-time.Duration(rng.Intn(3))*day), hi.Add(time.Duration(rng.Intn(3)-1)*day)
		}
		if rng.Intn(3) == 0 {
			c.month, c.day = 1+rng.Intn(12), 1+rng.Intn(31)
			if rng.Intn(4) == 0 {
				c.month, c.day = 2, 29
			}
		}
		if rng.Intn(3) == 0 {
			c.weekday, c.hasWeekday = time.Weekday(rng.Intn(7)), true
		}
		return c
	}
	for n := 0; n < 50000; n++ {
		zone := zones[rng.Intn(len(zones))]
		lo := time.Date(1896+rng.Intn(210), time.Month(1+rng.Intn(12)), 1+rng.Intn(31), rng.Intn(24), rng.Intn(60), 0, 0, zone)
		span := time.Duration(rng.Intn(900)) * day
		if rng.Intn(10) == 0 {
			span = time.Duration(rng.Intn(48)) * time.Hour
		}
		if rng.Intn(20) == 0 {
			span = -span
		}
		hi := lo.Add(span)
		ca, cb := randomConstraint(lo, hi), randomConstraint(lo, hi)
		if got, want := someDayAllowed(lo, hi, ca, cb), someDayAllowedByTime(lo, hi, ca, cb); got != want {
			t.Fatalf("%v..%v, %+v, %+v: stepped %v, by time %v", lo, hi, ca, cb, got, want)
		}
	}
}

func TestDaysInMonth(t *testing.T) {
	for y := -500; y <= 3000; y++ {
		for m := time.January; m <= time.December; m++ {
			if got, want := daysInMonth(y, m), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("%d-%02d: %d days, want %d", y, m, got, want)
			}
		}
	}
}
