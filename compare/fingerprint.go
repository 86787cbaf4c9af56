package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"slices"
)

// Fingerprint identifies a finding across runs: its kind, its event's label
// and the sorted normalized values of its claims. Line numbers and offsets
// stay out of it so that an edit elsewhere in an article does not turn a
// known disagreement into a new alert (SARIF's partialFingerprints) or
// bring back one an editor has accepted (a baseline).
func Fingerprint(f Finding, eventLabel string) string {
	values := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		values = append(values, c.Normalized)
	}
	slices.Sort(values)
	h := sha256.New()
	for _, part := range append([]string{f.Kind, eventLabel}, values...) {
		io.WriteString(h, part)
		h.Write([]byte{0}) // separator: "ab"+"c" must not equal "a"+"bc"
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
