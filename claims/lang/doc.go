// Package lang tells whether an article is written in English. claimcheck's
// extractors read English: their lexicons, trigger words and date rules would
// misread an article in Spanish or German and raise false alarms, so the CLI
// notes such an article and leaves it out instead.
//
// The test is a stopword-frequency heuristic: in running prose the hundred
// most common function words of a language make up a large, stable share of
// its words (a third or more in English news), while names, figures and
// borrowed words do not move that share much. One pass over the text counts,
// for English and for a dozen other languages, how many words are among
// that language's function words; letters of non-Latin scripts are counted
// by script. No model, no dependency.
package lang
