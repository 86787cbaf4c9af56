// Package claims turns Sources into comparable claims: event mentions with
// their time, place, participants, agent, patient, owner and counts, each
// traceable to the verbatim sentence it came from.
package claims

// Claim is one comparable value that a source asserts about one event
// mention, flattened for display by `claimcheck claims`.
type Claim struct {
	Source string `json:"source"`
	// Kind is the slot: date, location, participants, agent, owner, count,
	// quantity.
	Kind string `json:"kind"`
	// Event is the trigger class of the mention (meet, attack, kill, ...).
	Event   string `json:"event"`
	Trigger string `json:"trigger"`
	// Text is the whole sentence, verbatim.
	Text       string `json:"text"`
	Value      string `json:"value"`
	Normalized string `json:"normalized"`
	Span       [2]int `json:"span"`
	Line       int    `json:"line"`
	Hedge      string `json:"hedge"`
}
