// Command genbatch writes a synthetic benchmark batch of news articles into
// a folder: go run ./internal/benchgen/cmd/genbatch -out DIR -mb 10 -seed 1
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/claimcheck/claimcheck/internal/benchgen"
)

func main() {
	out := flag.String("out", "", "folder to write the articles into (created if missing)")
	mb := flag.Float64("mb", 10, "total size of the batch in MB (1 MB = 1,000,000 bytes)")
	seed := flag.Uint64("seed", 1, "seed; the same seed gives the same bytes")
	flag.Parse()
	if err := run(*out, *mb, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "genbatch:", err)
		os.Exit(1)
	}
}

func run(out string, mb float64, seed uint64) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	w := &benchgen.DirWriter{Dir: out}
	if err := benchgen.Generate(w, benchgen.Options{Bytes: int64(mb * 1e6), Seed: seed}); err != nil {
		return err
	}
	return w.Close()
}
