package main

// The fixture bar of the end-to-end issue: precision 0.9, recall 0.8.
const (
	minFixturePrecision = 0.9
	minFixtureRecall    = 0.8
)
