package compare

// sortLinks orders links strongest first, ties in the order they were
// found: strongerLink's order, since candidateLinks numbers its links in
// the order it appends them (links[i].n == i). It is a stable merge sort
// that compares scores inline; slices.SortFunc with strongerLink called
// the comparator through a function value for every comparison, and
// sorting was a fifth of grouping (BenchmarkSortLinks: about 2.5× faster
// on a story's links). tmp is a buffer of the caller's, grown to
// len(links) and returned for the next class.
func sortLinks(links, tmp []link) []link {
	n := len(links)
	if n < 2 {
		return tmp
	}
	const run = 12 // runs this short are sorted by insertion first
	for lo := 0; lo < n; lo += run {
		insertionSortLinks(links[lo:min(lo+run, n)])
	}
	if n <= run {
		return tmp
	}
	if cap(tmp) < n {
		tmp = make([]link, n)
	}
	tmp = tmp[:n]
	src, dst := links, tmp
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			mergeLinks(dst[lo:hi], src[lo:mid], src[mid:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &links[0] {
		copy(links, src)
	}
	return tmp
}

// insertionSortLinks sorts a short run, stably.
func insertionSortLinks(ls []link) {
	for i := 1; i < len(ls); i++ {
		x := ls[i]
		j := i
		for ; j > 0 && strongerScore(x, ls[j-1]); j-- {
			ls[j] = ls[j-1]
		}
		ls[j] = x
	}
}

// mergeLinks merges the sorted runs a and b into dst, a's links first
// among equals (so the sort is stable).
func mergeLinks(dst, a, b []link) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if strongerScore(b[j], a[i]) {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// strongerScore: x goes strictly before y in strongerLink's order, ties
// aside. A NaN score, which no link should have, goes after every number,
// as cmp.Compare orders it.
func strongerScore(x, y link) bool {
	return x.score > y.score || y.score != y.score && x.score == x.score
}
