package compare

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// figureJoined is figure as it was written with string joins, the
// reference appendFigure is held to.
func figureJoined(x float64) string {
	if x != math.Trunc(x) || math.Abs(x) >= 1e15 {
		return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(x), 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// appendFigure writes every number as the joined figure did: integers of
// each length and sign, fractions, the largest integers and beyond,
// infinities and NaN, and random numbers of every magnitude.
func TestAppendFigureIsJoined(t *testing.T) {
	cases := []float64{0, math.Copysign(0, -1), 1, -1, 12, 123, -123, 1234, -1234, 12345, 123456, -123456, 1234567,
		999, 1000, -1000, 999999, 1e6, 52.2, -52.2, 0.005, 1.999, 2.5e9, 1e15 - 1, 1e15, -1e15, 1e21, 9.2e18,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		x := r.Float64() * math.Pow(10, float64(r.IntN(18)))
		if r.IntN(2) == 0 {
			x = math.Trunc(x)
		}
		if r.IntN(4) == 0 {
			x = -x
		}
		cases = append(cases, x)
	}
	for _, x := range cases {
		if got, want := string(appendFigure([]byte("prefix|"), x)), "prefix|"+figureJoined(x); got != want {
			t.Fatalf("appendFigure(%v) = %q, want %q", x, got, want)
		}
	}
}
