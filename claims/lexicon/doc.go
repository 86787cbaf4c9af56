// Package lexicon holds claimcheck's world-wide gazetteers and word lists:
// countries with their aliases, demonyms, capitals and UN regions; the
// world's capitals and largest or most newsworthy cities; first-level
// administrative regions of a few large federations; personal titles; and
// the head words that turn a capitalised phrase into an organisation or a
// place.
//
// Everything is Go data compiled into the binary, indexed once into maps on
// first use, so that the extractors can call the lookups in their single pass
// over article text. Nothing here knows any particular story: the lists are
// meant to be complete for the world, not tuned to a batch.
//
// Lookups fold case, accents, dots, hyphens and a leading "the", so "U.S.",
// "the United States" and "UNITED STATES" agree. Two precision rules keep
// common words out: aliases that are abbreviations in capitals ("US", "UK",
// "DRC", "NYC") match only input written in capitals, so the pronoun "us"
// is not a country; and a few entries that are also ordinary English words
// ("Nice", "Pole") match only when capitalised. A key shared by two entries
// (the demonym "Congolese", the region "Punjab") is ambiguous and matches
// nothing, because guessing would produce false alarms downstream.
package lexicon
