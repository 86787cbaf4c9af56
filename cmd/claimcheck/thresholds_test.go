package main

// The fixture bar of the end-to-end issue: precision 0.9, recall 0.8.
const (
	minFixturePrecision = 0.9
	minFixtureRecall    = 0.8
	// minHeldOutPrecision guards the newest held-out round against false
	// alarms; its recall is logged, not enforced (see TestFixturesAgainstGold).
	minHeldOutPrecision = 0.5
)

// heldOutRound names the batches of the newest held-out round: written
// after the rules, scored before any change made for them (1 of 11 found,
// 4 false alarms), then given only the generic fixes that cost no
// precision elsewhere.
var heldOutRound = map[string]bool{
	"volcano-eruption": true, "cyberattack": true, "migrant-boat": true, "labour-strike": true,
}
