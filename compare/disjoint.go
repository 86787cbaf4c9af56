package compare

// disjointSets is a union-find over 0..n-1 whose every set is named by its
// smallest member, so that sets come out in the order of their first
// element whatever order the unions came in.
type disjointSets []int

func newDisjointSets(n int) disjointSets {
	d := make(disjointSets, n)
	for i := range d {
		d[i] = i
	}
	return d
}

// find returns the smallest member of i's set.
func (d disjointSets) find(i int) int {
	for d[i] != i {
		d[i] = d[d[i]] // halve the path as we go
		i = d[i]
	}
	return i
}

// union joins the sets of a and b.
func (d disjointSets) union(a, b int) {
	ra, rb := d.find(a), d.find(b)
	if ra != rb {
		d[max(ra, rb)] = min(ra, rb)
	}
}
