package config

// defaultFile is what `claimcheck init` writes: every key with its default
// value or, where the default is "nothing", a commented example. It loads
// back to Default() (a test holds it to that).
const defaultFile = `# claimcheck configuration, written by "claimcheck init".
# claimcheck reads .claimcheck.yaml from the working directory, or the file
# given with --config. Every key but version is optional; the values below
# are the defaults.
version: 1

# Kinds of finding to report. Leave the key out to report every kind:
# date, location, participants, attribution, count, quantity, duplicate.
# kinds: [date, location, participants, attribution, count, quantity, duplicate]

# Severity per kind: conflict, warning, info or off. An override sets the
# severity of the kind's disagreements (its warnings and conflicts); info
# notes stay info; off drops the kind's findings.
severity: {}
#   location: warning
#   duplicate: off

tolerances:
  # Two figures this close are not a conflict (info at most): within
  # "absolute" of each other, or within "percent" of the larger. Counts
  # are the killed, hurt, arrested and other counted things; quantities
  # are money, magnitudes, distances and other measures.
  count: {absolute: 0, percent: 0}
  quantity: {absolute: 0, percent: 0}
  # How many days before its article's publication an event told without
  # a date of its own may lie; two such events whose windows lie far
  # apart are not grouped as one (1 to 366).
  event_window_days: 10

# A finding that matches every field given in one rule is dropped. kind is
# a kind; event a glob over the event's label ("kill: Riverton") or id;
# source a glob over a claim's source; text words of the reason or of a
# claim's sentence (any case). Say why in reason.
ignore: []
#  - kind: count
#    event: "*storm*"
#    source: "blog-*"
#    text: unconfirmed
#    reason: blogs repeat unconfirmed tolls

# Publication date (YYYY-MM-DD) or outlet name of sources, by file name,
# path or glob; a later entry wins over an earlier one. A date given here
# replaces the one the article states.
sources: {}
#   "003_*.txt": {published: 2024-03-05, outlet: "Daily Example"}
`

// DefaultFile is the commented default configuration.
func DefaultFile() []byte { return []byte(defaultFile) }
