package source

import "strings"

// indexAt is strings.Index(s, needle) for the line rules' fixed phrases,
// found through needle[rare], a byte chosen to be rare in English prose.
// strings.Index hunts for the needle's first byte, and phrases such as
// "ights reserved" or " - " start with a byte every line is full of, so
// it stops at nearly every word; hunting for 'v' or '-' stops at a few.
// Occurrences of the rare byte are visited in order, so the first match
// found is the first in s.
func indexAt(s, needle string, rare int) int {
	c, pair := needle[rare], pairOf(needle, rare)
	for i := rare; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		at := i + j - rare
		if at+len(needle) <= len(s) && s[at+pair] == needle[pair] && s[at:at+len(needle)] == needle {
			return at
		}
		i += j + 1
	}
	return -1
}

// containsAt is strings.Contains(s, needle) by way of indexAt.
func containsAt(s, needle string, rare int) bool {
	return indexAt(s, needle, rare) >= 0
}

// containsAnyAt reports whether s contains one of needles, which all have
// the same byte at offset rare: one hunt for that byte serves them all.
func containsAnyAt(s string, rare int, needles ...string) bool {
	c, pair := needles[0][rare], pairOf(needles[0], rare)
	for i := rare; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		at := i + j - rare
		for _, n := range needles {
			if len(s)-at >= len(n) && s[at+pair] == n[pair] && s[at:at+len(n)] == n {
				return true
			}
		}
		i += j + 1
	}
	return false
}

// pairOf is the offset of the byte beside needle[rare] that indexAt and
// containsAnyAt compare before the whole needle: most occurrences of the
// rare byte in prose are not in the needle, and one byte comparison turns
// them away without a call to compare strings ('v' is mostly not after
// 'r', 'b' not after 'i').
func pairOf(needle string, rare int) int {
	if rare > 0 {
		return rare - 1
	}
	return min(1, len(needle)-1)
}
