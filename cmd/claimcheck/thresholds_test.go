package main

// The fixture bar of the end-to-end issue: precision 0.9, recall 0.8.
const (
	minFixturePrecision = 0.9
	minFixtureRecall    = 0.8
	// minHeldOutPrecision guards the held-out rounds against false alarms;
	// their recall is logged, not enforced (see TestFixturesAgainstGold).
	minHeldOutPrecision = 0.5
)

// heldOutRound names the batches of the held-out rounds whose recall is
// not yet at the bar. Each round was written after the rules by someone
// who had not read them, and scored before any change made for it:
//
//   - round 3 (1 of 11 found, 4 false alarms before; 3 of 11, 1 after the
//     generic fixes that cost no precision elsewhere);
//   - round 4 (3 of 11 found, 3 false alarms before);
//   - round 5 (2 of 11 found, 1 false alarm before);
//   - round 6 (2 of 12 found, 1 false alarm before);
//   - round 7 (1 of 12 found, 3 false alarms before);
//   - round 8 (2 of 11 found, 1 false alarm before);
//   - round 9 (3 of 12 found, 4 false alarms before; 9 of 12, 1 after);
//   - round 10 (0 of 12 found, no false alarm before).
var heldOutRound = map[string]bool{
	"volcano-eruption": true, "cyberattack": true, "migrant-boat": true, "labour-strike": true,
	"mine-collapse": true, "product-recall": true, "police-raid": true, "plane-emergency": true,
	"oil-spill": true, "disease-outbreak": true, "bus-crash": true, "stadium-stampede": true,
	"museum-theft": true, "avalanche": true, "building-collapse": true, "chemical-leak": true,
	"prison-escape": true, "landslide": true, "drug-seizure": true, "layoffs": true,
	"heatwave": true, "bank-robbery": true, "ferry-fire": true, "referendum": true,
	"gas-explosion": true, "tornado": true, "rocket-launch": true, "ceasefire": true,
	"dam-failure": true, "doping-ban": true, "tariffs": true, "marathon": true,
}
